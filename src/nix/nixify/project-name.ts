/**
 * The name of a build's derivation (`pname`): the project's own, read from the build context where
 * the build runs (Cargo.toml's `[package] name`, package.json's `name` without its scope, the last
 * element of go.mod's module path, pom.xml's `artifactId`; for a pnpm `--filter` build, the
 * workspace package), else the binary (or the jar's artifactId) the image takes from the build,
 * else the stage's name. Always a valid store-path name.
 */
import path from 'node:path';
import { contextParsers, ContextParsersNeeded, locateContextFile, shellDirectoryBefore, type BuildContextReader } from '../../build-context/index.js';
import type { DockerfileModel } from '../../model/index.js';
import { pomArtifactId } from './pom.js';
import { cargoInstallOf, type BuildStage } from './stages.js';

const MANIFESTS: Record<BuildStage['kind'], string> = { rust: 'Cargo.toml', go: 'go.mod', npm: 'package.json', yarn: 'package.json', pnpm: 'package.json', maven: 'pom.xml' };

/** A store-path name: letters, digits and `+-._?=`, not starting with a dot, at most 100 characters; undefined when nothing is left. */
export function derivationName(name: string): string | undefined {
  const clean = name.replace(/[^A-Za-z0-9+._?=-]+/g, '-').replace(/^[.-]+/, '').slice(0, 100).replace(/-+$/, '');
  return clean === '' ? undefined : clean;
}

/** `@acme/web` → `web`: npm's scope is not part of the name a derivation needs. */
const withoutScope = (name: string): string => name.replace(/^@[^/]*\//, '');

function tomlPackageName(text: string): string | undefined {
  try {
    const parsed = contextParsers().toml.parse(text) as { package?: { name?: unknown } };
    return typeof parsed.package?.name === 'string' ? parsed.package.name : undefined;
  } catch (error) {
    if (error instanceof ContextParsersNeeded) throw error;
    return undefined;
  }
}

function packageJsonName(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    const name = parsed && typeof parsed === 'object' ? (parsed as { name?: unknown }).name : undefined;
    return typeof name === 'string' ? withoutScope(name) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The last element of go.mod's `module` path (a `/vN` major-version suffix is not a name). go.mod is
 * line-based: `module PATH`, the path bare or quoted, `//` comments.
 */
export function goModuleName(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const words = line.replace(/\/\/.*$/, '').trim().split(/\s+/);
    if (words[0] !== 'module' || words.length !== 2) continue;
    const elements = words[1]!.replace(/^(["`])(.*)\1$/, '$2').split('/').filter(Boolean);
    const last = elements.at(-1);
    return last && /^v\d+$/.test(last) && elements.length > 1 ? elements.at(-2) : last;
  }
  return undefined;
}

/** The project's name from its manifest where the build command runs, when the build context has it. */
function manifestName(model: DockerfileModel, build: BuildStage, context: BuildContextReader): string | undefined {
  const manifest = MANIFESTS[build.kind];
  if (!build.build) return undefined;
  const { instruction, command } = build.build;
  const directory = build.kind === 'rust' ? (cargoInstallOf(command)?.path ?? '.') : '.';
  const cwd = instruction.script ? shellDirectoryBefore(instruction.script, command) : undefined;
  const located = locateContextFile(model, instruction, path.posix.join(directory, manifest), context, cwd);
  if (!located.found) return undefined;
  if (build.kind === 'rust') return tomlPackageName(located.text);
  if (build.kind === 'go') return goModuleName(located.text);
  return build.kind === 'maven' ? pomArtifactId(located.text) : packageJsonName(located.text);
}

/** The derivation's `pname`. */
export function pnameOf(model: DockerfileModel, build: BuildStage, context: BuildContextReader | undefined): string {
  const candidates = [
    ...(build.pnpm?.workspaces.map(withoutScope) ?? []),
    context ? manifestName(model, build, context) : undefined,
    build.go?.binary,
    ...(build.outputNames ?? []),
    build.stage.name,
  ];
  for (const candidate of candidates) {
    const name = candidate === undefined ? undefined : derivationName(candidate);
    if (name) return name;
  }
  return `stage-${build.stage.index}`;
}
