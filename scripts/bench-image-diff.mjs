// Benchmark of the rebuild harness's image diff against its floor and against diffoscope.
//
// Generates (deterministically, in a temp dir) two `docker save` archives of about 1 GB each: a
// shared base layer and an app layer of many files, where the second image differs in a few files
// (a dated file, two changed blobs, one file added, one removed, one mode, some mtimes). Then
// times, on the same two archives:
//   floor       `sha256sum` of each archive, the two side by side (reads and hashes every byte once)
//   repro-audit compareImageArchives() in this process, i.e. index both, diff, re-read the
//               differing files, attribute (the code is bundled with esbuild first; not timed)
//   diffoscope  `diffoscope a.tar b.tar`, bounded by a timeout (Debian package `diffoscope`).
//               It pairs archive members by name, and docker save names layers by digest, so on
//               the archives it only sees renamed members; it is therefore also timed on the two
//               differing app layers themselves (the work it would have to do to find what we find).
// Usage: node scripts/bench-image-diff.mjs [--size-mb 1024] [--diffoscope-timeout 180] [--keep]
import { spawn } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import tar from 'tar-stream';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const sizeMb = option('--size-mb', 1024);
const diffoscopeTimeout = option('--diffoscope-timeout', 180);
const keep = process.argv.includes('--keep');
const MTIME = new Date(1_700_000_000_000);

/** Deterministic pseudo-random bytes: AES-CTR of zeros under a key derived from `seed`. */
function bytes(seed, length) {
  const key = createHash('sha256').update(seed).digest().subarray(0, 16);
  return createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(length));
}

/** Writes a tar of `entries` (content: a Buffer, or a Readable of `header.size` bytes). */
async function writeTar(file, entries) {
  const pack = tar.pack();
  const done = pipeline(pack, createWriteStream(file));
  for (const { header, content } of entries) {
    const full = { mtime: MTIME, mode: 0o644, ...header };
    if (content instanceof Readable) await pipeline(content, pack.entry(full));
    else await new Promise((resolve, reject) => pack.entry(full, content, (error) => (error ? reject(error) : resolve())));
  }
  pack.finalize();
  await done;
}

/** Files of 1–128 KiB totalling about `megabytes`; variant `b` of the app layer differs a little. */
function* layerEntries(name, megabytes, variant) {
  const target = megabytes * 1024 * 1024;
  for (let i = 0, total = 0; total < target; i++) {
    const size = 1024 * (1 + ((i * 7919) % 128));
    total += size;
    const changes = variant === 'b' && name === 'app';
    if (changes && i === 11) continue;
    const seed = `${name}/${i}${changes && (i === 3 || i === 5000) ? '/changed' : ''}`;
    const mode = changes && i === 7 ? 0o755 : 0o644;
    const mtime = changes && i % 1000 === 1 ? new Date(MTIME.getTime() + 60_000) : MTIME;
    yield { header: { name: `${name}/d${i % 97}/f${i}.bin`, size, mode, mtime }, content: bytes(seed, size) };
  }
  if (name === 'app') {
    const date = Buffer.from(variant === 'a' ? 'Mon Nov 24 18:48:12 UTC 2025\n' : 'Tue Nov 25 09:01:55 UTC 2025\n');
    yield { header: { name: 'app/built-at', size: date.length }, content: date };
    if (variant === 'b') yield { header: { name: 'app/added-in-b', size: 5 }, content: Buffer.from('new!\n') };
  }
}

