// The sticky comment is the one the Action's own identity wrote: a comment by someone else that
// starts with the marker is left alone (the Action posts its own), on GITHUB_TOKEN and on a user's token.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/action/sticky-comment.js';
import { ACTIONS_BOT, FakeGitHubApi, type FakeGitHubOptions } from '../support/github-api.js';
import { pullRequestEvent, removeRepository, repository, runBundledAction } from './sinks-support.js';

const DOCKERFILE = 'FROM node:20\nRUN apk add curl\n';
const repo = repository({ Dockerfile: DOCKERFILE });
const eventPath = pullRequestEvent(repo);
let api: FakeGitHubApi | undefined;
afterEach(async () => api?.close());
afterAll(() => removeRepository(repo));

const HIJACK = `${COMMENT_MARKER}\nI posted this first. Everything the Action writes here is mine to frame: [click](https://attacker.example)`;

async function audit(options: Partial<FakeGitHubOptions>) {
  api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42, ...options });
  return auditAgain();
}

async function auditAgain() {
  const run = await runBundledAction(repo, api!, { 'fail-on': 'none' }, eventPath);
  expect(run.status).toBe(0);
  expect(api!.violations).toEqual([]);
  return run;
}

describe('the sticky comment belongs to the token’s own identity', () => {
  it('with GITHUB_TOKEN, a marker comment by another user is left alone and the Action posts its own, then updates only that', async () => {
    await audit({ comments: [{ body: HIJACK, login: 'mallory' }] });
    expect(api!.requests.filter((r) => r.operationId === 'issues/update-comment')).toEqual([]);
    expect(api!.comments.map((c) => [c.login, c.body.startsWith(COMMENT_MARKER)])).toEqual([
      ['mallory', true],
      [ACTIONS_BOT, true],
    ]);
    expect(api!.comments[0]!.body).toBe(HIJACK);

    // The next run's report differs: the Action's own comment is updated, and only it.
    fs.writeFileSync(path.join(repo, 'Dockerfile'), 'FROM node:20\n');
    await auditAgain();
    const updated = api!.requests.filter((r) => r.operationId === 'issues/update-comment');
    expect(updated.map((r) => r.path)).toEqual([`/repos/acme/shop/issues/comments/${api!.comments[1]!.id}`]);
    expect(api!.comments).toHaveLength(2);
    expect(api!.comments[0]!.body).toBe(HIJACK);
    fs.writeFileSync(path.join(repo, 'Dockerfile'), DOCKERFILE);
  });

  it('with a user’s token, only that user’s comment is updated, not the Actions bot’s nor anyone else’s', async () => {
    const run = await audit({
      tokenOwner: 'release-bot',
      comments: [
        { body: HIJACK, login: 'mallory' },
        { body: `${COMMENT_MARKER}\nanother workflow's report`, login: ACTIONS_BOT },
        { body: `${COMMENT_MARKER}\nlast run`, login: 'release-bot' },
      ],
    });
    const updated = api!.requests.filter((r) => r.operationId === 'issues/update-comment');
    expect(updated.map((r) => r.path)).toEqual([`/repos/acme/shop/issues/comments/${api!.comments[2]!.id}`]);
    expect(api!.comments[0]!.body).toBe(HIJACK);
    expect(api!.comments[1]!.body).toBe(`${COMMENT_MARKER}\nanother workflow's report`);
    expect(api!.comments[2]!.body).toContain('will not rebuild the same tomorrow');
    expect(api!.requests.some((r) => r.operationId === 'users/get-authenticated' && r.status === 200)).toBe(true);
    expect(run.stdout).toContain('Pull request comment updated');
  });
});
