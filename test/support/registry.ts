import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { requirePrograms } from './requirements.js';
import { tempDir } from './temp.js';

const run = promisify(execFile);

/**
 * Real registry instances for tests: Debian's `docker-registry` (the CNCF distribution registry)
 * on a free loopback port with a temporary storage directory, optionally behind htpasswd or token
 * authentication. Images are pushed with `skopeo` from OCI layouts the tests write themselves.
 */

/** Why the registry tests skip (the programs they run are missing); required in CI. */
export function requireRegistry(): string | undefined {
  return requirePrograms('a registry', ['docker-registry', 'skopeo', 'htpasswd', 'openssl'], '.ci/setup/registry.sh');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type RegistryAuth =
  | { kind: 'none' }
  | { kind: 'htpasswd'; username: string; password: string }
  | { kind: 'token'; tokenServer: TokenServer };

export interface RunningRegistry {
  /** `127.0.0.1:PORT`, the registry part of image references. */
  host: string;
  storageDir: string;
  stop(): Promise<void>;
}

/** Starts a registry and waits until `/v2/` answers. Several may share one storage directory. */
export async function startRegistry(options: { storageDir?: string; auth?: RegistryAuth } = {}): Promise<RunningRegistry> {
  const workDir = tempDir('registry');
  const storageDir = options.storageDir ?? path.join(workDir, 'storage');
  fs.mkdirSync(storageDir, { recursive: true });
  const port = await freePort();
  const auth = options.auth ?? { kind: 'none' };
  const config: Record<string, unknown> = {
    version: 0.1,
    log: { level: 'warn', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: storageDir }, maintenance: { uploadpurging: { enabled: false } } },
    http: { addr: `127.0.0.1:${port}`, secret: randomUUID() },
  };
  if (auth.kind === 'htpasswd') {
    const htpasswdFile = path.join(workDir, 'htpasswd');
    const { stdout } = await run('htpasswd', ['-Bbn', auth.username, auth.password]);
    fs.writeFileSync(htpasswdFile, stdout);
    config.auth = { htpasswd: { realm: 'repro-audit-test', path: htpasswdFile } };
  } else if (auth.kind === 'token') {
    config.auth = {
      token: {
        realm: auth.tokenServer.realm,
        service: auth.tokenServer.service,
        issuer: auth.tokenServer.issuer,
        rootcertbundle: auth.tokenServer.certificateFile,
      },
    };
  }
  const configFile = path.join(workDir, 'config.yml');
  fs.writeFileSync(configFile, stringify(config));

  const child = spawn('docker-registry', ['serve', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const host = `127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`http://${host}/v2/`, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    host,
    storageDir,
    stop: () => stopProcess(child),
  };
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`docker-registry did not answer on ${url}:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** `skopeo copy` from an OCI layout to a registry; `all` keeps a whole index. */
export async function pushImage(layoutDir: string, tag: string, destination: string): Promise<void> {
  await run('skopeo', ['copy', '--all', '--quiet', '--dest-tls-verify=false', `oci:${layoutDir}:${tag}`, `docker://${destination}`]);
}

/** sha256 of the exact manifest bytes skopeo reads for a reference: the digest a pin must carry. */
export async function skopeoDigest(reference: string): Promise<string> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`], {
    encoding: 'buffer',
  });
  return `sha256:${createHash('sha256').update(stdout).digest('hex')}`;
}

/** `skopeo inspect --raw` of a reference, parsed. */
export async function skopeoRawManifest(reference: string): Promise<{ manifests?: { digest: string; platform?: { architecture: string } }[] }> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${reference}`]);
  return JSON.parse(stdout);
}

/**
 * A token service for the registry's `auth: token` mode: signs JWTs with a throwaway key whose
 * self-signed certificate is the registry's root bundle, granting what was asked to anyone, and
 * counts the requests so tests can see the bearer flow happened.
 */
export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certificateFile: string;
  requests: { scope: string | null; service: string | null; authorization?: string }[];
  stop(): Promise<void>;
}

