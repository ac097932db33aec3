import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import { freePort } from '../../support/registry.js';

/**
 * A second Docker Engine on this machine, for legs that cross a host boundary: its own data root,
 * exec root (and so its own containerd), pid file and config, listening on a free loopback TCP port,
 * with a bridge of its own and no iptables rules, so it touches nothing of the default engine's.
 * Not `--bridge=none`: a dockerd started so deletes the host's `docker0` interface, which took the
 * default engine's network from every later container on the machine. `stop()` ends it and removes
 * its folders and its bridge.
 */
export interface SecondDockerd {
  url: string;
  docker: Docker;
  stop(): Promise<void>;
}

export async function startSecondDockerd(): Promise<SecondDockerd> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-test-dockerd2-'));
  const port = await freePort();
  // A bridge name of at most 15 characters, unique to this process; its subnet is link-local to it.
  const bridge = `ra2br${process.pid % 100000}`;
  const subnet = `10.254.${process.pid % 250}.1/24`;
  spawnSync('ip', ['link', 'delete', bridge]);
  for (const args of [['link', 'add', bridge, 'type', 'bridge'], ['addr', 'add', subnet, 'dev', bridge], ['link', 'set', bridge, 'up']]) {
    const made = spawnSync('ip', args, { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`ip ${args.join(' ')} failed: ${made.stderr}`);
  }
  fs.writeFileSync(path.join(dir, 'daemon.json'), '{}\n');
  const log = fs.openSync(path.join(dir, 'dockerd.log'), 'a');
  const dockerd = ['/usr/sbin/dockerd', '/usr/bin/dockerd'].find((candidate) => fs.existsSync(candidate)) ?? 'dockerd';
  const child: ChildProcess = spawn(
    dockerd,
    [
      `--config-file=${path.join(dir, 'daemon.json')}`,
      `--data-root=${path.join(dir, 'data')}`,
      `--exec-root=${path.join(dir, 'exec')}`,
      `--pidfile=${path.join(dir, 'dockerd.pid')}`,
      `-H=tcp://127.0.0.1:${port}`,
      `--bridge=${bridge}`,
      '--iptables=false',
      '--ip-masq=false',
      '--userland-proxy=false',
      '--storage-driver=overlay2',
    ],
    { stdio: ['ignore', log, log] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const docker = new Docker({ host: '127.0.0.1', port, protocol: 'http' });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killed);
    }
    fs.closeSync(log);
    // A daemon that died hard can leave its overlay mounts; unmount what lies under our folder only.
    for (const line of fs.readFileSync('/proc/self/mounts', 'utf8').split('\n').reverse()) {
      const target = line.split(' ')[1];
      if (target?.startsWith(`${dir}/`)) spawnSync('umount', ['-l', target]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    spawnSync('ip', ['link', 'delete', bridge]);
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) break;
    if (await docker.ping().then(() => true, () => false)) return { url: `tcp://127.0.0.1:${port}`, docker, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const tail = fs.readFileSync(path.join(dir, 'dockerd.log'), 'utf8').slice(-2000);
  await stop();
  throw new Error(`the second dockerd did not answer on 127.0.0.1:${port}:\n${tail}`);
}

/** `docker save IMAGE | docker -H URL load`: the locally built base image, into the second engine. */
export function loadImageInto(image: string, url: string): void {
  const result = spawnSync('sh', ['-c', 'docker save "$1" | docker -H "$2" load', 'load', image, url], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`docker save ${image} | docker -H ${url} load failed: ${result.stderr}`);
}
