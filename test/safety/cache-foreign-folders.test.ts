import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditWithCache, cacheEntries, snapshot, writeServices } from '../support/cache.js';

/**
 * `--cache-dir .` (or `REPRO_AUDIT_CACHE_DIR=.`) used to delete everything in the folder but the
 * cache's own build folder, `.git` included; the harness's helpers went the same way. The cache now
 * removes only files it wrote and recognises, in folders it made and tagged.
 */
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-cache-foreign-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });

describe('a cache folder that is not the cache’s own', () => {
  it('`--cache-dir .` in a git checkout loses nothing; the cache goes into its own tagged subfolder and is used', () => {
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(repo);
    writeServices(repo, 3);
    fs.writeFileSync(path.join(repo, 'README.md'), '# project\n');
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'initial');
    fs.writeFileSync(path.join(repo, 'notes.txt'), 'uncommitted work\n');
    const before = snapshot(repo);

    const first = auditWithCache(repo, '.');
    const kept = snapshot(repo);
    for (const [file, digest] of before) expect(kept.get(file), file).toBe(digest);
    expect(first.stderr).toContain(`repro-audit: ${repo} holds files that are not repro-audit's, so results are cached in ${path.join(repo, 'repro-audit-cache')}`);
    const entries = cacheEntries(path.join(repo, 'repro-audit-cache'));
    expect(entries).toHaveLength(3);
    const written = entries.map((file) => fs.statSync(file).mtimeMs);
    // Again, and through the environment: answered from the same entries, nothing rewritten, nothing said.
    const second = auditWithCache(repo, '.');
    const third = auditWithCache(repo, undefined, { env: { REPRO_AUDIT_CACHE_DIR: '.' } });
    for (const run of [second, third]) {
      expect(run.stdout).toBe(first.stdout);
      expect(run.stderr).not.toContain('cached in');
    }
    expect(entries.map((file) => fs.statSync(file).mtimeMs)).toEqual(written);

    const after = snapshot(repo);
    for (const [file, digest] of before) expect(after.get(file), file).toBe(digest);
    expect(git(repo, 'status', '--porcelain')).toBe('?? notes.txt\n?? repro-audit-cache/\n');
    expect(fs.readFileSync(path.join(repo, 'repro-audit-cache', 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55\n/);
    git(repo, 'fsck', '--no-progress');
  });

  it('keeps every foreign file in the cache root and in its folders, and the harness’s helpers, while pruning', () => {
    const cache = path.join(dir, 'cache');
    const tree = path.join(dir, 'tree');
    writeServices(tree, 4);
    auditWithCache(tree, cache);
    const [entry] = cacheEntries(cache);
    const buildDir = path.dirname(entry!);
    const foreign = {
      'notes.txt': 'mine',
      'cpu-helpers/0123456789abcdef/buildah': 'a helper a rebuild is using',
      [`harness-images/${'c'.repeat(32)}/entry.json`]: 'a base image a rebuild is building on',
      'results/README': 'mine too',
      'results/somebody-else/data.json': '{}',
      [`results/stranger/${'a'.repeat(64)}.json`]: 'looks like an entry, in a folder without our marker',
      [path.relative(cache, path.join(buildDir, 'keep.txt'))]: 'placed in our own build folder',
      [path.relative(cache, path.join(buildDir, 'sub', `${'b'.repeat(64)}.json`))]: 'an entry name, one folder down',
    };
    for (const [file, content] of Object.entries(foreign)) {
      fs.mkdirSync(path.dirname(path.join(cache, file)), { recursive: true });
      fs.writeFileSync(path.join(cache, file), content);
    }
    // A new file is a miss, so the run prunes; a bound of one byte makes it remove every entry it may.
    writeServices(tree, 1, 4);
    const run = auditWithCache(tree, cache, { env: { REPRO_AUDIT_CACHE_MAX_SIZE: '1' } });
    expect(run.code).toBe(0);
    for (const [file, content] of Object.entries(foreign)) expect(fs.readFileSync(path.join(cache, file), 'utf8'), file).toBe(content);
    // The pruning did run: our entries are gone.
    expect(cacheEntries(buildDir).filter((file) => path.dirname(file) === buildDir)).toEqual([]);
  });

  it('adopts a root holding only older versions’ build folders and the harness’s (helpers, base images), and cleans only what it recognises there', () => {
    const cache = path.join(dir, 'cache');
    const old = new Date(Date.now() - 8 * 24 * 3600_000);
    const legacy = (id: string, files: Record<string, string>) => {
      for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(cache, id, file)), { recursive: true });
        fs.writeFileSync(path.join(cache, id, file), content);
        fs.utimesSync(path.join(cache, id, file), old, old);
      }
    };
    legacy('0123456789abcdef', { [`ab/${'c'.repeat(62)}.json`]: '{}', [`ab/${'d'.repeat(62)}.json.123.abc.tmp`]: '{' });
    legacy('fedcba9876543210', { [`ab/${'e'.repeat(62)}.json`]: '{}', 'ab/photo.jpg': 'not a cache file' });
    fs.mkdirSync(path.join(cache, 'cpu-helpers', 'f00d'), { recursive: true });
    fs.writeFileSync(path.join(cache, 'cpu-helpers', 'f00d', 'complete'), '');
    fs.mkdirSync(path.join(cache, 'harness-images', 'f00d'), { recursive: true });
    fs.writeFileSync(path.join(cache, 'harness-images', 'f00d', 'entry.json'), '{}');

    const tree = path.join(dir, 'tree');
    writeServices(tree, 1);
    const run = auditWithCache(tree, cache);
    expect(run.stderr).not.toContain('cached in');
    expect(fs.existsSync(path.join(cache, 'results'))).toBe(true);
    expect(fs.existsSync(path.join(cache, '0123456789abcdef'))).toBe(false);
    expect(fs.readdirSync(path.join(cache, 'fedcba9876543210', 'ab'))).toEqual(['photo.jpg']);
    expect(fs.existsSync(path.join(cache, 'cpu-helpers', 'f00d', 'complete'))).toBe(true);
    expect(fs.existsSync(path.join(cache, 'harness-images', 'f00d', 'entry.json'))).toBe(true);
  });
});
