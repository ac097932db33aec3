import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Sarif from 'sarif';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/action/sticky-comment.js';
import { FakeGitHubApi } from '../support/github-api.js';
import { assertMultitoolClean, assertValidSarif } from '../support/sarif.js';
import { actionScript, runAction } from './run-action.js';

const EVENT_FIXTURE = path.join(import.meta.dirname, 'fixtures', 'pull_request.opened.json');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-action-kinds-'));
const bundle = actionScript();
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A repository with a file of every kind repro-audit reads. */
const FILES: Record<string, string> = {
  'Dockerfile': 'FROM node:20-alpine\nRUN npm install -g typescript\n',
  '.github/workflows/ci.yml': 'on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container: python:3.12\n    steps:\n      - uses: actions/checkout@v4\n      - run: curl -fsSL https://get.example.com/i.sh | sh\n',
  'compose.yaml': 'services:\n  db:\n    image: postgres:16\n',
  'shell.nix': '{ pkgs ? import <nixpkgs> {} }:\npkgs.mkShell { packages = [ pkgs.hello ]; }\n',
};

describe.skipIf('missing' in bundle)('the Action over Dockerfiles, workflows, Compose and Nix files', () => {
  it('audits every kind in one run into one SARIF whose rules are tagged by the kind of file they read', async () => {
    const workspace = path.join(scratch, 'repo');
    for (const [file, text] of Object.entries(FILES)) {
      fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      fs.writeFileSync(path.join(workspace, file), text);
    }
    const api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42 });
    try {
      const run = await runAction({ script: 'script' in bundle ? bundle.script : '', workspace, apiUrl: api.url, eventPath: EVENT_FIXTURE, inputs: { 'github-token': 'ghs_test0123456789', 'fail-on': 'none' } });
      expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(run.status).toBe(0);
      expect(api.violations).toEqual([]);
      const text = fs.readFileSync(run.outputs['sarif-file']!, 'utf8');
      assertValidSarif(text);
      await assertMultitoolClean([run.outputs['sarif-file']!]);
      const log = JSON.parse(text) as Sarif.Log;
      expect(log.runs).toHaveLength(1);
      const results = log.runs[0]!.results!;
      const byFile = new Map<string, Set<string>>();
      for (const result of results) {
        const uri = result.locations![0]!.physicalLocation!.artifactLocation!.uri!;
        byFile.set(uri, (byFile.get(uri) ?? new Set()).add(result.ruleId!));
      }
      expect(Object.fromEntries([...byFile].map(([file, ids]) => [file, [...ids].sort()]))).toEqual({
        Dockerfile: ['RA101', 'RA302'],
        '.github/workflows/ci.yml': ['RA401', 'RA701', 'RA702'],
        'compose.yaml': ['RA801'],
        'shell.nix': ['RA601'],
      });
      // The workflow's shell finding is on the step's own line and column.
      const pipe = results.find((result) => result.ruleId === 'RA401')!;
      expect(pipe.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 8, startColumn: 14 });
      // Users filter by the kind of file: a rule's first tags say which it reads.
      const tags = new Map(log.runs[0]!.tool.driver.rules!.map((rule) => [rule.id, rule.properties!.tags as string[]]));
      expect(tags.get('RA101')).toContain('dockerfile');
      expect(tags.get('RA401')).toEqual(expect.arrayContaining(['dockerfile', 'github-actions']));
      expect(tags.get('RA701')).toContain('github-actions');
      expect(tags.get('RA801')).toContain('compose');
      expect(tags.get('RA601')).toContain('nix');
      expect(tags.get('RA701')).not.toContain('dockerfile');
      // One sticky comment names every file.
      const body = api.commentsWith(COMMENT_MARKER)[0]!.body;
      for (const file of Object.keys(FILES)) expect(body).toContain(file);
    } finally {
      await api.close();
    }
  });
});
