#!/usr/bin/env node
// Overhead of `repro-audit rebuild` beyond the two legs' own `buildah build` commands, measured side
// by side in the same run: base-image loading, context copies, image export, indexing and diffing,
// cleanup. On the deterministic Dockerfile of the acceptance tests (Debian + gcc base, built
// locally like the tests do), with --vary cpu,time: both legs under QEMU.
//   node scripts/bench-rebuild.mjs [--vary cpu,time] [--base debian,busybox] [--runs 2]
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { values } = parseArgs({ options: { vary: { type: 'string', default: 'cpu,time' }, runs: { type: 'string', default: '2' }, base: { type: 'string', default: 'debian,busybox' } } });

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
  console.log(`rebuild --vary ${values.vary} of the deterministic Dockerfile, ${values.runs} run(s) per base image, ${os.availableParallelism()} cores`);
  console.log('| base image | run | buildah build, both legs | base images + helpers | export | compare | cleanup | other | total | overhead / builds |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const kind of values.base.split(',')) {
    const base = kind === 'busybox' ? await ensureBusyboxImage(docker) : await ensureDebianGccImage(docker);
    const context = path.join(work, `context-${kind}`);
    fs.mkdirSync(context);
    // The acceptance tests' deterministic Dockerfile; on busybox (no compiler) the same shape with sort and wc.
    const compile = kind === 'busybox' ? 'RUN mkdir -p /usr/local/share && sort /src/hello.c > /usr/local/share/sorted.c' : 'RUN gcc -O2 -o /usr/local/bin/hello /src/hello.c';
    const execute = kind === 'busybox' ? 'RUN wc -l /usr/local/share/sorted.c > /lines.out' : 'RUN /usr/local/bin/hello > /hello.out';
    fs.writeFileSync(path.join(context, 'Dockerfile'), `FROM ${base}\nCOPY hello.c /src/hello.c\n${compile}\nRUN echo configured > /etc/x\n${execute}\nCMD ["/bin/sh"]\n`);
    fs.writeFileSync(path.join(context, 'hello.c'), '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n');
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
      console.log(`| ${base} | ${run} | ${seconds(buildMs)} s | ${seconds(prepareMs)} s | ${seconds(exportMs)} s | ${seconds(compareMs)} s | ${seconds(cleanupMs)} s | ${seconds(other)} s | ${seconds(totalMs)} s | ${((overhead / buildMs) * 100).toFixed(0)} % |`);
    }
  }
  console.log('overhead = everything but the two `buildah build` commands, as a share of their time (target: at most 15 %).');
  console.log('"base images + helpers" copies each base image from the Docker Engine into buildah (docker save, buildah pull); export writes');
  console.log('each leg\'s whole image (buildah push); compare indexes both whole images. All three grow with the base image, not with the build.');
  console.log('"other" is mostly the time axis\'s gap: leg b starts at least 1.1 s after leg a\'s build ended.');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
