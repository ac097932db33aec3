import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_BODY_LIMIT, FakeGitHubApi, LIST_FILES_LIMIT } from '../support/github-api.js';

let api: FakeGitHubApi | undefined;
afterEach(async () => api?.close());

async function request(method: string, path: string, body?: unknown, token = 'token ghs_x'): Promise<Response> {
  return fetch(`${api!.url}${path}`, {
    method,
    headers: { authorization: token, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function call(method: string, path: string, body?: unknown, token?: string): Promise<number> {
  return (await request(method, path, body, token)).status;
}

describe('the fake GitHub API', () => {
  it('holds requests to GitHub’s OpenAPI description and records what it refuses', async () => {
    api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42 });
    expect(await call('POST', '/repos/acme/shop/issues/42/comments', { body: 'hello' })).toBe(201);
    expect(api.violations).toEqual([]);
    expect(await call('POST', '/repos/acme/shop/issues/42/comments', { text: 'hello' })).toBe(422);
    expect(await call('GET', '/repos/acme/shop/issues/42/comments?page=two')).toBe(422);
    expect(await call('GET', '/repos/acme/shop/issues/42/comments?sort=created')).toBe(422);
    expect(await call('GET', '/repos/acme/shop/pulls/forty-two/files')).toBe(422);
    expect(await call('PUT', '/repos/acme/shop/issues/42/comments', { body: 'x' })).toBe(404);
    expect(await call('GET', '/repos/acme/shop/issues/42/comments', undefined, '')).toBe(401);
    expect(await call('DELETE', '/repos/acme/shop/issues/comments/1000001')).toBe(501);
    expect(api.violations).toHaveLength(7);
    expect(api.violations[0]).toMatch(/request body: .*must have required property 'body'/);
    expect(api.violations[4]).toContain('no such operation');
  });

  it('answers GET /user as GitHub does for an installation token and for a user’s token, and writes comments as that identity', async () => {
    api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42 });
    expect(await call('GET', '/user')).toBe(403);
    await call('POST', '/repos/acme/shop/issues/42/comments', { body: 'x' });
    expect(api.comments.map((c) => c.login)).toEqual(['github-actions[bot]']);
    await api.close();
    api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42, tokenOwner: 'release-bot' });
    const user = await request('GET', '/user');
    expect(user.status).toBe(200);
    expect(((await user.json()) as { login: string }).login).toBe('release-bot');
    await call('POST', '/repos/acme/shop/issues/42/comments', { body: 'x' });
    expect(api.comments.map((c) => c.login)).toEqual(['release-bot']);
    expect(api.violations).toEqual([]);
  });

  it('lists at most 3,000 files of a pull request, 100 a page', async () => {
    const changedFiles = Array.from({ length: LIST_FILES_LIMIT + 1 }, (_, i) => ({ filename: `f${i}`, status: 'added' as const }));
    api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42, changedFiles });
    const last = await request('GET', '/repos/acme/shop/pulls/42/files?per_page=100&page=30');
    expect(((await last.json()) as unknown[]).length).toBe(100);
    expect(last.headers.get('link')).not.toContain('rel="next"');
    expect(await (await request('GET', '/repos/acme/shop/pulls/42/files?per_page=100&page=31')).json()).toEqual([]);
    expect(api.violations).toEqual([]);
  });

  it('refuses a comment longer than GitHub’s 65,536 characters, counted as characters', async () => {
    api = await FakeGitHubApi.start({ owner: 'acme', repo: 'shop', pullNumber: 42 });
    expect(await call('POST', '/repos/acme/shop/issues/42/comments', { body: '€'.repeat(COMMENT_BODY_LIMIT) })).toBe(201);
    expect(await call('POST', '/repos/acme/shop/issues/42/comments', { body: 'x'.repeat(COMMENT_BODY_LIMIT + 1) })).toBe(422);
    expect(await call('PATCH', `/repos/acme/shop/issues/comments/${api.comments[0]!.id}`, { body: 'x'.repeat(COMMENT_BODY_LIMIT + 1) })).toBe(422);
    expect(api.comments).toHaveLength(1);
    expect(api.violations).toEqual([]);
  });
});
