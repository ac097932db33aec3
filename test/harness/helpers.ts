import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rebuild, type RebuildOptions, type RebuildOutcome } from '../../src/harness/rebuild.js';
import type { Progress } from '../../src/harness/run/progress.js';
import type { Axis } from '../../src/harness/variation/axes.js';

/** Writes a context directory with the given files (Dockerfile included) under a temp dir. */
export function makeContext(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-test-ctx-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export const silentProgress: Progress = { phase() {}, step() {}, note() {}, stop() {} };

export function runRebuild(context: string, axes: Axis[], overrides: Partial<RebuildOptions> = {}): Promise<RebuildOutcome> {
  return rebuild({
    dockerfile: path.join(context, 'Dockerfile'),
    context,
    axes,
    network: 'none',
    buildArgs: {},
    timeoutMs: 15 * 60_000,
    progress: silentProgress,
    signal: new AbortController().signal,
    ...overrides,
  });
}

/** Paths whose content/type/mode/owner differ (mtime-only changes are the attribution's to judge). */
export function substantiveDifferences(outcome: RebuildOutcome): string[] {
  return (outcome.comparison?.diff.paths ?? [])
    .filter((difference) => difference.change !== 'changed' || difference.aspects.some((aspect) => aspect !== 'mtime'))
    .map((difference) => difference.path);
}

/** Shows why a skip happened, so a skipped suite is never silent. */
export function skipReason(reason: string | undefined): string | undefined {
  if (reason) console.warn(`skipping: ${reason}`);
  return reason;
}
