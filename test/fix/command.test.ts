import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { fixFiles as fixWith, type FixArgs } from '../../src/fix/index.js';
import { writeOciLayout } from '../support/oci-layout.js';
import {
  freePort,
  pushImage,
  requireRegistry,
  skopeoDigest,
  skopeoRawManifest,
  startFaultyProxy,
  startRegistry,
  type RunningRegistry,
} from '../support/registry.js';
import { tempDir } from '../support/temp.js';

const registryMissing = requireRegistry();

async function fixFiles(args: FixArgs): Promise<{ failed: boolean; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const { failed } = await fixWith(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { failed, stdout, stderr };
}

function dockerfile(dir: string, text: string | Buffer, name = 'Dockerfile', mode = 0o644): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text, { mode });
  fs.chmodSync(file, mode);
  return file;
}

describe.skipIf(registryMissing)('repro-audit fix against a real registry', () => {
  let registry: RunningRegistry;
  let basicAuth: RunningRegistry;
  let multiDigest: string;
  let singleDigest: string;
  const cleanups: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    // The default resolver reads the docker CLI config: point it at an empty one, not the host's.
    process.env.DOCKER_CONFIG = tempDir('empty-docker-config');
    const layout = tempDir('layout');
    await writeOciLayout(layout, [
      { tag: 'multi', platforms: [{ os: 'linux', architecture: 'amd64' }, { os: 'linux', architecture: 'arm64' }] },
      { tag: 'single', platforms: [{ os: 'linux', architecture: 'amd64' }] },
    ]);
    registry = await startRegistry();
    cleanups.push(registry.stop);
    await pushImage(layout, 'multi', `${registry.host}/tools/multi:1.0`);
    await pushImage(layout, 'single', `${registry.host}/single:1.0`);
    basicAuth = await startRegistry({ storageDir: registry.storageDir, auth: { kind: 'htpasswd', username: 'alice', password: 's3cret' } });
    cleanups.push(basicAuth.stop);
    multiDigest = await skopeoDigest(`${registry.host}/tools/multi:1.0`);
    singleDigest = await skopeoDigest(`${registry.host}/single:1.0`);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('prints a unified diff and leaves the file alone without --write', async () => {
    const dir = tempDir('fix');
    const text = `# base images\nFROM ${registry.host}/tools/multi:1.0 AS build\nFROM ${registry.host}/single:1.0\nCOPY --from=build /hello.txt /\n`;
    const file = dockerfile(dir, text);
    const result = await fixFiles({ paths: [file] });
    expect(result).toMatchObject({ failed: false, stderr: '' });
    expect(result.stdout).toBe(
      [
        `--- ${file}`,
        `+++ ${file}`,
        '@@ -1,4 +1,4 @@',
        ' # base images',
        `-FROM ${registry.host}/tools/multi:1.0 AS build`,
        `-FROM ${registry.host}/single:1.0`,
        `+FROM ${registry.host}/tools/multi:1.0@${multiDigest} AS build`,
        `+FROM ${registry.host}/single:1.0@${singleDigest}`,
        ' COPY --from=build /hello.txt /',
        '',
      ].join('\n'),
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('writes in place with --write, keeping mode and CRLF; a second run changes nothing', async () => {
    const dir = tempDir('fix');
    const file = dockerfile(dir, `FROM ${registry.host}/tools/multi:1.0\r\nRUN true\r\n`, 'Containerfile', 0o640);
    const first = await fixFiles({ paths: [file], write: true });
    expect(first).toMatchObject({ failed: false, stdout: '' });
    expect(first.stderr).toBe(`${file}: applied 1 fix\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe(`FROM ${registry.host}/tools/multi:1.0@${multiDigest}\r\nRUN true\r\n`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['Containerfile']);

    const before = fs.readFileSync(file);
    const second = await fixFiles({ paths: [file], write: true });
    expect(second).toEqual({ failed: false, stdout: '', stderr: '' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('writes through a symlink without replacing the link', async () => {
    const dir = tempDir('fix');
    const real = dockerfile(dir, `FROM ${registry.host}/single:1.0\n`, 'real.Dockerfile');
    const link = path.join(dir, 'Dockerfile');
    fs.symlinkSync('real.Dockerfile', link);
    expect((await fixFiles({ paths: [link], write: true })).failed).toBe(false);
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, 'utf8')).toBe(`FROM ${registry.host}/single:1.0@${singleDigest}\n`);
  });

  it('pins a platform’s manifest with --platform', async () => {
    const dir = tempDir('fix');
    const file = dockerfile(dir, `FROM ${registry.host}/tools/multi:1.0\n`);
    const raw = await skopeoRawManifest(`${registry.host}/tools/multi:1.0`);
    const arm64 = raw.manifests!.find((entry) => entry.platform?.architecture === 'arm64')!.digest;
    expect((await fixFiles({ paths: [file], write: true, platform: 'linux/arm64' })).failed).toBe(false);
    expect(fs.readFileSync(file, 'utf8')).toBe(`FROM ${registry.host}/tools/multi:1.0@${arm64}\n`);
    expect(arm64).not.toBe(multiDigest);
  });

  it('rejects a malformed --platform before touching anything (a usage error of the command)', async () => {
    let stderr = '';
    const code = await run(['fix', 'Dockerfile', '--platform', 'amd64'], { stdout: () => {}, stderr: (text) => (stderr += text), cwd: tempDir('fix'), env: {}, stdoutIsTTY: false });
    expect(code).toBe(2);
    expect(stderr).toContain('invalid platform "amd64"');
    expect(stderr).toContain('Run `repro-audit fix --help` for usage.');
  });

  describe('failures leave the file untouched, with a clear message', () => {
    async function expectUntouched(text: string, message: string | RegExp, args: Partial<FixArgs> = {}): Promise<void> {
      const dir = tempDir('fix');
      const file = dockerfile(dir, text);
      const result = await fixFiles({ paths: [file], write: true, ...args });
      expect(result.failed).toBe(true);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toContain(`${file}: left unchanged\n`);
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    }

    it('registry down', async () => {
      const port = await freePort();
      await expectUntouched(
        `FROM ${registry.host}/single:1.0\nFROM 127.0.0.1:${port}/app:1\n`,
        `:2:6: error: cannot pin 127.0.0.1:${port}/app:1: cannot connect to registry 127.0.0.1:${port} at http://127.0.0.1:${port}: connection refused (is it running?)\n`,
      );
    });

    it('unknown tag', async () => {
      await expectUntouched(
        `FROM ${registry.host}/single:9.9\n`,
        `:1:6: error: cannot pin ${registry.host}/single:9.9: tag ${registry.host}/single:9.9 not found in registry ${registry.host}\n`,
      );
    });

    it('401 without credentials', async () => {
      await expectUntouched(`FROM ${basicAuth.host}/single:1.0\n`, new RegExp(`access to ${basicAuth.host}/single denied: .*run \`docker login ${basicAuth.host}\``));
    });

    it('malformed manifest', async () => {
      const proxy = await startFaultyProxy(registry.host, ({ method }) =>
        method === 'HEAD' ? { status: 200, headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' } } : { status: 200, body: '{"schemaVersion":2' },
      );
      try {
        await expectUntouched(`FROM ${proxy.host}/single:1.0\n`, `malformed manifest for ${proxy.host}/single:1.0 in registry ${proxy.host}: not valid JSON`);
      } finally {
        await proxy.stop();
      }
    });
  });

  it('429 then success: waits as told and pins', async () => {
    const proxy = await startFaultyProxy(registry.host, ({ index }) => (index === 0 ? { status: 429, headers: { 'Retry-After': '1' } } : undefined));
    try {
      const dir = tempDir('fix');
      const file = dockerfile(dir, `FROM ${proxy.host}/single:1.0\n`);
      const result = await fixFiles({ paths: [file], write: true });
      expect(result.failed).toBe(false);
      expect(fs.readFileSync(file, 'utf8')).toBe(`FROM ${proxy.host}/single:1.0@${singleDigest}\n`);
      expect(proxy.requests.map((request) => request.method)).toEqual(['HEAD', 'HEAD']);
    } finally {
      await proxy.stop();
    }
  });

  it('bad input costs nothing else: binary, non-UTF-8 and missing paths are reported, the good file is fixed', async () => {
    const dir = tempDir('fix');
    const binary = dockerfile(dir, Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x0a, 0x00, 0x01]), 'binary.Dockerfile');
    const latin1 = dockerfile(dir, Buffer.from('FROM caf\xe9:1\n', 'latin1'), 'latin1.Dockerfile');
    const good = dockerfile(dir, `FROM ${registry.host}/single:1.0\n`);
    const missing = path.join(dir, 'missing.Dockerfile');
    const result = await fixFiles({ paths: [binary, latin1, missing, good], write: true });
    expect(result.failed).toBe(true);
    expect(result.stderr).toContain(`${binary}:2: error: binary file (contains NUL bytes), not a Dockerfile\n`);
    // The offset itself is the reader's business (src/engine/files.ts); here: reported, with the line.
    expect(result.stderr).toContain(`${latin1}:1: error: not valid UTF-8 (first bad byte at offset `);
    expect(result.stderr).toContain(`${missing}: error: no such file or directory\n`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(good, 'utf8')).toBe(`FROM ${registry.host}/single:1.0@${singleDigest}\n`);
  });

  it('searches directories for Dockerfiles, with paths relative to cwd in the diff', async () => {
    const dir = tempDir('fix');
    fs.mkdirSync(path.join(dir, 'app'));
    dockerfile(path.join(dir, 'app'), `FROM ${registry.host}/single:1.0\n`, 'Containerfile');
    dockerfile(dir, 'not a dockerfile\n', 'README');
    const result = await fixFiles({ paths: ['.'], cwd: dir });
    expect(result.failed).toBe(false);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['--- a/app/Containerfile', '+++ b/app/Containerfile']);
    expect(result.stdout).toContain(`+FROM ${registry.host}/single:1.0@${singleDigest}\n`);
  });

});
