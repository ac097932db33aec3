/**
 * What the generated image holds, as data: the `contents` and what each entry provides, the files
 * the flake puts in the image, and the OCI config. The translation fills it, the check pass
 * (check.ts) reads it, the printer (flake.ts) writes it out one to one. A test builds a plan by
 * hand to give the check a flake fragment.
 */
import path from 'node:path';
import { programsOf } from '../programs.js';
import { apply, attrPath, attrs, bind, interpolate, list, raw, str, type NixExpr } from '../syntax.js';

/** One entry of the image's `contents` and what it puts in the image, as far as that is known. */
export interface ContentItem {
  expr: NixExpr;
  /** The nixpkgs attribute (`nodejs_20`, `dockerTools.binSh`) of a package entry. */
  attr?: string;
  /** Programs it puts in `/bin` (every entry's `bin/` is linked into the image's `/bin`). */
  programs: string[];
  /** Other absolute paths it puts in the image (`/usr/bin/env`, `/etc/passwd`). */
  paths: string[];
  /** The user and group names its `/etc/passwd` and `/etc/group` hold (fakeNss). */
  users?: string[];
  groups?: string[];
  /** fakeNss: the lines it adds to /etc/passwd and /etc/group (root and nobody are always there). */
  nss?: { passwd: string[]; group: string[] };
}

/** A file inside a derivation (`"${buildGo}/bin/server"`). */
export interface DerivationFile {
  drv: NixExpr;
  path: string;
}

/** A shell script word whose text names derivation files (`java -jar ${buildMaven}/share/java/app.jar`). */
export interface ScriptWord {
  script: Array<string | DerivationFile>;
}

/** A word of `Entrypoint`/`Cmd`: text from the Dockerfile, a file inside a derivation, or a script naming such files. */
export type ConfigWord = string | DerivationFile | ScriptWord;

/** A program a shell-form `Cmd`/`Entrypoint` runs (`/bin/sh -c "gunicorn ..."` runs `gunicorn`). */
export interface ShellProgram {
  name: string;
}

/** `Entrypoint` or `Cmd`, with the line it comes from (the FROM line when the base image sets it). */
export interface ConfigCommand {
  words: ConfigWord[];
  line: number;
  /** For `sh -c` forms: the programs of the script. */
  shellPrograms?: ShellProgram[];
  /** The files its `java -jar FILE` runs, as the Dockerfile names them (a derivation's jar is a word of its own). */
  jars?: string[];
}

/** A file or directory the flake puts in the image: copied from the build context, a build, a heredoc. */
export interface ImageFile {
  /** Absolute path in the image. */
  path: string;
  /** A copied directory: whatever it holds is in the image below `path`. */
  directory: boolean;
  /** The file's `#!` line when it was read (`#!/bin/sh`); null: read, no shebang; undefined: not read. */
  shebang?: string | null;
  /** Where the file's text comes from, when it could not be read (for a message). */
  unreadBecause?: string;
  line: number;
}

/** One `Env` entry; the value may hold derivation paths (`PATH=${pkgs.postgresql_17}/bin:...`). */
export interface EnvEntry {
  name: string;
  value: Array<string | NixExpr>;
  /** Variables the value refers to that nothing defines: Docker would have expanded them at build time. */
  unresolved: string[];
  line: number;
}

/** A user or group the Dockerfile creates (`useradd -u 1001 app`), for the image's /etc/passwd. */
export interface Account {
  name: string;
  id?: number;
  /** The primary group (users only). */
  group?: string;
  system: boolean;
  home?: string;
  shell?: string;
  line: number;
}

export interface ImagePlan {
  contents: ContentItem[];
  files: ImageFile[];
  entrypoint?: ConfigCommand;
  cmd?: ConfigCommand;
  workingDir?: string;
  user?: { name: string; line: number };
  env: EnvEntry[];
  /** Why the image uses HTTPS at run time (and so needs CA certificates), when it does. */
  https?: { reason: string; line: number };
  users: Map<string, Account>;
  groups: Map<string, Account>;
}