async function sha256File(file) {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

async function writeDockerArchive(file, layerFiles, createdBy) {
  const diffIds = [];
  for (const layer of layerFiles) diffIds.push(`sha256:${await sha256File(layer)}`);
  const config = Buffer.from(JSON.stringify({
    architecture: 'amd64', os: 'linux', created: '2025-01-01T00:00:00Z', config: { Cmd: ['/app/run'] },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: createdBy.map((line) => ({ created: '2025-01-01T00:00:00Z', created_by: line })),
  }));
  const configName = `${createHash('sha256').update(config).digest('hex')}.json`;
  const layerNames = diffIds.map((id) => `${id.slice(7)}/layer.tar`);
  const entries = [];
  for (const [index, layer] of layerFiles.entries()) {
    entries.push({ header: { name: layerNames[index], size: (await fs.stat(layer)).size }, content: createReadStream(layer) });
  }
  entries.push({ header: { name: configName, size: config.length }, content: config });
  const manifest = Buffer.from(JSON.stringify([{ Config: configName, RepoTags: ['bench:latest'], Layers: layerNames }]));
  entries.push({ header: { name: 'manifest.json', size: manifest.length }, content: manifest });
  await writeTar(file, entries);
}

function run(command, args, timeoutSeconds) {
  return new Promise((resolve) => {
    const started = performance.now();
    let child;
    try {
      child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      resolve({ error: String(error) });
      return;
    }
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = timeoutSeconds ? setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000) : undefined;
    child.on('error', (error) => resolve({ error: error.code === 'ENOENT' ? `${command} is not installed` : String(error) }));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      resolve(signal === 'SIGKILL' ? { timedOut: true, seconds } : { code, seconds, stderr });
    });
  });
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'repro-bench-image-diff-'));
try {
  const started = performance.now();
  const baseLayer = path.join(dir, 'base.tar');
  await writeTar(baseLayer, layerEntries('base', Math.round(sizeMb * 0.6), 'a'));
  const archives = {};
  for (const variant of ['a', 'b']) {
    const appLayer = path.join(dir, `app-${variant}.tar`);
    await writeTar(appLayer, layerEntries('app', Math.round(sizeMb * 0.4), variant));
    archives[variant] = path.join(dir, `${variant}.tar`);
    await writeDockerArchive(archives[variant], [baseLayer, appLayer], ['/bin/sh -c #(nop) ADD file:base in / ', 'COPY app /app # buildkit']);
  }
  await fs.rm(baseLayer);
  const sizes = await Promise.all([fs.stat(archives.a), fs.stat(archives.b)]);
  const totalMb = (sizes[0].size + sizes[1].size) / 1024 / 1024;
  console.log(`generated 2 archives, ${totalMb.toFixed(0)} MiB in all, in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);

  const bundle = path.join(dir, 'image-diff.mjs');
  await build({
    absWorkingDir: root, entryPoints: ['src/harness/attribution/index.ts'], outfile: bundle, bundle: true,
    platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const { compareImageArchives } = await import(pathToFileURL(bundle).href);

  // Warm the page cache so every contender reads from memory.
  await run('cat', [archives.a, archives.b]);
  // One sha256sum per archive, side by side, as repro-audit reads the two archives concurrently.
  const floorStarted = performance.now();
  await Promise.all([run('sha256sum', [archives.a]), run('sha256sum', [archives.b])]);
  const floor = { seconds: (performance.now() - floorStarted) / 1000 };
  const ours = performance.now();
  const rssBefore = process.memoryUsage().rss;
  const { findings, diff } = await compareImageArchives(archives.a, archives.b);
  const oursSeconds = (performance.now() - ours) / 1000;
  const rssGrowth = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
  const diffoscope = (a, b) => run('diffoscope', ['--no-progress', '--text', '/dev/null', a, b], diffoscopeTimeout);
  const onArchives = await diffoscope(archives.a, archives.b);
  const onLayers = onArchives.error ? onArchives : await diffoscope(path.join(dir, 'app-a.tar'), path.join(dir, 'app-b.tar'));
  const layersMb = ((await fs.stat(path.join(dir, 'app-a.tar'))).size + (await fs.stat(path.join(dir, 'app-b.tar'))).size) / 1024 / 1024;

  console.log(`repro-audit: ${diff.a.files.size} + ${diff.b.files.size} files indexed, ${diff.paths.length} paths differ, ${findings.length} findings, RSS +${rssGrowth.toFixed(0)} MiB`);
  const line = (name, result, megabytes) => {
    let shown;
    if (result.error) shown = `not run: ${result.error} (install with .ci/setup/diffoscope.sh)`;
    else if (result.timedOut) shown = `> ${diffoscopeTimeout} s (stopped at the timeout)`;
    else shown = `${result.seconds.toFixed(2)} s  ${(megabytes / result.seconds).toFixed(0)} MiB/s  ${(result.seconds / floor.seconds).toFixed(2)}x floor`;
    console.log(`${name.padEnd(40)} ${shown}`);
  };
  line(`sha256sum, floor (${totalMb.toFixed(0)} MiB)`, floor, totalMb);
  line(`repro-audit, in-process (${totalMb.toFixed(0)} MiB)`, { seconds: oursSeconds }, totalMb);
  line(`diffoscope, archives (${totalMb.toFixed(0)} MiB)`, onArchives, totalMb);
  line(`diffoscope, app layers only (${layersMb.toFixed(0)} MiB)`, onLayers, layersMb);
  if (!onLayers.error) {
    const bound = onLayers.timedOut ? 'more than ' : '';
    const seconds = onLayers.timedOut ? diffoscopeTimeout : onLayers.seconds;
    console.log(`diffoscope on the differing layers alone takes ${bound}${(seconds / oursSeconds).toFixed(1)}x repro-audit's time on the whole archives`);
  }
} finally {
  if (!keep) await fs.rm(dir, { recursive: true, force: true });
}
