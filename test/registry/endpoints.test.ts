import { describe, expect, it } from 'vitest';
import { parseImageName } from '../../src/model/image-name.js';
import { RegistryClient } from '../../src/registry/index.js';
import { parseRetryAfter } from '../../src/registry/http.js';
import { parseChallenge } from '../../src/registry/auth.js';

/**
 * Which URL each kind of image name is asked at. The hosts here (Docker Hub, GHCR) are not
 * reachable from the test machine, so `fetch` is replaced by a recorder that answers like a
 * registry; everything else (auth, redirects, digests) is covered against a real registry in
 * resolve.test.ts.
 */
function recordingClient(insecureRegistries: string[] = []) {
  const requests: { url: string; method: string; accept: string | null }[] = [];
  const digest = `sha256:${'c'.repeat(64)}`;
  const client = new RegistryClient({
    insecureRegistries,
    credentials: async () => undefined,
    http: {
      fetch: async (input, init) => {
        requests.push({ url: String(input), method: init?.method ?? 'GET', accept: new Headers(init?.headers).get('accept') });
        return new Response(null, {
          status: 200,
          headers: { 'Docker-Content-Digest': digest, 'Content-Type': 'application/vnd.oci.image.index.v1+json' },
        });
      },
    },
  });
  return { client, requests, digest };
}

describe('registry endpoints', () => {
  it.each([
    ['node:20', 'https://registry-1.docker.io/v2/library/node/manifests/20'],
    ['docker.io/library/node', 'https://registry-1.docker.io/v2/library/node/manifests/latest'],
    ['bitnami/redis:7.2', 'https://registry-1.docker.io/v2/bitnami/redis/manifests/7.2'],
    ['ghcr.io/owner/tool/sub:v1', 'https://ghcr.io/v2/owner/tool/sub/manifests/v1'],
    ['registry.example.com:8443/team/app:1', 'https://registry.example.com:8443/v2/team/app/manifests/1'],
    ['localhost:5000/app:dev', 'http://localhost:5000/v2/app/manifests/dev'],
    ['127.0.0.1:5000/app:dev', 'http://127.0.0.1:5000/v2/app/manifests/dev'],
    ['[::1]:5000/app:dev', 'http://[::1]:5000/v2/app/manifests/dev'],
  ])('%s is asked at %s with a HEAD accepting indexes and manifests', async (reference, url) => {
    const { client, requests, digest } = recordingClient();
    expect(await client.resolve(parseImageName(reference)!)).toBe(digest);
    expect(requests).toEqual([
      {
        url,
        method: 'HEAD',
        accept:
          'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
      },
    ]);
  });

  it('uses plain HTTP for a registry listed as insecure', async () => {
    const { client, requests } = recordingClient(['registry.lan:5000']);
    await client.resolve(parseImageName('registry.lan:5000/app:1')!);
    expect(requests[0]?.url).toBe('http://registry.lan:5000/v2/app/manifests/1');
  });

  it('asks once per image name in a run', async () => {
    const { client, requests } = recordingClient();
    await client.resolve(parseImageName('node:20')!);
    await client.resolve(parseImageName('docker.io/library/node:20')!);
    expect(requests).toHaveLength(1);
  });
});

describe('header parsing', () => {
  it('reads a Docker Hub style challenge, commas inside quotes included', () => {
    expect(
      parseChallenge('Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/node:pull,push"'),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io', scope: 'repository:library/node:pull,push' },
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', params: { realm: 'Registry Realm' } });
    expect(parseChallenge(null)).toBeUndefined();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7')).toBe(7000);
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
