import type { ShellCommand, ShellWord, ToolchainRequest } from '../types.js';
import { commandName, isDownloader, isShellName, packageManagerOf, toolchainInstallerOf } from '../commands.js';
import { downloadUrls, urlText } from '../downloads.js';
import { splitArgs } from './argv.js';
import { specText } from './specs.js';

const set = (...values: string[]) => new Set(values);

const RUSTUP_OPTIONS = set('--profile', '-c', '--component', '-t', '--target', '--default-toolchain', '--default-host', '--path');
const UV_PYTHON_OPTIONS = set('-i', '--install-dir', '--mirror', '--pypy-mirror', '--python-downloads-json-url', '--cache-dir', '--directory', '--project', '--color', '--config-file');
const COREPACK_OPTIONS = set('-o', '--output');

/** `stable`, `nightly-2024-05-01`, `1.79.0`, `1.79`, each with an optional host triple (`-x86_64-unknown-linux-gnu`). */
const RUST_TOOLCHAIN = /^(?:(stable|beta|nightly)(-\d{4}-\d{2}-\d{2})?|(\d+(?:\.\d+){0,2}))(?:-[a-z0-9_]+(?:-[a-z0-9_]+){1,3})?$/;

const recognised = new WeakMap<ShellCommand, ToolchainRequest[]>();

/**
 * The toolchains a command asks for by channel or version: rustup's (`toolchain install`,
 * `install`, `default`, `override set`, `update`), rustup's installer (`rustup-init`, or the
 * `sh.rustup.rs` script piped into a shell) with its `--default-toolchain` (stable when absent),
 * `uv python install`, and corepack's `prepare`, `install`, `use` and `up`. Recognised once per command.
 */
export function toolchainRequestsOf(command: ShellCommand): ToolchainRequest[] {
  let requests = recognised.get(command);
  if (!requests) {
    requests = recognise(command);
    recognised.set(command, requests);
  }
  return requests;
}

function recognise(command: ShellCommand): ToolchainRequest[] {
  const name = commandName(command);
  const installer = toolchainInstallerOf(name);
  if (installer === 'rustup') return name === 'rustup-init' ? rustupInit(command, command.argv.slice(1), command.argv[0]!) : rustup(command);
  if (installer === 'corepack') return corepack(command);
  if (packageManagerOf(name) === 'uv' && command.argv[1]?.value === 'python' && command.argv[2]?.value === 'install') return uvPython(command);
  const piped = pipedRustupArguments(command);
  return piped ? rustupInit(command, piped, command.argv[0]!) : [];
}

function request(command: ShellCommand, installer: string, toolchain: string, word: ShellWord, version: string | undefined, exact: boolean, action: ToolchainRequest['action'] = 'install'): ToolchainRequest {
  return { installer, toolchain, version, exact, action, word, command };
}

/**
 * Whether a toolchain version names one release: rust `1.79.0` and dated channels (`nightly-2024-05-01`),
 * python `3.12.4` (`cpython@3.12.4`, `cpython-3.12.4-linux-x86_64-gnu`), a package manager's `9.1.0`;
 * `undefined` for a rust toolchain that is neither a channel nor a version (a custom, linked one).
 */
export function isExactToolchain(toolchain: string, text: string): boolean | undefined {
  if (toolchain === 'rust') {
    const match = RUST_TOOLCHAIN.exec(text);
    return match === null ? undefined : match[2] !== undefined || (match[3] !== undefined && match[3].split('.').length === 3);
  }
  if (toolchain === 'python') return /(^|[@-])\d+\.\d+\.\d+([a-z]\d*)?(\+\w+)?(-|$)/.test(text) && !/[<>=~,*]/.test(text);
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[\w.-]+)?$/.test(text);
}

/** A rust toolchain word; custom (linked) toolchains and `none` ask for nothing. */
function rustToolchain(command: ShellCommand, installer: string, word: ShellWord, action: ToolchainRequest['action'] = 'install'): ToolchainRequest[] {
  const text = specText(word);
  if (text === 'none') return [];
  if (word.value === undefined) return [request(command, installer, 'rust', word, word.raw, false, action)];
  const exact = isExactToolchain('rust', text);
  return exact === undefined ? [] : [request(command, installer, 'rust', word, text, exact, action)];
}

