import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseImageName } from '../../src/model/image-name.js';
import type { ImageName } from '../../src/model/types.js';
import { dockerConfigCredentials, RegistryClient, RegistryError, type RegistryClientOptions } from '../../src/registry/index.js';
import { writeOciLayout } from '../support/oci-layout.js';
import {
  freePort,
  pushImage,
  requireRegistry,
  skopeoDigest,
  skopeoRawManifest,
  startFaultyProxy,
  startRegistry,
  startTokenServer,
  type RunningRegistry,
  type TokenServer,
} from '../support/registry.js';
import { tempDir } from '../support/temp.js';

const registryMissing = requireRegistry();

function name(reference: string): ImageName {
  const parsed = parseImageName(reference);
  if (!parsed) throw new Error(`test bug: ${reference} is not an image reference`);
  return parsed;
}

/** No waiting between retries in tests; the retry logic is what is under test, not the clock. */
function client(options: RegistryClientOptions = {}): RegistryClient {
  return new RegistryClient({
    credentials: async () => undefined,
    ...options,
    http: { baseDelayMs: 1, timeoutMs: 20_000, ...options.http },
  });
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof RegistryError)) throw new Error(`expected a RegistryError, got ${String(error)}`);
  return error;
}

describe.skipIf(registryMissing)('registry client against a real distribution registry', () => {
  let open: RunningRegistry;
  let basicAuth: RunningRegistry;
  let tokenAuth: RunningRegistry;
  let tokens: TokenServer;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const layout = tempDir('layout');
    await writeOciLayout(layout, [
      { tag: 'multi', platforms: [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64', variant: 'v8' }, { os: 'linux', architecture: 'arm', variant: 'v7' }] },
      { tag: 'single', platforms: [{ os: 'linux', architecture: 'amd64' }] },
    ]);
    open = await startRegistry();
    cleanups.push(open.stop);
    await pushImage(layout, 'multi', `${open.host}/tools/multi:1.0`);
    await pushImage(layout, 'single', `${open.host}/single:1.0`);
    // The authenticated instances serve the same storage, so nothing has to be pushed through auth.
    basicAuth = await startRegistry({ storageDir: open.storageDir, auth: { kind: 'htpasswd', username: 'alice', password: 's3cret' } });
    cleanups.push(basicAuth.stop);
    tokens = await startTokenServer();
    cleanups.push(tokens.stop);
    tokenAuth = await startRegistry({ storageDir: open.storageDir, auth: { kind: 'token', tokenServer: tokens } });
    cleanups.push(tokenAuth.stop);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('pins a multi-platform tag to its index digest, the one skopeo computes', async () => {
    const digest = await client().resolve(name(`${open.host}/tools/multi:1.0`));
    expect(digest).toBe(await skopeoDigest(`${open.host}/tools/multi:1.0`));
    const raw = await skopeoRawManifest(`${open.host}/tools/multi:1.0`);
    expect(raw.manifests?.length).toBe(3);
  });

  it('pins a single-platform tag to its manifest digest', async () => {
    const digest = await client().resolve(name(`${open.host}/single:1.0`));
    expect(digest).toBe(await skopeoDigest(`${open.host}/single:1.0`));
    expect((await skopeoRawManifest(`${open.host}/single:1.0`)).manifests).toBeUndefined();
  });

  it('resolves a platform to that platform’s manifest in the index', async () => {
    const raw = await skopeoRawManifest(`${open.host}/tools/multi:1.0`);
    const arm64 = raw.manifests!.find((entry) => entry.platform?.architecture === 'arm64')!.digest;
    const amd64 = raw.manifests!.find((entry) => entry.platform?.architecture === 'amd64')!.digest;
    const resolver = client();
    expect(await resolver.resolve(name(`${open.host}/tools/multi:1.0`), 'linux/arm64')).toBe(arm64);
    expect(await resolver.resolve(name(`${open.host}/tools/multi:1.0`), 'linux/aarch64/v8')).toBe(arm64);
    expect(await resolver.resolve(name(`${open.host}/tools/multi:1.0`), 'linux/amd64')).toBe(amd64);
    // The platform's manifest is itself fetchable by the digest we return.
    expect(await skopeoDigest(`${open.host}/tools/multi@${arm64}`)).toBe(arm64);

    const missing = await failure(resolver.resolve(name(`${open.host}/tools/multi:1.0`), 'linux/s390x'));
    expect(missing.kind).toBe('platform-not-found');
    expect(missing.message).toContain('linux/amd64, linux/arm64/v8, linux/arm/v7');
  });

  it('pins without GET requests when the registry sends Docker-Content-Digest (HEAD is free on Docker Hub)', async () => {
    const proxy = await startFaultyProxy(open.host, () => undefined);
    try {
      const digest = await client().resolve(name(`${proxy.host}/tools/multi:1.0`));
      expect(digest).toBe(await skopeoDigest(`${open.host}/tools/multi:1.0`));
      expect(proxy.requests.map((request) => request.method)).toEqual(['HEAD']);
    } finally {
      await proxy.stop();
    }
  });

  it('falls back to GET and hashes the exact bytes when the digest header is missing', async () => {
    const proxy = await startFaultyProxy(open.host, () => ({ stripHeaders: ['Docker-Content-Digest'] }));
    try {
      expect(await client().resolve(name(`${proxy.host}/tools/multi:1.0`))).toBe(await skopeoDigest(`${open.host}/tools/multi:1.0`));
      expect(await client().resolve(name(`${proxy.host}/single:1.0`))).toBe(await skopeoDigest(`${open.host}/single:1.0`));
      expect(proxy.requests.map((request) => request.method)).toEqual(['HEAD', 'GET', 'HEAD', 'GET']);
    } finally {
      await proxy.stop();
    }
  });

  it('says which tag is missing from which registry', async () => {
    const error = await failure(client().resolve(name(`${open.host}/tools/multi:2.0`)));
    expect(error.kind).toBe('not-found');
    expect(error.message).toBe(`tag ${open.host}/tools/multi:2.0 not found in registry ${open.host}`);
  });

  it('reports a registry that is down as unreachable, without retrying forever', async () => {
    const port = await freePort();
    const error = await failure(client().resolve(name(`127.0.0.1:${port}/tools/multi:1.0`)));
    expect(error.kind).toBe('unreachable');
    expect(error.message).toContain('connection refused');
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });

  it('retries after 429 with Retry-After, then succeeds', async () => {
    const proxy = await startFaultyProxy(open.host, ({ index }) =>
      index < 2 ? { status: 429, headers: { 'Retry-After': '0' }, body: '{"errors":[{"code":"TOOMANYREQUESTS"}]}' } : undefined,
    );
    try {
      expect(await client().resolve(name(`${proxy.host}/single:1.0`))).toBe(await skopeoDigest(`${open.host}/single:1.0`));
      expect(proxy.requests.length).toBe(3);
    } finally {
      await proxy.stop();
    }
  });

  it('gives up on 429 when the registry asks for a wait longer than allowed', async () => {
    const proxy = await startFaultyProxy(open.host, () => ({ status: 429, headers: { 'Retry-After': '3600' } }));
    try {
      const error = await failure(client().resolve(name(`${proxy.host}/single:1.0`)));
      expect(error.kind).toBe('rate-limited');
      expect(error.message).toContain('3600 s');
      expect(proxy.requests.length).toBe(1);
    } finally {
      await proxy.stop();
    }
  });

  it('rejects a malformed manifest', async () => {
    const proxy = await startFaultyProxy(open.host, ({ method }) =>
      method === 'HEAD'
        ? { status: 200, headers: { 'Content-Type': 'application/vnd.oci.image.index.v1+json' } }
        : { status: 200, headers: { 'Content-Type': 'application/vnd.oci.image.index.v1+json' }, body: '<html>oops</html>' },
    );
    try {
      const error = await failure(client().resolve(name(`${proxy.host}/single:1.0`)));
      expect(error.kind).toBe('malformed');
      expect(error.message).toContain('malformed manifest');
    } finally {
      await proxy.stop();
    }
  });

  it('rejects a manifest whose bytes do not match the digest the registry claims', async () => {
    const proxy = await startFaultyProxy(open.host, ({ method }): { status: number; headers: Record<string, string>; body?: string } =>
      method === 'HEAD'
        ? { status: 200, headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' } }
        : {
            status: 200,
            headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json', 'Docker-Content-Digest': `sha256:${'0'.repeat(64)}` },
            body: '{"schemaVersion":2,"config":{},"layers":[]}',
          },
    );
    try {
      const error = await failure(client().resolve(name(`${proxy.host}/single:1.0`)));
      expect(error.kind).toBe('malformed');
      expect(error.message).toContain('does not match its digest');
    } finally {
      await proxy.stop();
    }
  });

  describe('htpasswd (Basic) authentication', () => {
    function dockerConfig(config: object): string {
      const dir = tempDir('docker-config');
      fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
      return dir;
    }
    const auth = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');

    it('is denied without credentials, with a docker login hint', async () => {
      const error = await failure(client().resolve(name(`${basicAuth.host}/single:1.0`)));
      expect(error.kind).toBe('unauthorized');
      expect(error.message).toContain(`docker login ${basicAuth.host}`);
    });

    it('uses the auths entry of config.json in $DOCKER_CONFIG', async () => {
      const configDir = dockerConfig({ auths: { [basicAuth.host]: { auth: auth('alice', 's3cret') } } });
      const resolver = client({ credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: configDir } }) });
      expect(await resolver.resolve(name(`${basicAuth.host}/tools/multi:1.0`))).toBe(await skopeoDigest(`${open.host}/tools/multi:1.0`));
    });

    it('says the stored credentials were refused when they are wrong', async () => {
      const configDir = dockerConfig({ auths: { [`https://${basicAuth.host}`]: { auth: auth('alice', 'wrong') } } });
      const resolver = client({ credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: configDir } }) });
      const error = await failure(resolver.resolve(name(`${basicAuth.host}/single:1.0`)));
      expect(error.kind).toBe('unauthorized');
      expect(error.message).toContain('denied with the stored credentials');
    });

    it('runs the credential helper named in credHelpers', async () => {
      const binDir = tempDir('helper-bin');
      const helper = path.join(binDir, 'docker-credential-repro-test');
      fs.writeFileSync(
        helper,
        `#!/bin/sh\nread server\n[ "$1" = get ] && [ "$server" = "${basicAuth.host}" ] || { echo "credentials not found in native keychain"; exit 1; }\n` +
          `echo '{"ServerURL":"${basicAuth.host}","Username":"alice","Secret":"s3cret"}'\n`,
        { mode: 0o755 },
      );
      const configDir = dockerConfig({ credHelpers: { [basicAuth.host]: 'repro-test' } });
      const env = { DOCKER_CONFIG: configDir, PATH: `${binDir}${path.delimiter}${process.env.PATH}` };
      const resolver = client({ credentials: dockerConfigCredentials({ env }) });
      expect(await resolver.resolve(name(`${basicAuth.host}/single:1.0`))).toBe(await skopeoDigest(`${open.host}/single:1.0`));
    });

    it('names a configured credential helper that is not installed', async () => {
      const configDir = dockerConfig({ credsStore: 'does-not-exist' });
      const resolver = client({ credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: configDir, PATH: '/nonexistent' } }) });
      const error = await failure(resolver.resolve(name(`${basicAuth.host}/single:1.0`)));
      expect(error.kind).toBe('credentials');
      expect(error.message).toContain('docker-credential-does-not-exist');
    });
  });

  it('sends the stored credentials to the token service of a private registry (token auth)', async () => {
    const privateTokens = await startTokenServer({ requireCredentials: { username: 'bob', password: 'pw' } });
    const privateRegistry = await startRegistry({ storageDir: open.storageDir, auth: { kind: 'token', tokenServer: privateTokens } });
    try {
      const anonymous = await failure(client().resolve(name(`${privateRegistry.host}/single:1.0`)));
      expect(anonymous.kind).toBe('unauthorized');
      expect(anonymous.message).toContain(`docker login ${privateRegistry.host}`);

      const configDir = tempDir('docker-config');
      fs.writeFileSync(path.join(configDir, 'config.json'), JSON.stringify({ auths: { [privateRegistry.host]: { auth: Buffer.from('bob:pw').toString('base64') } } }));
      const resolver = client({ credentials: dockerConfigCredentials({ env: { DOCKER_CONFIG: configDir } }) });
      expect(await resolver.resolve(name(`${privateRegistry.host}/single:1.0`))).toBe(await skopeoDigest(`${open.host}/single:1.0`));
      expect(privateTokens.requests.at(-1)?.authorization).toBe(`Basic ${Buffer.from('bob:pw').toString('base64')}`);
    } finally {
      await privateRegistry.stop();
      await privateTokens.stop();
    }
  });

  it('follows the bearer token challenge anonymously (token auth)', async () => {
    const before = tokens.requests.length;
    const digest = await client().resolve(name(`${tokenAuth.host}/tools/multi:1.0`));
    expect(digest).toBe(await skopeoDigest(`${open.host}/tools/multi:1.0`));
    const asked = tokens.requests.slice(before);
    expect(asked).toEqual([{ scope: 'repository:tools/multi:pull', service: tokens.service, authorization: undefined }]);
  });
});