/** With `requireCredentials`, a token is only issued to a request with those Basic credentials. */
export async function startTokenServer(options: { requireCredentials?: { username: string; password: string } } = {}): Promise<TokenServer> {
  const dir = tempDir('token');
  const keyFile = path.join(dir, 'key.pem');
  const certificateFile = path.join(dir, 'cert.pem');
  await run('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certificateFile,
    '-days', '2', '-subj', '/CN=repro-audit-test-token',
  ]);
  const { createPrivateKey, sign, X509Certificate } = await import('node:crypto');
  const key = createPrivateKey(fs.readFileSync(keyFile));
  const certificateDer = new X509Certificate(fs.readFileSync(certificateFile)).raw.toString('base64');
  const issuer = 'repro-audit-test-issuer';
  const service = 'repro-audit-test-registry';
  const requests: TokenServer['requests'] = [];

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const scope = url.searchParams.get('scope');
    requests.push({ scope, service: url.searchParams.get('service'), authorization: request.headers.authorization });
    const required = options.requireCredentials;
    if (required && request.headers.authorization !== `Basic ${Buffer.from(`${required.username}:${required.password}`).toString('base64')}`) {
      response.writeHead(401, { 'Content-Type': 'application/json' });
      response.end('{"details":"incorrect username or password"}');
      return;
    }
    const now = Math.floor(Date.now() / 1000);
    const access = (scope ?? '').split(' ').filter(Boolean).map((item) => {
      const [type, ...rest] = item.split(':');
      const actions = rest.pop()!.split(',');
      return { type, name: rest.join(':'), actions };
    });
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const signingInput = `${encode({ alg: 'RS256', typ: 'JWT', x5c: [certificateDer] })}.${encode({
      iss: issuer, sub: '', aud: url.searchParams.get('service'), exp: now + 600, nbf: now - 60, iat: now, jti: randomUUID(), access,
    })}`;
    const token = `${signingInput}.${sign('sha256', Buffer.from(signingInput), key).toString('base64url')}`;
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({ token, expires_in: 600 }));
  });
  const port = await listen(server);
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certificateFile,
    requests,
    stop: () => closeServer(server),
  };
}

/**
 * A misbehaving registry in front of a real one, for what the real one never does: answer 429
 * first, drop `Docker-Content-Digest`, serve a broken manifest. `behave` returns a canned answer or
 * undefined to proxy the request unchanged (minus the headers listed in `stripHeaders`).
 */
export interface FaultyProxy {
  host: string;
  requests: { method: string; url: string }[];
  stop(): Promise<void>;
}

export async function startFaultyProxy(
  upstreamHost: string,
  behave: (request: { method: string; url: string; index: number }) =>
    | { status: number; headers?: Record<string, string>; body?: string }
    | { stripHeaders: string[] }
    | undefined,
): Promise<FaultyProxy> {
  const requests: FaultyProxy['requests'] = [];
  const server = http.createServer(async (request, response) => {
    const entry = { method: request.method ?? 'GET', url: request.url ?? '/' };
    requests.push(entry);
    const behaviour = behave({ ...entry, index: requests.length - 1 });
    if (behaviour && 'status' in behaviour) {
      response.writeHead(behaviour.status, behaviour.headers);
      response.end(behaviour.body);
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers.set(name, value);
    }
    const upstream = await fetch(`http://${upstreamHost}${entry.url}`, { method: entry.method, headers });
    const body = Buffer.from(await upstream.arrayBuffer());
    const outHeaders: Record<string, string> = {};
    upstream.headers.forEach((value, name) => {
      if (!['content-encoding', 'transfer-encoding', 'connection'].includes(name)) outHeaders[name] = value;
    });
    for (const name of behaviour?.stripHeaders ?? []) delete outHeaders[name.toLowerCase()];
    response.writeHead(upstream.status, outHeaders);
    response.end(entry.method === 'HEAD' ? undefined : body);
  });
  const port = await listen(server);
  return { host: `127.0.0.1:${port}`, requests, stop: () => closeServer(server) };
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
  });
}

function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
