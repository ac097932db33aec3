import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeEntry, encodeEntry } from '../../src/engine/cache.js';
import { runAudit } from '../../src/engine/run.js';

/**
 * The result cache: an unchanged file's result is reused, and anything the result depends on (its
 * bytes, the settings, the build-context files a rule read, the build of repro-audit) invalidates it.
 */
let workspace: string;
let cacheDir: string;

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-cache-ws-'));
  cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-cache-'));
  fs.writeFileSync(path.join(workspace, 'Dockerfile'), 'FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install -r /app/requirements.txt\n');
  fs.writeFileSync(path.join(workspace, 'requirements.txt'), 'flask==3.0.3\n');
});
afterEach(() => {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(cacheDir, { recursive: true, force: true });
});

const audit = (id = 'build-a', extra: Partial<Parameters<typeof runAudit>[0]> = {}) =>
  runAudit({ paths: ['Dockerfile'], cwd: workspace, configFile: false, cache: { dir: cacheDir, id }, ...extra });

/**
 * Marks every cached entry (re-signed as the cache signs them: an entry edited otherwise is a miss),
 * so a later run shows whether it was answered from the cache.
 */
function markEntries(): number {
  let marked = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/^[0-9a-f]{64}\.json$/.test(entry.name)) {
        const key = entry.name.slice(0, -'.json'.length);
        const data = decodeEntry(key, fs.readFileSync(file))!;
        data.findings.push({ ...data.findings[0]!, ruleId: 'FROM-CACHE' });
        fs.writeFileSync(file, encodeEntry(key, data));
        marked++;
      }
    }
  };
  walk(cacheDir);
  return marked;
}
const fromCache = (run: Awaited<ReturnType<typeof audit>>) => run.findings.some((finding) => finding.ruleId === 'FROM-CACHE');

describe('the result cache', () => {
  it('answers an unchanged file from the cache, with the same findings a fresh audit gives', async () => {
    const fresh = await audit();
    expect(markEntries()).toBe(1);
    const cached = await audit();
    expect(fromCache(cached)).toBe(true);
    expect(cached.findings.filter((f) => f.ruleId !== 'FROM-CACHE')).toEqual(fresh.findings);
  });

  it('audits afresh when a build-context file a rule read has changed', async () => {
    await audit();
    markEntries();
    fs.writeFileSync(path.join(workspace, 'requirements.txt'), 'flask>=3\n');
    const run = await audit();
    expect(fromCache(run)).toBe(false);
    expect(run.findings.map((f) => f.ruleId)).toContain('RA301');
  });

  it('audits afresh when the file, the settings or the build changes', async () => {
    await audit();
    markEntries();
    expect(fromCache(await audit('build-a', { buildArgs: { X: '1' } }))).toBe(false);
    fs.appendFileSync(path.join(workspace, 'Dockerfile'), 'RUN true\n');
    expect(fromCache(await audit())).toBe(false);
    expect(fromCache(await audit('build-b'))).toBe(false);
    // Each build has its folder; another build's stays while a run of it was recent (test/safety/cache-*).
    expect(fs.readdirSync(path.join(cacheDir, 'results')).sort()).toEqual(['build-a', 'build-b']);
  });

  it('never costs the audit anything when it cannot be written', async () => {
    // A cache directory below a regular file cannot be created, even by root.
    const blocker = path.join(cacheDir, 'a-file');
    fs.writeFileSync(blocker, '');
    const run = await runAudit({ paths: ['Dockerfile'], cwd: workspace, configFile: false, cache: { dir: path.join(blocker, 'cache'), id: 'a' } });
    expect(run.errors).toEqual([]);
    expect(run.findings.map((f) => f.ruleId)).toContain('RA101');
  });

  it('reads each Dockerfile once, cache or not, and keeps its text for the reporters', async () => {
    const dockerfile = path.join(workspace, 'Dockerfile');
    // Every read of a file the audit did not create goes through one bounded open.
    const reads = vi.spyOn(fs, 'openSync');
    try {
      for (const run of [() => audit(), () => runAudit({ paths: ['Dockerfile'], cwd: workspace, configFile: false })]) {
        reads.mockClear();
        const result = await run();
        expect(reads.mock.calls.filter(([file]) => file === dockerfile)).toHaveLength(1);
        expect(result.sources.get('Dockerfile')).toBe(fs.readFileSync(dockerfile, 'utf8'));
      }
    } finally {
      reads.mockRestore();
    }
  });
});
