import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { describeReadProblem, readRegularFile } from '../safe-fs/index.js';
import { RegistryError } from './errors.js';

/** What `docker login` stored for a registry. */
export interface RegistryCredentials {
  username?: string;
  password?: string;
  /** An OAuth2 refresh token (credential helpers answer Username `<token>` for these). */
  identityToken?: string;
}

/** Looks up the credentials for a registry host (`docker.io`, `ghcr.io`, `localhost:5000`). */
export type CredentialsLookup = (registry: string) => Promise<RegistryCredentials | undefined>;

/** Docker keeps Docker Hub's credentials under its v1 index URL. */
const dockerHubKey = 'https://index.docker.io/v1/';
const dockerHubAliases = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export interface DockerConfigOptions {
  /** Directory of `config.json`; defaults to `$DOCKER_CONFIG`, then `~/.docker`. */
  configDir?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Reads credentials the way the docker CLI does: `credHelpers[registry]`, then `credsStore`, then
 * `auths` (base64 `user:password` in `auth`). A missing config file means no credentials; an
 * unreadable or invalid one is an error, because silently going anonymous hides the cause of a 401.
 */
export function dockerConfigCredentials(options: DockerConfigOptions = {}): CredentialsLookup {
  const env = options.env ?? process.env;
  const configDir = options.configDir ?? env.DOCKER_CONFIG ?? path.join(os.homedir(), '.docker');
  const configPath = path.join(configDir, 'config.json');
  let config: Promise<DockerConfigFile | undefined> | undefined;

  return async (registry) => {
    config ??= readDockerConfig(configPath);
    const file = await config;
    if (!file) return undefined;
    const serverKey = dockerHubAliases.has(registry) ? dockerHubKey : registry;

    const helper = findByHost(file.credHelpers ?? {}, registry) ?? file.credsStore;
    if (helper) {
      const fromHelper = await runCredentialHelper(helper, serverKey, env);
      if (fromHelper) return fromHelper;
    }
    const entry = findByHost(file.auths ?? {}, registry);
    return entry ? decodeAuthEntry(entry, registry, configPath) : undefined;
  };
}

/** A docker config holds a few credentials; the bound only stops a link to a device. */
const MAX_DOCKER_CONFIG_BYTES = 16 * 1024 * 1024;

async function readDockerConfig(configPath: string): Promise<DockerConfigFile | undefined> {
  const read = readRegularFile(configPath, MAX_DOCKER_CONFIG_BYTES);
  if ('problem' in read) {
    if (read.problem.kind === 'missing') return undefined;
    throw new RegistryError('credentials', `cannot read ${configPath}: ${describeReadProblem(read.problem)}`);
  }
  const text = read.bytes.toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
    return parsed as DockerConfigFile;
  } catch (error) {
    throw new RegistryError('credentials', `${configPath} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Keys may be bare hosts or URLs (`https://ghcr.io`, `https://index.docker.io/v1/`). */
function findByHost<T>(entries: Record<string, T>, registry: string): T | undefined {
  const wanted = dockerHubAliases.has(registry) ? 'docker.io' : registry;
  for (const [key, value] of Object.entries(entries)) {
    const host = key.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
    const normalised = dockerHubAliases.has(host) ? 'docker.io' : host;
    if (normalised === wanted) return value;
  }
  return undefined;
}

function decodeAuthEntry(
  entry: NonNullable<DockerConfigFile['auths']>[string],
  registry: string,
  configPath: string,
): RegistryCredentials | undefined {
  if (entry.identitytoken) return { identityToken: entry.identitytoken };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) {
      throw new RegistryError('credentials', `the \`auth\` of ${registry} in ${configPath} is not base64 of user:password`);
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  return undefined;
}

/** Runs `docker-credential-<helper> get` with the server URL on stdin (the helper protocol). */
function runCredentialHelper(
  helper: string,
  serverUrl: string,
  env: NodeJS.ProcessEnv,
): Promise<RegistryCredentials | undefined> {
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = execFile(program, ['get'], { env, timeout: 30_000, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') {
          reject(new RegistryError('credentials', `credential helper ${program} is configured but not installed (not on PATH)`));
          return;
        }
        // Helpers exit 1 with "credentials not found in native keychain" when nothing is stored.
        if (/not found/i.test(`${stdout}${stderr}`)) {
          resolve(undefined);
          return;
        }
        reject(new RegistryError('credentials', `credential helper ${program} failed: ${(stderr || stdout || error.message).trim()}`));
        return;
      }
      try {
        const answer = JSON.parse(stdout) as { Username?: string; Secret?: string };
        if (!answer.Secret) return resolve(undefined);
        resolve(answer.Username === '<token>' ? { identityToken: answer.Secret } : { username: answer.Username, password: answer.Secret });
      } catch {
        reject(new RegistryError('credentials', `credential helper ${program} printed something that is not JSON`));
      }
    });
    child.stdin?.end(serverUrl);
  });
}
