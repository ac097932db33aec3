import Docker from 'dockerode';
import { EnvironmentError } from '../errors.js';

/**
 * Connects to the Docker Engine the way the docker CLI does: `DOCKER_HOST` (unix://, tcp:// with
 * TLS from DOCKER_TLS_VERIFY/DOCKER_CERT_PATH, ssh:// through the ssh agent in SSH_AUTH_SOCK), else
 * the local socket. docker-modem implements those rules; this adds an answer check and messages
 * that say which endpoint failed and how to fix it.
 */
export async function connectDocker(env: NodeJS.ProcessEnv = process.env): Promise<{ docker: Docker; endpoint: string; version: string }> {
  const endpoint = env.DOCKER_HOST || 'unix:///var/run/docker.sock';
  let docker: Docker;
  try {
    docker = withEnv(env, () => new Docker());
  } catch (error) {
    throw new EnvironmentError(`cannot use DOCKER_HOST=${endpoint}: ${(error as Error).message}`);
  }
  try {
    const version = await docker.version();
    return { docker, endpoint, version: version.Version };
  } catch (error) {
    throw new EnvironmentError(
      `the Docker Engine at ${endpoint} does not answer (${(error as Error).message}); start dockerd or set DOCKER_HOST`,
    );
  }
}

/** docker-modem reads `process.env` when constructed; let callers pass another environment. */
function withEnv<T>(env: NodeJS.ProcessEnv, make: () => T): T {
  if (env === process.env) return make();
  const keys = ['DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'SSH_AUTH_SOCK'];
  const saved = keys.map((key) => [key, process.env[key]] as const);
  try {
    for (const key of keys) {
      if (env[key] === undefined) delete process.env[key];
      else process.env[key] = env[key];
    }
    return make();
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
