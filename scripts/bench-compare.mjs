// Benchmark of `repro-audit compare` over N build records of the Debian + gcc image (N = 2, 4, 8):
// the records of one image from N machines (every one but the last identical, the last with one
// file's content changed, so the comparison both groups and attributes). Times the shipped CLI
// (`node dist/cli.js compare ...`, built first), median of --runs, and prints the time per record
// beyond the CLI's own start (`compare --help`, the floor) and its ratio to N = 2's: flat ratios
// mean the work grows linearly with N.
// Usage: node scripts/bench-compare.mjs [--runs 3]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-bench-compare-'));
try {
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const bundle = path.join(work, 'compare.mjs');
  await build({ entryPoints: [path.join(root, 'scripts/bench/compare-entry.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm', packages: 'external', absWorkingDir: root, logLevel: 'error' });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  const { indexImageArchive, manifestText, ensureDocker, ensureDebianGccImage } = await import(pathToFileURL(bundle).href);
  const { docker, missing } = await ensureDocker();
  if (!docker) throw new Error(`no Docker Engine: ${missing}`);
  const image = await ensureDebianGccImage(docker);
  const archive = path.join(work, 'image.tar');
  await pipeline(await docker.getImage(image).get(), fs.createWriteStream(archive));
  const index = await indexImageArchive(archive, { environment: { label: 'bench' } });
  const record = JSON.parse(manifestText(index));
  const machine = (n) => ({ host: `tcp://runner-${n}:2376`, hostName: `runner-${n}`, kernel: '6.8.0', builder: { name: 'docker', version: '20.10.24' }, cpu: { model: 'bench CPU', flags: n % 2 ? ['sse4_2', 'avx', 'avx2', 'avx512f'] : ['sse4_2', 'avx', 'avx2'], source: 'proc-cpuinfo' }, sourceDateEpoch: '1700000000', axesHeld: [], axesVaried: [] });
  const changed = record.files.findIndex((file) => file.type === 'file' && file.sha256);
  const write = (n, differs) => {
    const file = path.join(work, `runner-${n}.json`);
    const files = differs ? record.files.map((entry, at) => (at === changed ? { ...entry, sha256: 'f'.repeat(64) } : entry)) : record.files;
    fs.writeFileSync(file, JSON.stringify({ ...record, files, environment: { label: `runner-${n}`, machine: machine(n) } }));
    return file;
  };
  const sizeMb = (fs.statSync(write(0, false)).size / 1e6).toFixed(1);
  console.log(`Records of ${image}: ${record.files.length.toLocaleString('en')} files, ${sizeMb} MB each; the last of each set differs in one file.\n`);
  const timeCli = (args, okStatus) => {
    const times = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      times.push((performance.now() - started) / 1000);
      if (result.status !== okStatus) throw new Error(`${args.slice(0, 2).join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    }
    return median(times);
  };
  const floor = timeCli(['compare', '--help'], 0);
  console.log(`Floor: the CLI's start (\`compare --help\`), ${(floor * 1000).toFixed(0)} ms.\n`);
  console.log('| records | compare (median) | beyond the floor, per record | per record vs N = 2 |');
  console.log('| --- | --- | --- | --- |');
  let perRecordTwo;
  for (const n of [2, 4, 8]) {
    const files = Array.from({ length: n }, (_, at) => write(at, at === n - 1));
    const seconds = timeCli(['compare', ...files, '--format', 'json'], 1);
    const perRecord = (seconds - floor) / n;
    perRecordTwo ??= perRecord;
    console.log(`| ${n} | ${seconds.toFixed(2)} s | ${(perRecord * 1000).toFixed(0)} ms | ${(perRecord / perRecordTwo).toFixed(2)}x |`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
