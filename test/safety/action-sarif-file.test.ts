// The `sarif-file` input names a path in the workspace, which is the pull request's ground: a link
// the pull request put there (to a file of the runner's, or out of the workspace through a folder)
// is never written through; the Action fails with a clear message and the target is untouched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeRepository, repository, withActionRun } from './sinks-support.js';

const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-runner-file-'));
const victim = path.join(outside, 'credentials');
fs.writeFileSync(victim, 'runner secret\n');
const repo = repository({ Dockerfile: 'FROM node:20\n' });
fs.symlinkSync(victim, path.join(repo, 'report.sarif'));
fs.symlinkSync(outside, path.join(repo, 'reports'));
afterAll(() => {
  removeRepository(repo);
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('the Action’s SARIF file', () => {
  it.each(['report.sarif', 'reports/new.sarif'])('refuses %s when it leads out through a link from the pull request', async (sarifFile) => {
    await withActionRun(repo, { 'sarif-file': sarifFile, 'fail-on': 'none', comment: 'false' }, (run) => {
      expect(run.status).not.toBe(0);
      expect(run.stdout).toMatch(/symbolic link|leads outside/);
      expect(fs.readFileSync(victim, 'utf8')).toBe('runner secret\n');
      expect(fs.readdirSync(outside)).toEqual(['credentials']);
    });
  });

  it('writes a SARIF file at a plain path in the workspace', async () => {
    await withActionRun(repo, { 'sarif-file': 'out/repro.sarif', 'fail-on': 'none', comment: 'false' }, (run) => {
      expect(run.status).toBe(0);
      expect(JSON.parse(fs.readFileSync(path.join(repo, 'out', 'repro.sarif'), 'utf8')).version).toBe('2.1.0');
      expect(run.outputs['sarif-file']).toBe(path.join(repo, 'out', 'repro.sarif'));
    });
  });
});