function rustup(command: ShellCommand): ToolchainRequest[] {
  const split = splitArgs(command.argv.slice(1), RUSTUP_OPTIONS);
  let [subcommand, ...names] = split.positionals;
  if (subcommand?.value === 'toolchain' || subcommand?.value === 'override') {
    const verb = names[0]?.value;
    if (!(subcommand.value === 'toolchain' ? verb === 'install' || verb === 'add' : verb === 'set')) return [];
    [subcommand, ...names] = names;
  }
  switch (subcommand?.value) {
    case 'install':
    case 'add':
    case 'set':
      return names.flatMap((word) => rustToolchain(command, 'rustup', word));
    case 'default':
      return names.slice(0, 1).flatMap((word) => rustToolchain(command, 'rustup', word));
    case 'update':
      // `rustup update` alone moves every installed toolchain to its channel's newest release.
      return names.length === 0 ? [request(command, 'rustup', 'rust', subcommand, undefined, false, 'upgrade')] : names.flatMap((word) => rustToolchain(command, 'rustup', word));
  }
  return [];
}

/** `rustup-init -y [--default-toolchain X]`: without the option it installs `stable`; `none` installs nothing. */
function rustupInit(command: ShellCommand, args: ShellWord[], program: ShellWord): ToolchainRequest[] {
  const toolchain = splitArgs(args, RUSTUP_OPTIONS).values.get('--default-toolchain')?.[0];
  return toolchain ? rustToolchain(command, 'rustup-init', toolchain) : [request(command, 'rustup-init', 'rust', program, undefined, false)];
}

/**
 * `curl https://sh.rustup.rs | sh -s -- -y --default-toolchain X`: the shell runs rustup's installer
 * script, and the words after `-s` (and `--`) are its arguments.
 */
function pipedRustupArguments(command: ShellCommand): ShellWord[] | undefined {
  if (command.pipelineIndex === 0 || !isShellName(commandName(command))) return undefined;
  const fed = command.pipeline.slice(0, command.pipelineIndex).some((member) => isDownloader(member) && downloadUrls(member).some((url) => /^https?:\/\/sh\.rustup\.rs\b|\/rustup-init(\.sh)?$/.test(urlText(url))));
  if (!fed) return undefined;
  const args = command.argv.slice(1);
  const dash = args.findIndex((word) => word.value === '-s');
  const rest = dash >= 0 ? args.slice(dash + 1) : [];
  return rest[0]?.value === '--' ? rest.slice(1) : rest;
}

function uvPython(command: ShellCommand): ToolchainRequest[] {
  const versions = splitArgs(command.argv.slice(3), UV_PYTHON_OPTIONS).positionals;
  if (versions.length === 0) return [request(command, 'uv', 'python', command.argv[2]!, undefined, false)];
  return versions.map((word) => {
    const text = specText(word);
    return request(command, 'uv', 'python', word, word.value === undefined ? word.raw : text, word.value !== undefined && isExactToolchain('python', text) === true);
  });
}

/** `corepack prepare pnpm@latest --activate`, `corepack install -g yarn@stable`, `corepack use pnpm@9`, `corepack up`. */
function corepack(command: ShellCommand): ToolchainRequest[] {
  const [subcommand, ...specs] = splitArgs(command.argv.slice(1), COREPACK_OPTIONS).positionals;
  switch (subcommand?.value) {
    case 'up':
      return [request(command, 'corepack', 'the package manager', subcommand, undefined, false, 'upgrade')];
    case 'prepare':
    case 'install':
    case 'use':
      return specs.map((word) => {
        const text = specText(word);
        const at = text.indexOf('@', 1);
        const version = at > 0 ? text.slice(at + 1) : undefined;
        const exact = word.value !== undefined && version !== undefined && isExactToolchain('package-manager', version) === true;
        return request(command, 'corepack', at > 0 ? text.slice(0, at) : text, word, word.value === undefined ? word.raw : version, exact);
      });
  }
  return [];
}
