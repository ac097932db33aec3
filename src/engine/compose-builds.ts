/**
 * The Dockerfiles Compose files build (`build:` sections) join the audit, each with the build
 * context and args its service gives it: `build: { context: ./api, dockerfile: ../docker/api.Dockerfile,
 * args: { NODE_VERSION: "20" } }` audits `docker/api.Dockerfile` as `docker compose build` runs it,
 * whatever its name, and with the ARGs resolved as Compose passes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { interpolate, loadComposeParser, parseDotEnv } from '../compose/index.js';
import { readRegularFile } from '../safe-fs/index.js';
import type { AuditTarget } from './audit.js';
import type { Discovery } from './files.js';

const MAX_COMPOSE_BYTES = 1024 * 1024;

/** Adds the Dockerfiles the discovered Compose files build to `targets` (and `discovery.files`); says what it cannot audit. */
export async function addComposeBuilds(discovery: Discovery, targets: Map<string, AuditTarget>, cwd: string): Promise<void> {
  const composeFiles = discovery.files.filter((file) => discovery.kinds.get(file) === 'compose');
  if (composeFiles.length === 0) return;
  const { parseCompose } = await loadComposeParser();
  const byPath = new Map(discovery.files.map((file) => [path.resolve(cwd, file), file]));
  for (const file of composeFiles) {
    const absolute = path.resolve(cwd, file);
    const read = readRegularFile(absolute, MAX_COMPOSE_BYTES);
    if ('problem' in read) continue;
    const dir = path.dirname(absolute);
    const envRead = readRegularFile(path.join(dir, '.env'), MAX_COMPOSE_BYTES);
    const environment = 'bytes' in envRead ? parseDotEnv(envRead.bytes.toString('utf8')) : new Map<string, string>();
    const lookup = (name: string) => environment.get(name);
    for (const service of parseCompose(read.bytes.toString('utf8'), file, environment).services) {
      const build = service.build;
      if (!build || build.inline) continue;
      const context = interpolate(build.context, lookup).value;
      const dockerfile = interpolate(build.dockerfile ?? 'Dockerfile', lookup).value;
      // A remote context (a Git URL, a tarball) is fetched by the builder; only local builds are read here.
      if (context === undefined || dockerfile === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(context) || context.startsWith('git@')) continue;
      const contextDir = path.resolve(dir, context);
      const dockerfilePath = path.resolve(contextDir, dockerfile);
      let shown = byPath.get(dockerfilePath);
      if (!shown) {
        // Only a regular file inside the tree searched (or the working directory): a pull request's Compose file may name any path.
        if (!isRegularFile(dockerfilePath) || !isInside(dockerfilePath, discovery.searchRoots.get(file) ?? cwd)) {
          discovery.notices.push(`${file}: service ${service.name} builds ${path.relative(cwd, dockerfilePath) || dockerfilePath}, which is not a file in the searched tree; not audited`);
          continue;
        }
        shown = path.relative(cwd, dockerfilePath) || dockerfilePath;
        byPath.set(dockerfilePath, shown);
        discovery.files.push(shown);
        discovery.kinds.set(shown, 'dockerfile');
      }
      const target = targets.get(shown);
      // The first service that builds a Dockerfile gives it its context and args.
      if (target?.context !== undefined) continue;
      const buildArgs: Record<string, string> = {};
      for (const [name, value] of Object.entries(build.args)) {
        const expanded = interpolate(value, lookup).value;
        if (expanded !== undefined) buildArgs[name] = expanded;
      }
      targets.set(shown, { kind: 'dockerfile', context: contextDir, buildArgs });
    }
  }
}

function isRegularFile(file: string): boolean {
  try {
    return fs.lstatSync(file).isFile();
  } catch {
    return false;
  }
}

function isInside(file: string, root: string): boolean {
  try {
    const relative = path.relative(fs.realpathSync(root), fs.realpathSync(file));
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  } catch {
    return false;
  }
}
