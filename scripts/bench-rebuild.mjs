#!/usr/bin/env node
// Overhead of `repro-audit rebuild` beyond the two legs' own `buildah build` commands, measured side
// by side in the same run: base-image loading, context copies, image export, indexing and diffing,
// cleanup. On the deterministic Dockerfile of the acceptance tests (Debian + gcc base, built
// locally like the tests do), with --vary cpu,time: both legs under QEMU.
//   node scripts/bench-rebuild.mjs [--vary cpu,time] [--base debian|busybox] [--runs 1]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { vary: { type: 'string', default: 'cpu,time' }, runs: { type: 'string', default: '1' }, base: { type: 'string', default: 'debian' } } });

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-bench-'));
try {
  const bundle = path.join(work, 'rebuild.mjs');
  await build({
    entryPoints: [path.join(root, 'scripts/bench/rebuild-entry.ts')],
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
  const { rebuild, ensureDocker, ensureDebianGccImage, ensureBusyboxImage } = await import(pathToFileURL(bundle).href);
  const { docker, missing } = await ensureDocker();
  if (!docker) throw new Error(`no Docker Engine: ${missing}`);
  const base = values.base === 'busybox' ? await ensureBusyboxImage(docker) : await ensureDebianGccImage(docker);
  const context = path.join(work, 'context');
  fs.mkdirSync(context);
  const compile = values.base === 'busybox' ? 'RUN sort /src/hello.c > /usr/local/share/sorted.c' : 'RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c';
  const execute = values.base === 'busybox' ? 'RUN wc -l /usr/local/share/sorted.c > /lines.out' : 'RUN /usr/local/bin/hello > /hello.out';
  fs.writeFileSync(path.join(context, 'Dockerfile'), `FROM ${base}\nCOPY hello.c /src/hello.c\n${compile}\nRUN echo configured > /etc/x\n${execute}\nCMD ["/bin/sh"]\n`);
  fs.writeFileSync(path.join(context, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n');
  // A cache root of the benchmark's own: the first run compiles the CPU helpers, as a user's first run would.
  const env = { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache'), REPRO_AUDIT_CACHE_DIR: '' };
  const quiet = { phase() {}, step() {}, note() {}, stop() {} };
  const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);
  console.log(`rebuild --vary ${values.vary} of the deterministic Dockerfile on ${base}, ${values.runs} run(s), ${os.availableParallelism()} cores`);
  console.log('| run | buildah build, both legs | base images + helpers | export | compare | cleanup | other | total | overhead / builds |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
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
      env,
    });
    if (!outcome.reproducible) throw new Error(`the deterministic Dockerfile was not reproducible: ${outcome.findings.map((finding) => finding.message).join('\n')}`);
    const { buildMs, prepareMs, exportMs, compareMs, cleanupMs, totalMs } = outcome.timings;
    const other = totalMs - buildMs - prepareMs - exportMs - compareMs - cleanupMs;
    const overhead = totalMs - buildMs;
    console.log(`| ${run} | ${seconds(buildMs)} s | ${seconds(prepareMs)} s | ${seconds(exportMs)} s | ${seconds(compareMs)} s | ${seconds(cleanupMs)} s | ${seconds(other)} s | ${seconds(totalMs)} s | ${((overhead / buildMs) * 100).toFixed(0)} % |`);
  }
  console.log('overhead = everything but the two `buildah build` commands, as a share of their time (target: at most 15 %)');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
