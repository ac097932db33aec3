#!/usr/bin/env node
// Overhead of `repro-audit rebuild` beyond the two legs' own `buildah build` commands, measured side
// by side in the same run: base-image loading, context copies, image export, indexing and diffing,
// cleanup. On the deterministic Dockerfile of the acceptance tests (Debian + gcc base, built
// locally like the tests do), with --vary cpu,time: both legs under QEMU. Per base image: a first
// run on an empty cache (the base image is imported into it), warm runs (built on the stored
// copy), and runs with --no-cache (imported into the run's own storage, kept nowhere).
//   node scripts/bench-rebuild.mjs [--vary cpu,time] [--base debian,busybox] [--runs 3] [--no-cache-runs 1]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({
  options: {
    vary: { type: 'string', default: 'cpu,time' },
    runs: { type: 'string', default: '3' },
    'no-cache-runs': { type: 'string', default: '1' },
    base: { type: 'string', default: 'debian,busybox' },
  },
});

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
  // A cache root of the benchmark's own: the first run compiles the CPU helpers, as a user's first run would.
  const env = { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache'), REPRO_AUDIT_CACHE_DIR: '' };
  const { docker, missing } = await ensureDocker();
  if (!docker) throw new Error(`no Docker Engine: ${missing}`);
  const quiet = { phase() {}, step() {}, note() {}, stop() {} };
  const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);
  const percent = (share) => `${(share * 100).toFixed(0)} %`;
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const warmShares = {};
  console.log(`rebuild --vary ${values.vary} of the deterministic Dockerfile, ${values.runs} run(s) per base image (the first on an empty cache) and ${values['no-cache-runs']} with --no-cache, ${os.availableParallelism()} cores, load ${os.loadavg()[0].toFixed(1)}`);
  console.log('| base image | cache | buildah build, both legs | base images + helpers | export | compare | time axis gap | cleanup | other | total | overhead / builds |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const kind of values.base.split(',')) {
    const base = kind === 'busybox' ? await ensureBusyboxImage(docker) : await ensureDebianGccImage(docker);
    const context = path.join(work, `context-${kind}`);
    fs.mkdirSync(context);
    // The acceptance tests' deterministic Dockerfile; on busybox (no compiler) the same shape with sort and wc.
    const compile = kind === 'busybox' ? 'RUN mkdir -p /usr/local/share && sort /src/hello.c > /usr/local/share/sorted.c' : 'RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c';
    const execute = kind === 'busybox' ? 'RUN wc -l /usr/local/share/sorted.c > /lines.out' : 'RUN /usr/local/bin/hello > /hello.out';
    fs.writeFileSync(path.join(context, 'Dockerfile'), `FROM ${base}\nCOPY hello.c /src/hello.c\n${compile}\nRUN echo configured > /etc/x\n${execute}\nCMD ["/bin/sh"]\n`);
    fs.writeFileSync(path.join(context, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n');
    const modes = [...Array.from({ length: Number(values.runs) }, (_, run) => (run === 0 ? 'empty' : 'warm')), ...Array.from({ length: Number(values['no-cache-runs']) }, () => 'off')];
    for (const mode of modes) {
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
        ...(mode === 'off' ? { imageCache: false } : {}),
      });
      if (!outcome.reproducible) throw new Error(`the deterministic Dockerfile was not reproducible: ${outcome.findings.map((finding) => finding.message).join('\n')}`);
      const { buildMs, prepareMs, exportMs, compareMs, cleanupMs, totalMs, clockWaitMs: gapMs } = outcome.timings;
      const other = totalMs - buildMs - prepareMs - exportMs - compareMs - gapMs - cleanupMs;
      const share = (totalMs - buildMs) / buildMs;
      if (mode === 'warm') (warmShares[base] ??= []).push(share);
      console.log(`| ${base} | ${mode} | ${seconds(buildMs)} s | ${seconds(prepareMs)} s | ${seconds(exportMs)} s | ${seconds(compareMs)} s | ${seconds(gapMs)} s | ${seconds(cleanupMs)} s | ${seconds(other)} s | ${seconds(totalMs)} s | ${percent(share)} |`);
    }
  }
  for (const [base, shares] of Object.entries(warmShares)) console.log(`${base}: median overhead of the warm runs ${percent(median(shares))} (target: at most 15 %)`);
  console.log('overhead = everything but the two `buildah build` commands, as a share of their time (target: at most 15 %).');
  console.log('cache: "empty" imports the base image into the cache (docker save, buildah pull, its index, all at once), "warm" builds');
  console.log('on the stored copy, "off" (--no-cache) imports it into the run\'s own storage. Export writes only the layers the build');
  console.log('added; compare reads only those (the base layers\' index is known, a deterministic leg b is read from leg a\'s).');
  console.log('"time axis gap": no step of leg b runs before 1.1 s after leg a\'s build ended; leg a\'s export, leg a\'s index and leg b\'s');
  console.log('start (buildah, FROM, ARGs) run meanwhile, and the probe, the first step of each stage, waits for the rest.');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
