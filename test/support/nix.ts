/**
 * The real Nix the Nix-bridge tests run: `nix-instantiate` (Debian's nix-bin, set up by
 * .ci/setup/nix.sh) parses every generated file, and evaluates generated flakes against the stub
 * nixpkgs in ./nixpkgs-stub (real nixpkgs needs a newer Nix and the network).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nixpkgsIndex } from '../../src/nix/data/index.js';
import { quoteString } from '../../src/nix/syntax.js';
import { requireComponent } from './requirements.js';
import { tempDir } from './temp.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Why the Nix tests skip (nix-instantiate does not run); required in CI. */
export function requireNix(): string | undefined {
  const probe = spawnSync('nix-instantiate', ['--version'], { encoding: 'utf8' });
  return requireComponent('Nix', probe.error || probe.status !== 0 ? 'nix-instantiate is not installed (run .ci/setup/nix.sh: Debian package nix-bin)' : undefined);
}

let nixState: string | undefined;

/** Nix state lives in a private directory of the test file, so the tests need no daemon and leave no trace. */
function nixEnv(): NodeJS.ProcessEnv {
  nixState ??= tempDir('nix-state', { scope: 'file' });
  return { ...process.env, NIX_STATE_DIR: nixState, NIX_CONF_DIR: nixState, NIX_REMOTE: '' };
}

function runNix(args: string[]): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('nix-instantiate', args, { encoding: 'utf8', env: nixEnv(), maxBuffer: 256 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

export interface NixFailure {
  file: string;
  error: string;
}

/**
 * Parses many files with as few `nix-instantiate --parse` runs as possible: one run for all, and
 * after a failure (nix stops at the first bad file) again from the file after it.
 */
export function parseNixFiles(files: string[]): NixFailure[] {
  const failures: NixFailure[] = [];
  let rest = files;
  while (rest.length > 0) {
    const result = runNix(['--parse', ...rest]);
    if (result.ok) break;
    const bad = rest.findIndex((file) => result.stderr.includes(file));
    if (bad < 0) {
      failures.push({ file: rest.join(' '), error: result.stderr.trim() });
      break;
    }
    failures.push({ file: rest[bad], error: result.stderr.trim() });
    rest = rest.slice(bad + 1);
  }
  return failures;
}

let stubDir: string | undefined;

/** Writes the stub nixpkgs (its Nix code plus the attribute index as JSON) once per test file. */
export function stubNixpkgs(): string {
  if (stubDir) return stubDir;
  const index = nixpkgsIndex();
  const dir = tempDir('nixpkgs-stub', { scope: 'file' });
  const dockerToolsArgs: Record<string, string[]> = {};
  for (const { function: fn, arg } of index.dockerToolsArgs) {
    if (fn === 'dockerTools' || arg === '*') continue;
    (dockerToolsArgs[fn] ??= []).push(arg);
  }
  // buildLayeredImage takes exactly streamLayeredImage's arguments (dockertools-args.tsv says so).
  dockerToolsArgs.buildLayeredImage = [...new Set([...(dockerToolsArgs.buildLayeredImage ?? []), ...dockerToolsArgs.streamLayeredImage])];
  const phpExtensions = [...index.distro.values()]
    .flatMap((row) => row.attrs)
    .map((attr) => /^php\d*\.extensions\.(.+)$/.exec(attr)?.[1])
    .filter((name): name is string => name !== undefined);
  fs.writeFileSync(
    path.join(dir, 'index.json'),
    JSON.stringify({ attrs: [...index.attributes], python: [...index.pythonPackages], dockerToolsArgs, phpExtensions: [...new Set(phpExtensions)] }),
  );
  fs.copyFileSync(path.join(here, 'nixpkgs-stub', 'default.nix'), path.join(dir, 'default.nix'));
  stubDir = dir;
  return dir;
}

/** A Nix expression that imports a generated flake and forces its image and dev shell deeply. */
function flakeCheck(file: string, stub: string): string {
  const flake = `(import ${quoteString(file)})`;
  return `(let
    flake = ${flake};
    inputs = builtins.attrNames (flake.inputs or { });
    outputArgs = builtins.attrNames (builtins.functionArgs flake.outputs);
    outputs = flake.outputs { self = outputs; nixpkgs = import ${quoteString(stub)}; };
  in
    if inputs != [ "nixpkgs" ] then throw "${file}: inputs must be nixpkgs only, got \${builtins.toJSON inputs}"
    else if builtins.any (a: a != "self" && a != "nixpkgs") outputArgs then throw "${file}: outputs takes \${builtins.toJSON outputArgs}"
    else builtins.deepSeq [ outputs.packages.x86_64-linux.default outputs.devShells.x86_64-linux.default (outputs.devShells.aarch64-darwin or { }).default or null ] true)`;
}

function evalFlakes(files: string[], stub: string): { ok: boolean; error: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-nix-eval-'));
  const expression = path.join(dir, 'check.nix');
  fs.writeFileSync(expression, `[\n${files.map((file) => `  ${flakeCheck(file, stub)}`).join('\n')}\n]\n`);
  const result = runNix(['--eval', '--strict', expression]);
  fs.rmSync(dir, { recursive: true, force: true });
  return { ok: result.ok, error: result.stderr.trim() };
}

/**
 * Evaluates generated flakes against the stub nixpkgs: all in one run, and when that fails,
 * halves the batch until each failing file is found (a Nix evaluation error cannot be caught).
 */
export function evaluateFlakes(files: string[]): NixFailure[] {
  const stub = stubNixpkgs();
  const search = (batch: string[]): NixFailure[] => {
    if (batch.length === 0) return [];
    const result = evalFlakes(batch, stub);
    if (result.ok) return [];
    if (batch.length === 1) return [{ file: batch[0], error: result.error }];
    const middle = Math.ceil(batch.length / 2);
    return [...search(batch.slice(0, middle)), ...search(batch.slice(middle))];
  };
  return search(files);
}

/** Evaluates one Nix expression (a file) and returns its value as JSON; throws with Nix's error. */
export function evalNixFile(file: string): string {
  const result = runNix(['--eval', '--strict', '--json', file]);
  if (!result.ok) throw new Error(result.stderr.trim());
  return result.stdout.trim();
}

export function nixVersion(): string {
  return execFileSync('nix-instantiate', ['--version'], { encoding: 'utf8' }).trim();
}
