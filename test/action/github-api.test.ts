import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHubApi } from '../support/github-api.js';

let api: FakeGitHubApi | undefined;
afterEach(async () => api?.close());

async function call(method: string, path: string, body?: unknown, token = 'token ghs_x'): Promise<number> {
  const response = await fetch(`${api!.url}${path}`, {
    method,
    headers: { authorization: token, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return response.status;
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
});
