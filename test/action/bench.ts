// The Action's test bench: a scratch checkout of a small repository, pull-request events, the fake
// GitHub API, and dist/action.js started as the runner starts it. Each test file that calls
// `actionBench()` gets its own scratch folder and API, closed after each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect } from 'vitest';
import { FakeGitHubApi, type FakeGitHubOptions } from '../support/github-api.js';
import { actionScript, runAction, type ActionRun } from './run-action.js';

const EVENT_FIXTURE = path.join(import.meta.dirname, 'fixtures', 'pull_request.opened.json');

export function actionBench() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-action-test-'));
  const bundle = actionScript();
  const script = 'script' in bundle ? bundle.script : '';
  let api: FakeGitHubApi | undefined;

  afterEach(async () => {
    await api?.close();
    api = undefined;
  });
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  /** A checked-out repository with two services and a docs folder. */
  function workspace(name: string): string {
    const dir = path.join(scratch, name);
    const files: Record<string, string> = {
      'services/web/Dockerfile': 'FROM node:20-alpine\nRUN apk add --no-cache curl\nCOPY . /app\n',
      'services/worker/Dockerfile': 'FROM python:3.12-slim@sha256:2d5e8a8a51bc5b3b8c1d2d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d9e1f3a\nRUN pip install celery\n',
      'services/legacy/Containerfile': 'FROM debian:latest\nRUN apt-get update\n',
      'docs/README.md': '# shop\n',
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  function event(name: string, edit: (payload: { pull_request: { head: { repo: { full_name: string } } } }) => void = () => {}): string {
    const payload = JSON.parse(fs.readFileSync(EVENT_FIXTURE, 'utf8'));
    edit(payload);
    const file = path.join(scratch, `${name}.event.json`);
    fs.writeFileSync(file, JSON.stringify(payload));
    return file;
  }

  async function startApi(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHubApi> {
    api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42, ...options });
    return api;
  }

  async function audit(ws: string, eventPath: string, inputs: Record<string, string>): Promise<ActionRun> {
    const run = await runAction({ script, workspace: ws, apiUrl: api!.url, eventPath, inputs: { 'github-token': 'ghs_test0123456789', ...inputs } });
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // never a stack trace
    return run;
  }

  return { scratch, missing: 'missing' in bundle, workspace, event, startApi, audit };
}
