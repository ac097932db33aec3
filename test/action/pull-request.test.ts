// Issue 14's pull-request experience through dist/action.js and the fake GitHub API: what code
// scanning receives (no suppressed results, the category, our own fingerprints, rule pages), one
// annotation channel, comment and summary sizes for a large repository, "nothing audited" and
// "no Dockerfile changed", globs in paths, and how much Nix.
import fs from 'node:fs';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/action/sticky-comment.js';
import { actionBench } from './bench.js';
import type { ActionRun } from './run-action.js';

const { scratch, missing, workspace, event, startApi, audit } = actionBench();

/** The run's SARIF as written (action.test.ts runs the validators on it). */
const sarifLog = (run: ActionRun) => JSON.parse(fs.readFileSync(run.outputs['sarif-file']!, 'utf8')) as Sarif.Log;
const sarifFiles = (log: Sarif.Log) => [...new Set(log.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri))].sort();

describe.skipIf(missing)('the Action on a pull request: code scanning and the comment', () => {
  it('leaves suppressed findings out of the SARIF unless include-suppressed, and takes the category', async () => {
    await startApi();
    const ws = workspace('suppressed');
    fs.writeFileSync(path.join(ws, 'services/web/Dockerfile'), '# repro-audit ignore=RA101\nFROM node:20-alpine\nRUN apk add --no-cache curl\n');
    const run = await audit(ws, event('suppressed'), { 'fail-on': 'none', comment: 'false', category: 'repro-audit/lint/services/' });
    const log = sarifLog(run);
    expect(log.runs[0]!.automationDetails!.id).toBe('repro-audit/lint/services/');
    expect(log.runs[0]!.results!.length).toBeGreaterThan(0);
    expect(log.runs[0]!.results!.filter((r) => r.suppressions)).toEqual([]);
    expect(log.runs[0]!.results!.filter((r) => r.ruleId === 'RA101').map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).not.toContain('services/web/Dockerfile');
    // Fingerprints under repro-audit's own key only: upload-sarif computes primaryLocationLineHash.
    for (const result of log.runs[0]!.results!) expect(Object.keys(result.partialFingerprints!)).toEqual(['reproAudit/v1']);
    expect(log.runs[0]!.tool.driver.rules!.find((rule) => rule.id === 'RA101')!.helpUri).toMatch(/\/docs\/rules\.md#ra101-[a-z-]+$/);

    const kept = sarifLog(await audit(ws, event('suppressed'), { 'fail-on': 'none', comment: 'false', 'include-suppressed': 'true' }));
    expect(kept.runs[0]!.automationDetails!.id).toBe('repro-audit/lint/');
    const suppressed = kept.runs[0]!.results!.filter((r) => r.suppressions);
    expect(suppressed.map((r) => [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri, r.suppressions![0]!.kind])).toEqual([['RA101', 'services/web/Dockerfile', 'inSource']]);
  });

  it('annotates through one channel: none of its own unless annotations is on', async () => {
    await startApi();
    const run = await audit(workspace('one-channel'), event('one-channel'), { 'fail-on': 'none', comment: 'false' });
    expect(sarifLog(run).runs[0]!.results!.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(/^::(error|warning|notice) file=/m);
    expect(run.stdout).toContain('Annotations are off: code scanning annotates the pull request from the SARIF upload.');
  });

  it('keeps the comment under 65,536 characters and the summary under 1 MiB for a 300-file repository', async () => {
    const fake = await startApi();
    const ws = path.join(scratch, 'big');
    const images = ['node:20-alpine', 'python:3.12', 'ubuntu:22.04', 'debian:latest', 'golang:1.22', 'ruby:3'];
    for (let i = 0; i < 300; i++) {
      const file = path.join(ws, `services/svc-${String(i).padStart(3, '0')}/Dockerfile`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(
        file,
        `FROM ${images[i % images.length]}\nRUN apt-get update && apt-get install -y curl git openssl pkg${i}\nRUN curl -fsSL https://example.com/install-${i}.sh | sh\nRUN pip install flask requests lib${i}\nADD https://example.com/tool-${i}.tar.gz /opt/\n`,
      );
    }
    const run = await audit(ws, event('big'), { 'fail-on': 'none', nix: 'full' });
    expect(run.status).toBe(0);
    expect(fake.violations).toEqual([]);
    const body = fake.commentsWith(COMMENT_MARKER)[0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toMatch(/more findings? .*not shown here to stay within GitHub's size limit/);
    expect(Buffer.byteLength(run.summary)).toBeLessThan(1024 * 1024);
    expect(run.summary).toContain('services/svc-000/Dockerfile');
    // One Nix block per distinct answer (its text and snippet), never one per finding.
    const blocks = [...run.summary.matchAll(/<details><summary>[^<]*<\/summary>([^]*?)<\/details>/g)].map((match) => match[1]);
    expect(blocks.length).toBeGreaterThan(0);
    expect(new Set(blocks).size).toBe(blocks.length);
  });

  it('says "no Dockerfile changed" for a pull request that changes none, and comments nothing new', async () => {
    const changedFiles = [{ filename: 'src/app.ts', status: 'modified' as const }, { filename: 'docs/README.md', status: 'modified' as const }];
    const fake = await startApi({ changedFiles });
    const eventPath = event('unchanged', (payload) => {
      (payload.pull_request as unknown as { changed_files: number }).changed_files = changedFiles.length;
    });
    const run = await audit(workspace('unchanged'), eventPath, { 'only-changed': 'true' });
    expect(run.status).toBe(0);
    expect(run.summary).toMatch(/^### ℹ️ repro-audit: no Dockerfile changed in this pull request\n/);
    expect(run.summary).not.toMatch(/0 Dockerfiles|no reproducibility problems/);
    expect(fake.commentsWith(COMMENT_MARKER)).toHaveLength(0);
  });

  it('says plainly when the paths hold no Dockerfile: a warning by default, a failure with no-files: error', async () => {
    await startApi();
    const ws = workspace('nothing');
    const warned = await audit(ws, event('nothing'), { paths: 'docs', comment: 'false' });
    expect(warned.status).toBe(0);
    expect(warned.stdout).toMatch(/^::warning title=repro-audit%3A nothing audited::no Dockerfile found in docs: nothing was audited/m);
    expect(warned.summary).toMatch(/^### ℹ️ repro-audit: no Dockerfile found in docs: nothing was audited/);
    const failed = await audit(ws, event('nothing'), { paths: 'docs', comment: 'false', 'no-files': 'error' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^::error::no Dockerfile found in docs: nothing was audited.*\(no-files: error\)\.$/m);
  });

  it('expands globs in paths, and warns about one that matches nothing', async () => {
    await startApi();
    const run = await audit(workspace('globs'), event('globs'), { paths: 'services/*/Dockerfile\nbuild/**/Containerfile', 'fail-on': 'none', comment: 'false' });
    expect(run.status).toBe(0);
    expect(sarifFiles(sarifLog(run))).toEqual(['services/web/Dockerfile', 'services/worker/Dockerfile']);
    expect(run.stdout).toMatch(/^::warning title=repro-audit%3A paths::The paths entry 'build\/\*\*\/Containerfile' matches no folder and no Dockerfile\.$/m);
    const folders = await audit(workspace('glob-folders'), event('glob-folders'), { paths: 'services/{legacy,worker}', 'fail-on': 'none', comment: 'false' });
    expect(sarifFiles(sarifLog(folders))).toEqual(['services/legacy/Containerfile', 'services/worker/Dockerfile']);
  });

  it('shows as much of the Nix way as the nix input says', async () => {
    await startApi();
    const ws = workspace('nix');
    const off = await audit(ws, event('nix'), { 'fail-on': 'none', comment: 'false', nix: 'off' });
    expect(off.summary).not.toMatch(/Nix|nixpkgs/);
    const brief = await audit(ws, event('nix'), { 'fail-on': 'none', comment: 'false' });
    expect(brief.summary).toContain('#### ❄️ The Nix way\n\n- ');
    expect(brief.summary).not.toContain('```nix');
    const full = await audit(ws, event('nix'), { 'fail-on': 'none', comment: 'false', nix: 'full' });
    expect(full.summary).toContain('```nix');
    const bad = await audit(ws, event('nix'), { nix: 'loud' });
    expect(bad.stdout).toContain("::error::Input 'nix' must be one of off, brief, full; got 'loud'.");
  });
});
