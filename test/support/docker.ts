import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { requireComponent } from './requirements.js';

/**
 * A Docker Engine for integration tests: the one already answering on the socket, or a dockerd
 * started here (overlay2 works on the CI kernel). Required in CI (see `requireComponent`).
 */
export interface DockerAvailability {
  docker?: Docker;
  /** Why there is no engine: the reason to skip its tests. */
  missing?: string;
}

const SOCKET = '/var/run/docker.sock';
let pending: Promise<DockerAvailability> | undefined;

export function ensureDocker(): Promise<DockerAvailability> {
  pending ??= start().then(({ docker, missing }) => ({ docker, missing: requireComponent('Docker Engine', missing) }));
  return pending;
}

async function start(): Promise<DockerAvailability> {
  const docker = new Docker({ socketPath: SOCKET });
  if (await answers(docker)) return { docker };
  const dockerd = ['/usr/sbin/dockerd', '/usr/bin/dockerd'].find((candidate) => fs.existsSync(candidate));
  if (!dockerd) return { missing: 'dockerd is not installed (run .ci/setup/docker.sh)' };
  if (process.getuid?.() !== 0) return { missing: 'dockerd is not running and starting it needs root' };
  const logFile = path.join(os.tmpdir(), `repro-audit-test-dockerd-${process.pid}.log`);
  const log = fs.openSync(logFile, 'a');
  // Detached and unref'd: the daemon outlives this test file and serves the next ones.
  const child = spawn(dockerd, ['--storage-driver=overlay2'], { detached: true, stdio: ['ignore', log, log] });
  child.unref();
  for (let attempt = 0; attempt < 120; attempt++) {
    if (await answers(docker)) return { docker };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return { missing: `dockerd did not answer on ${SOCKET} within 60 s; see ${logFile}` };
}

async function answers(docker: Docker): Promise<boolean> {
  try {
    await docker.ping();
    return true;
  } catch {
    return false;
  }
}
