// What the output-sink safety tests share: the shipped bundles, run as users and the runner run
// them, on scratch repositories whose names and contents are hostile.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { runAction, type ActionRun } from '../action/run-action.js';
import { FakeGitHubApi, type FakeGitHubOptions } from '../support/github-api.js';
import { tempDir } from '../support/temp.js';

export const CLI_BUNDLE = path.resolve('dist', 'cli.js');
export const ACTION_BUNDLE = path.resolve('dist', 'action.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node dist/cli.js ...` in `cwd`, as a CI step runs it (no terminal, CI set). */
export function runCli(args: string[], cwd: string): CliRun {
  const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true', GITHUB_ACTIONS: 'true', REPRO_AUDIT_CACHE_DIR: path.join(cwd, '..', 'cache') },
  });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** A fresh directory holding `files` (relative paths, any characters but `/` and NUL in a name). */
export function repository(files: Record<string, string>): string {
  const root = tempDir('sinks');
  const repo = path.join(root, 'repo');
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), text);
  }
  return repo;
}

export function removeRepository(repo: string): void {
  fs.rmSync(path.dirname(repo), { recursive: true, force: true });
}

// A hostile repository: a directory name that opens an HTML comment and a workflow command on
// lines of their own, one that is a command itself, ANSI and OSC sequences in a name, and a
// Dockerfile whose package names carry backtick runs, HTML, mentions and terminal sequences.
export const HOSTILE_DIRECTORY = 'evil\n<!--\n::error title=INJECTED::dir';
export const COMMAND_DIRECTORY = '::warning title=INJECTED::named';
export const ESCAPE_DIRECTORY = 'esc\x1b]0;INJECTED-title\x07\x1b[2J';
export const HOSTILE_PACKAGE = 'x```a`<img/src=x/onerror=alert(1)>@octocat';
export const ESCAPE_PACKAGE = 'curl@\x1b]8;;https://INJECTED.example/\x07link\x1b]8;;\x07\x1b[31m';

export function hostileRepository(): string {
  return repository({
    // Sorted first, so everything after it in a report is what an early `<!--` would hide.
    [`${HOSTILE_DIRECTORY}/Dockerfile`]: 'FROM node:20\nRUN apk add curl\n',
    [`${COMMAND_DIRECTORY}/Dockerfile`]: 'FROM node:20\n',
    [`${ESCAPE_DIRECTORY}/Dockerfile`]: 'FROM node:20\n',
    'packages/Dockerfile': `FROM node:20\nRUN apk add '${HOSTILE_PACKAGE}' "${ESCAPE_PACKAGE}" '##[error title=INJECTED]legacy'\n`,
    // A line continuation inside the keyword puts a command at the start of a line of the message.
    'keyword/Dockerfile': 'FROM node:20\nR\\\n::error::INJECTED-keyword\\\nUN echo hi\n',
    // The runner's legacy syntax, anywhere in a line: quoted in messages and in nixify's notes.
    'legacy/Dockerfile': "FROM node:20\nRUN apk add '##[error title=INJECTED]legacy'\n",
    'zz-last/Dockerfile': 'FROM debian:latest\n',
  });
}

const EVENT_FIXTURE = path.resolve('test', 'action', 'fixtures', 'pull_request.opened.json');

export interface PullRequestEvent {
  pull_request: { changed_files: number; base: { sha: string }; head: { sha: string; repo: { full_name: string } } };
}

/** The pull_request event the runner hands the Action, edited for one test, in a file next to `repo`. */
export function pullRequestEvent(repo: string, edit: (event: PullRequestEvent) => void = () => {}): string {
  const event = JSON.parse(fs.readFileSync(EVENT_FIXTURE, 'utf8')) as PullRequestEvent;
  edit(event);
  const file = path.join(path.dirname(repo), 'event.json');
  fs.writeFileSync(file, JSON.stringify(event));
  return file;
}

/** `dist/action.js` on `repo` for pull request 42 of acme/shop, as the runner starts it, with a token. */
export function runBundledAction(repo: string, api: FakeGitHubApi, inputs: Record<string, string>, eventPath = pullRequestEvent(repo)): Promise<ActionRun> {
  return runAction({ script: ACTION_BUNDLE, workspace: repo, apiUrl: api.url, eventPath, inputs: { 'github-token': 'ghs_test0123456789', ...inputs } });
}

/** One Action run against a fresh fake GitHub API, which must see only requests GitHub would serve. */
export async function withActionRun<T>(repo: string, inputs: Record<string, string>, check: (run: ActionRun, api: FakeGitHubApi) => T | Promise<T>, options: Partial<FakeGitHubOptions> = {}): Promise<T> {
  const api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42, ...options });
  try {
    const run = await runBundledAction(repo, api, inputs);
    expect(api.violations).toEqual([]);
    return await check(run, api);
  } finally {
    await api.close();
  }
}
