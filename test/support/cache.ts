import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_CLI, PROJECT_ROOT, runBundledCli, type BundleRun } from './bundle.js';

/** Helpers for the result cache's tests, which run the bundle as users do. */

/** `count` Dockerfiles in `dir/svcN/`, each different (so each is its own cache entry). */
export function writeServices(dir: string, count: number, from = 0): void {
  for (let index = from; index < from + count; index++) {
    fs.mkdirSync(path.join(dir, `svc${index}`), { recursive: true });
    fs.writeFileSync(path.join(dir, `svc${index}`, 'Dockerfile'), `FROM alpine:3.19\nRUN apk add --no-cache curl tool${index}\n`);
  }
}

/** Every regular file below `dir` (links not followed) with a digest of its bytes. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const file = path.join(current, entry.name);
      if (entry.isDirectory()) walk(file);
      else files.set(path.relative(dir, file), entry.isFile() ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : `link:${fs.readlinkSync(file)}`);
    }
  };
  walk(dir);
  return files;
}

/** The cache entries below `dir`, in whichever layout wrote them (`<64 hex>.json`, or `<2 hex>/<62 hex>.json` before). */
export function cacheEntries(dir: string): string[] {
  return [...snapshot(dir).keys()].filter((file) => /^[0-9a-f]{62}([0-9a-f]{2})?\.json$/.test(path.basename(file))).map((file) => path.join(dir, file));
}

export function totalSize(files: string[]): number {
  return files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
}

/** The folder holding the entries of the bundle's build: named by its 16-hex build id. */
export function buildFolders(cacheDir: string): string[] {
  const folders = new Set(cacheEntries(cacheDir).map((file) => path.dirname(file)).map((dir) => (/^[0-9a-f]{2}$/.test(path.basename(dir)) ? path.dirname(dir) : dir)));
  return [...folders];
}

/**
 * A copy of the bundle that is another build of repro-audit (its build id replaced), as an
 * older or newer install sharing the cache folder would be.
 */
export function otherBuildOfBundle(into: string, ownId: string, otherId: string): string {
  const copy = path.join(into, 'dist');
  fs.cpSync(path.join(PROJECT_ROOT, 'dist'), copy, { recursive: true });
  let replaced = 0;
  for (const file of snapshot(copy).keys()) {
    if (!file.endsWith('.js')) continue;
    const text = fs.readFileSync(path.join(copy, file), 'utf8');
    if (!text.includes(`"${ownId}"`)) continue;
    fs.writeFileSync(path.join(copy, file), text.replaceAll(`"${ownId}"`, `"${otherId}"`));
    replaced++;
  }
  if (replaced === 0) throw new Error(`test bug: build id ${ownId} not found in the bundle`);
  return path.join(copy, path.basename(BUNDLED_CLI));
}

/** Runs the bundle (or `cli`, another build of it) over `cwd` with `--cache-dir cacheDir` (none when undefined). */
export function auditWithCache(cwd: string, cacheDir: string | undefined, options: { cli?: string; args?: string[]; env?: NodeJS.ProcessEnv } = {}): BundleRun {
  const args = ['.', '--format', 'json', ...(cacheDir === undefined ? [] : ['--cache-dir', cacheDir]), ...(options.args ?? [])];
  if (!options.cli) return runBundledCli(args, { cwd, env: options.env });
  const run = spawnSync(process.execPath, [options.cli, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env }, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr };
}
