import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditWithCache, buildFolders, cacheEntries, otherBuildOfBundle, totalSize, writeServices } from '../support/cache.js';

/**
 * What the cache keeps and what it gives back: a damaged entry is a miss, never a clean result;
 * pruning bounds the size and the age of what is kept, and leaves another build's folder alone
 * while a run of that build may be using it. Sizes, counts and file times, never the clock.
 */
let dir: string;
let tree: string;
let cache: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-cache-entries-'));
  tree = path.join(dir, 'tree');
  cache = path.join(dir, 'cache');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const DAY = 24 * 3600_000;
const age = (file: string, days: number) => fs.utimesSync(file, new Date(Date.now() - days * DAY), new Date(Date.now() - days * DAY));

describe('cache entries', () => {
  it('an entry damaged in place, or cut short, is a miss: the result is audited afresh', () => {
    writeServices(tree, 2);
    const fresh = auditWithCache(tree, cache);
    expect(fresh.stdout).toContain('is a mutable tag');
    const [damaged, truncated] = cacheEntries(cache);
    // Still valid JSON, so only a checksum tells.
    fs.writeFileSync(damaged!, fs.readFileSync(damaged!, 'utf8').replaceAll('is a mutable tag', 'is a PERFECTLY PINNED tag'));
    fs.truncateSync(truncated!, Math.floor(fs.statSync(truncated!).size / 2));

    const again = auditWithCache(tree, cache);
    expect(again.stdout).toBe(fresh.stdout);
    expect(again.stdout).not.toContain('PERFECTLY PINNED');
    // Both were written anew, whole.
    expect(fs.readFileSync(damaged!, 'utf8')).not.toContain('PERFECTLY PINNED');
    expect(auditWithCache(tree, cache).stdout).toBe(fresh.stdout);
  });
});

describe('pruning', () => {
  it('bounds the total size of the entries (REPRO_AUDIT_CACHE_MAX_SIZE), oldest first, and results stay right', () => {
    writeServices(tree, 60);
    const env = { REPRO_AUDIT_CACHE_MAX_SIZE: '32KiB' };
    const fresh = auditWithCache(tree, cache, { args: ['--no-cache'] });
    const first = auditWithCache(tree, cache, { env });
    expect(first.stdout).toBe(fresh.stdout);
    const kept = cacheEntries(cache);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(60);
    expect(totalSize(kept)).toBeLessThanOrEqual(32 * 1024);
    // Half answered from the cache, half audited again: the same report, and the bound holds.
    expect(auditWithCache(tree, cache, { env }).stdout).toBe(fresh.stdout);
    expect(totalSize(cacheEntries(cache))).toBeLessThanOrEqual(32 * 1024);
  });

  it('removes entries older than 30 days', () => {
    writeServices(tree, 3);
    auditWithCache(tree, cache);
    const [old, ...recent] = cacheEntries(cache);
    age(old!, 40);
    // A new file is a miss; a run that writes prunes.
    writeServices(tree, 1, 3);
    auditWithCache(tree, cache);
    expect(fs.existsSync(old!)).toBe(false);
    for (const file of recent) expect(fs.existsSync(file)).toBe(true);
  });

  it('leaves another build’s folder alone while a run of it was recent, and removes it once idle for a week', () => {
    writeServices(tree, 2);
    auditWithCache(tree, cache);
    const [own] = buildFolders(cache);
    const ownId = path.basename(own!);
    const otherCli = otherBuildOfBundle(dir, ownId, 'feedfacefeedface');

    // The other build runs (as a concurrent run, or another install, would) on its own files.
    const otherTree = path.join(dir, 'other-tree');
    writeServices(otherTree, 2, 100);
    auditWithCache(otherTree, cache, { cli: otherCli });
    const other = buildFolders(cache).find((folder) => path.basename(folder) === 'feedfacefeedface')!;
    const otherEntries = cacheEntries(other);
    expect(otherEntries).toHaveLength(2);

    // This build writes (a miss) and prunes: the other folder was in use moments ago.
    writeServices(tree, 1, 2);
    auditWithCache(tree, cache);
    for (const file of otherEntries) expect(fs.existsSync(file)).toBe(true);

    // A week without a run of the other build: its folder goes, whole; this build's stays.
    age(path.join(other, 'in-use'), 8);
    writeServices(tree, 1, 3);
    auditWithCache(tree, cache);
    expect(fs.existsSync(other)).toBe(false);
    expect(cacheEntries(own!)).toHaveLength(4);
  });
});
