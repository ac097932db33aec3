import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkCpuBuilderRequirements } from '../../src/harness/cpu/requirements.js';
import { rebuild, type RebuildOptions, type RebuildOutcome } from '../../src/harness/rebuild.js';
import type { Progress } from '../../src/harness/run/progress.js';
import type { Axis } from '../../src/harness/variation/axes.js';
import type { DockerAvailability } from '../support/docker.js';
import { requireComponent } from '../support/requirements.js';
import { tempDir } from '../support/temp.js';

/**
 * Writes a context directory with the given files (Dockerfile included) under a temp dir, removed
 * when the test (or, written in `beforeAll`, the test file) finishes.
 */
export function makeContext(files: Record<string, string | { content: string | Buffer; mode: number }>): string {
  const dir = tempDir('test-ctx');
  for (const [name, file] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    const { content, mode } = typeof file === 'string' ? { content: file, mode: 0o644 } : file;
    fs.writeFileSync(path.join(dir, name), content, { mode });
    fs.chmodSync(path.join(dir, name), mode);
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

/** The skip reason of tests that run the CPU legs: they need the Docker Engine, and buildah + QEMU. */
export async function requireCpuBuilder(docker: DockerAvailability): Promise<string | undefined> {
  return docker.missing ?? requireComponent('the CPU builder (buildah + QEMU)', await cpuBuilderMissing());
}

async function cpuBuilderMissing(): Promise<string | undefined> {
  const { problems } = await checkCpuBuilderRequirements();
  return problems.length > 0 ? problems.join('; ') : undefined;
}

/**
 * A static x86-64 program that executes AVX2 instructions (vpbroadcastd, vpaddd on ymm registers,
 * out of the optimiser's reach) and prints a number: dies with SIGILL on a CPU without AVX2.
 */
export const AVX2_ONLY_SOURCE = `#include <stdio.h>
int main(int argc, char **argv) {
  int out[8];
  (void)argv;
  __asm__ volatile("vmovd %1, %%xmm0\\n\\tvpbroadcastd %%xmm0, %%ymm0\\n\\tvpaddd %%ymm0, %%ymm0, %%ymm0\\n\\tvmovdqu %%ymm0, %0\\n\\tvzeroupper"
                   : "=m"(out) : "r"(argc * 21) : "xmm0", "memory");
  printf("%d\\n", out[0]);
  return 0;
}
`;

/** Compiles C source on the host with `gcc -static` (runs in any base image, busybox included). */
export function compileStatic(source: string, flags: readonly string[] = []): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-test-cc-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.c'), source);
    execFileSync('gcc', ['-static', '-O2', ...flags, '-o', path.join(dir, 'main'), path.join(dir, 'main.c')]);
    return fs.readFileSync(path.join(dir, 'main'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Environment for CLI runs in tests: plain progress lines, no colour, and a cache root of the
 * tests' own (the CPU builder's compiled helpers live there), never the user's ~/.cache.
 */
export function cliEnv(): NodeJS.ProcessEnv {
  return { CI: 'true', NO_COLOR: '1', XDG_CACHE_HOME: path.join(os.tmpdir(), 'repro-audit-test-cache'), REPRO_AUDIT_CACHE_DIR: undefined };
}

export interface ReportedFinding {
  ruleId: string;
  message: string;
  region: { startLine: number };
  properties?: Record<string, unknown>;
}

/** The findings of a `--format json` report. */
export function jsonFindings(stdout: string): ReportedFinding[] {
  return (JSON.parse(stdout) as { findings: ReportedFinding[] }).findings;
}

/** A loop gcc vectorises with whatever the CPU offers: -march=native output differs between CPUs with and without AVX. */
export const SUM_OF_SQUARES = `#include <stdio.h>
int main(void) {
  double values[256], sum = 0;
  for (int i = 0; i < 256; i++) values[i] = i * 1.5;
  for (int i = 0; i < 256; i++) sum += values[i] * values[i];
  printf("%f\\n", sum);
  return 0;
}
`;
