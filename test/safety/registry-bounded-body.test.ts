import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledCliAsync } from '../support/bundle-async.js';

/**
 * A registry that never stops sending: a manifest (or a token answer) streamed without
 * Content-Length. The client reads at most its limit, then cancels and says so; it does not hold
 * the stream in memory until the timeout. The server is a real HTTP server on loopback, in this process.
 */
const MANIFEST_TYPE = 'application/vnd.oci.image.manifest.v1+json';

let dir: string;
let server: http.Server;
let sent: number;
let connectionClosed: Promise<void>;
/** Whether the registry asks for a token first (from its own `/token`, which streams without end). */
let challenge: boolean;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-endless-'));
  sent = 0;
  challenge = false;
  let closed!: () => void;
  connectionClosed = new Promise((resolve) => (closed = resolve));
  server = http.createServer((request, response) => {
    if (challenge && request.url!.startsWith('/v2/')) {
      const realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
      response.writeHead(401, { 'WWW-Authenticate': `Bearer realm="${realm}",service="endless"` });
      return void response.end();
    }
    // HEAD answers without a digest, so the client must GET the bytes to hash them.
    response.writeHead(200, { 'Content-Type': request.url!.startsWith('/token') ? 'application/json' : MANIFEST_TYPE, 'Transfer-Encoding': 'chunked' });
    if (request.method === 'HEAD') return void response.end();
    const chunk = Buffer.alloc(64 * 1024, ' ');
    const pump = () => {
      while (!response.destroyed && response.write(chunk)) sent += chunk.length;
    };
    response.on('drain', pump);
    response.on('close', () => closed());
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Pins the image the endless registry serves; returns the errors the audit reports, once the server saw the client hang up. */
async function pinFromEndlessRegistry(): Promise<{ host: string; errors: { line: number; column: number; message: string }[] }> {
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  fs.writeFileSync(path.join(dir, 'Dockerfile'), `FROM ${host}/endless/image:1.0\n`);
  const run = await runBundledCliAsync(['Dockerfile', '--resolve-digests', '--format', 'json', '--no-cache'], { cwd: dir, env: { DOCKER_CONFIG: dir }, timeoutMs: 60_000 });
  expect(run.signal).toBeNull();
  expect(run.code).toBe(2);
  // The client hung up: the server saw its connection close, after little more than the limit.
  await connectionClosed;
  expect(sent).toBeLessThan(64 * 1024 * 1024);
  return { host, errors: (JSON.parse(run.stdout) as { errors: { line: number; column: number; message: string }[] }).errors };
}

describe('registry answers are read with a byte limit', () => {
  it('a manifest streamed without end is cut off at 4 MiB with a clear error', async () => {
    const { host, errors } = await pinFromEndlessRegistry();
    expect(errors).toEqual([
      { file: 'Dockerfile', line: 1, column: 6, message: `cannot pin ${host}/endless/image:1.0: the manifest of ${host}/endless/image:1.0 from registry ${host} went on past the 4.0 MiB limit; stopped reading it` },
    ]);
  });

  it('so is a token answer streamed without end, at 1 MiB', async () => {
    challenge = true;
    const { host, errors } = await pinFromEndlessRegistry();
    expect(errors.map((error) => error.message)).toEqual([
      `cannot pin ${host}/endless/image:1.0: the answer of the token service of ${host} (http://${host}) went on past the 1.0 MiB limit; stopped reading it`,
    ]);
  });
});