export function emptyPlan(): ImagePlan {
  return { contents: [], files: [], env: [], users: new Map(), groups: new Map() };
}

/** A nixpkgs package as a contents entry. */
export function packageItem(attr: string): ContentItem {
  // cacert has the bundle under its NixOS name only; SSL_CERT_FILE points at it (printFlake).
  const paths = attr === 'cacert' ? ['/etc/ssl/certs/ca-bundle.crt'] : [];
  return { expr: raw(attrPath('pkgs', attr)), attr, programs: attr.includes('.') ? [] : programsOf(attr), paths };
}

/** dockerTools' helpers, with the paths nixpkgs' docker/default.nix gives them. */
export const DOCKER_TOOLS = {
  binSh: (): ContentItem => ({ expr: raw('pkgs.dockerTools.binSh'), attr: 'dockerTools.binSh', programs: ['sh'], paths: [] }),
  usrBinEnv: (): ContentItem => ({ expr: raw('pkgs.dockerTools.usrBinEnv'), attr: 'dockerTools.usrBinEnv', programs: [], paths: ['/usr/bin/env'] }),
  caCertificates: (): ContentItem => ({
    expr: raw('pkgs.dockerTools.caCertificates'),
    attr: 'dockerTools.caCertificates',
    programs: [],
    paths: ['/etc/ssl/certs/ca-bundle.crt', '/etc/ssl/certs/ca-certificates.crt', '/etc/pki/tls/certs/ca-bundle.crt'],
  }),
};

/**
 * `pkgs.fakeNss` with extra /etc/passwd and /etc/group lines: nixpkgs' fakeNss has root and
 * nobody, `override` adds the Dockerfile's users. The lines are Dockerfile words, so strings.
 */
export function fakeNssItem(passwd: string[], group: string[]): ContentItem {
  const names = (lines: string[]) => lines.map((line) => line.split(':')[0]);
  const expr =
    passwd.length + group.length === 0
      ? raw('pkgs.fakeNss')
      : apply('pkgs.fakeNss.override', attrs([bind('extraPasswdLines', list(passwd.map(str))), bind('extraGroupLines', list(group.map(str)))]));
  return { expr, attr: 'fakeNss', programs: [], paths: ['/etc/passwd', '/etc/group', '/etc/nsswitch.conf'], users: ['root', 'nobody', ...names(passwd)], groups: ['root', 'nobody', ...names(group)], nss: { passwd, group } };
}

/** The command's word as text (a derivation path is its path inside the derivation). */
export function wordText(word: ConfigWord): string {
  if (typeof word === 'string') return word;
  return 'script' in word ? word.script.map(wordText).join('') : word.path;
}

export function wordExpr(word: ConfigWord): NixExpr | undefined {
  if (typeof word === 'string') return undefined;
  // In a script, a file's path (a Dockerfile word) is shell-quoted; the store path needs no quoting.
  return 'script' in word ? interpolate(...word.script.flatMap((part) => (typeof part === 'string' ? [part] : [part.drv, shellWord(part.path)]))) : interpolate(word.drv, word.path);
}

/** The derivation files a word names (itself, or those in its script). */
export function derivationFiles(word: ConfigWord): DerivationFile[] {
  if (typeof word === 'string') return [];
  return 'script' in word ? word.script.filter((part): part is DerivationFile => typeof part !== 'string') : [word];
}

/** `target` as an absolute path in the image, relative to `dir` (the WORKDIR). */
export function absolute(dir: string | undefined, target: string): string {
  const joined = path.posix.normalize(target.startsWith('/') ? target : path.posix.join(dir ?? '/', target));
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

/** Shell-quotes a path for the runCommand script; glob characters stay active. */
export function shellPath(value: string): string {
  return value.replace(/[^A-Za-z0-9_./*?[\]@%+=:,-]/g, '\\$&');
}

/** Shell-quotes a command's word for a derivation's script: nothing in it is expanded. */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
