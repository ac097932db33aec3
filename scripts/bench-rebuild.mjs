#!/usr/bin/env node
// Overhead of `repro-audit rebuild` beyond the two builds: context copies, base-image loading,
// probe checks, image export, indexing and diffing, cleanup. Runs a small rebuild against the
// local Docker Engine (base image repro-audit-test/busybox:static, made by the integration tests)
// and prints build time vs total. Usage: node scripts/bench-rebuild.mjs [--vary time] [--runs 3]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { vary: { type: 'string', default: 'time' }, runs: { type: 'string', default: '3' }, base: { type: 'string', default: 'repro-audit-test/busybox:static' } } });

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-bench-'));
try {
  const bundle = path.join(work, 'rebuild.mjs');
  await build({
    entryPoints: [path.join(root, 'src/harness/rebuild.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    absWorkingDir: root,
    logLevel: 'error',
  });
  // Resolve the external packages from the repository's node_modules.
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  const { rebuild } = await import(pathToFileURL(bundle).href);
  const context = path.join(work, 'context');
  fs.mkdirSync(context);
  fs.writeFileSync(path.join(context, 'Dockerfile'), `FROM ${values.base}\nCOPY data.txt /data.txt\nRUN sort /data.txt > /sorted.txt\nRUN date > /built-at\n`);
  fs.writeFileSync(path.join(context, 'data.txt'), Array.from({ length: 2000 }, (_, i) => `line ${(i * 7919) % 2000}`).join('\n'));
  const quiet = { phase() {}, step() {}, note() {}, stop() {} };
  console.log(`rebuild --vary ${values.vary} of a 3-step Dockerfile, ${values.runs} runs`);
  console.log('run  builds(s)  compare(s)  total(s)  overhead');
  for (let run = 1; run <= Number(values.runs); run++) {
    const outcome = await rebuild({
      dockerfile: path.join(context, 'Dockerfile'),
      context,
      axes: values.vary.split(','),
      network: 'none',
      buildArgs: {},
      timeoutMs: 30 * 60_000,
      progress: quiet,
      signal: new AbortController().signal,
    });
    const { buildMs, compareMs, totalMs } = outcome.timings;
    const overhead = ((totalMs - buildMs) / totalMs) * 100;
    console.log(`${String(run).padStart(3)}  ${(buildMs / 1000).toFixed(2).padStart(9)}  ${(compareMs / 1000).toFixed(2).padStart(10)}  ${(totalMs / 1000).toFixed(2).padStart(8)}  ${overhead.toFixed(1).padStart(7)}%`);
  }
  console.log('builds = both legs in the builder (build + image export); overhead = everything else, as a share of total');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
