import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { requireComponent } from './requirements.js';

/** Where .ci/setup/node-releases.sh installs the Node.js releases users run besides the tests' own. */
const RELEASES_DIR = '/opt/repro-audit-ci/node';
const SETUP_SCRIPT = '.ci/setup/node-releases.sh';

export type NodeRelease = { major: number; node: string } | { major: number; missing: string };

/**
 * The `node` binary of release line `major`: the one running the tests when it is that line,
 * otherwise the one .ci/setup/node-releases.sh installed. Missing is a failure in CI (requireComponent).
 */
export function nodeRelease(major: number): NodeRelease {
  if (Number(process.versions.node.split('.')[0]) === major) return { major, node: process.execPath };
  const node = path.join(RELEASES_DIR, String(major), 'bin', 'node');
  const missing = requireComponent(`Node.js ${major}`, fs.existsSync(node) ? undefined : `${node} not installed (run ${SETUP_SCRIPT})`);
  return missing ? { major, missing } : { major, node };
}

/** The Node.js release line GitHub runs the Action on: action.yml's `runs.using` (`node24` → 24). */
export function actionRuntimeMajor(actionYml: string): number {
  const using = (parse(fs.readFileSync(actionYml, 'utf8')) as { runs?: { using?: unknown } }).runs?.using;
  const major = typeof using === 'string' ? /^node(\d+)$/.exec(using)?.[1] : undefined;
  if (major === undefined) throw new Error(`${actionYml}: runs.using is ${JSON.stringify(using)}, not nodeNN`);
  return Number(major);
}
