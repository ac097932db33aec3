// `npm run bench`: repro-audit side by side with its peers, printed as ratios. Timings, never
// assertions: the machines are noisy, so every figure is the median of several runs.
//   node scripts/bench.mjs            everything
//   node scripts/bench.mjs static     only the static audit against dockerfilelint and dockerfile-utils
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { rulesEsbuildPlugin } from './rules-module.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'dockerfiles');
const files = fs
  .readFileSync(path.join(corpus, '..', 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => path.join(corpus, line.split('\t')[0].replace(/^dockerfiles\//, '')));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-bench-'));
const listFile = path.join(work, 'files.txt');
fs.writeFileSync(listFile, files.join('\n'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * CPU time (user + system, seconds) of the children this process has waited for, from
 * /proc/self/stat (cutime, cstime). On a machine shared with other work, wall time mostly measures
 * the others; CPU time is what our process itself spent. Undefined where there is no /proc.
 */
const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
function childrenCpuSeconds() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / clockTicks;
  } catch {
    return undefined;
  }
}

/** Median wall time and mean CPU time (ticks are too coarse for a median of short runs) of `runs` runs. */
function timeProcess(args, runs, { okStatus = [0] } = {}) {
  const times = [];
  let last;
  const cpuBefore = childrenCpuSeconds();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    times.push((performance.now() - start) / 1000);
    if (!okStatus.includes(last.status)) throw new Error(`${args.join(' ')} exited ${last.status}: ${last.stderr.slice(0, 500)}`);
  }
  const cpuAfter = childrenCpuSeconds();
  return { seconds: median(times), cpu: cpuBefore === undefined ? undefined : (cpuAfter - cpuBefore) / runs, output: last.stdout };
}
/** Wall time of several processes started together (one per core), median of `runs`. */
async function timeTogether(argLists, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await Promise.all(
      argLists.map(
        (args) =>
          new Promise((resolve, reject) =>
            spawn(process.execPath, args, { cwd: root, stdio: 'ignore' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`)))),
          ),
      ),
    );
    times.push((performance.now() - start) / 1000);
  }
  return median(times);
}
const rate = (seconds) => `${Math.round(files.length / seconds).toLocaleString('en')} files/s`;
const ratio = (ours, theirs) => `${(theirs / ours).toFixed(2)}x`;

async function staticAudit() {
  spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const engine = path.join(work, 'engine.mjs');
  await build({
    entryPoints: [path.join(root, 'scripts/bench/engine-entry.ts')],
    outfile: engine,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [rulesEsbuildPlugin(path.join(root, 'rules'))],
  });
  // Every grammar the bundle ships (the in-process run loads PowerShell's for the corpus's Windows files).
  for (const wasm of fs.readdirSync(path.join(root, 'dist')).filter((file) => file.endsWith('.wasm'))) fs.copyFileSync(path.join(root, 'dist', wasm), path.join(work, wasm));
  // The Dockerfile reader alone, for the floors with our own reader.
  const reader = path.join(work, 'reader.mjs');
  const readerSource = path.join(root, 'src/model/reader/read.ts');
  if (fs.existsSync(readerSource)) await build({ entryPoints: [readerSource], outfile: reader, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  process.env.REPRO_AUDIT_BENCH_READER = reader;

  console.log(`\n## Static audit: ${files.length} real Dockerfiles (../shared/corpus), ${os.availableParallelism()} cores\n`);
  // The CLI exits 2 on the corpus: one file is a template, reported as an error with its line.
  // Cold: --no-cache, every file parsed. Cached: the same run again, results of unchanged files reused.
  const cli = ['dist/cli.js', corpus, '--format', 'json', '--output', path.join(work, 'report.json')];
  const ours = timeProcess([...cli, '--no-cache'], 7, { okStatus: [2] });
  const cacheDir = path.join(work, 'cache');
  timeProcess([...cli, '--cache-dir', cacheDir], 1, { okStatus: [2] });
  const cached = timeProcess([...cli, '--cache-dir', cacheDir], 7, { okStatus: [2] });
  const lintPeer = (peer) => {
    const run = timeProcess(['scripts/bench/peer-loop.mjs', peer, listFile], 7);
    return { ...run, stats: JSON.parse(run.output) };
  };
  const dockerfilelint = lintPeer('dockerfilelint');
  const dockerfileUtils = lintPeer('dockerfile-utils');
  // The floors: what parsing alone costs, before any analysis. Halves of the list, one process per
  // core, show how much a second core can buy when each process must warm up its own JIT.
  const astFloor = lintPeer('dockerfile-ast');
  const parsersFloor = lintPeer('dockerfile-ast+tree-sitter-bash');
  const halves = [files.filter((_, index) => index % 2 === 0), files.filter((_, index) => index % 2 === 1)].map((half, index) => {
    const file = path.join(work, `half-${index}.txt`);
    fs.writeFileSync(file, half.join('\n'));
    return ['scripts/bench/peer-loop.mjs', 'dockerfile-ast+tree-sitter-bash', file];
  });
  const parsersFloorTwoCores = await timeTogether(halves, 7);
  const ourFloors = fs.existsSync(reader) ? { reader: lintPeer('reader'), parsers: lintPeer('reader+tree-sitter-bash') } : undefined;
  const emptyList = path.join(work, 'empty.txt');
  fs.writeFileSync(emptyList, '');
  const emptyModule = path.join(work, 'empty.mjs');
  fs.writeFileSync(emptyModule, '');
  const smallFile = path.join(corpus, 'docker-library__buildpack-deps/ubuntu/plucky/curl/Dockerfile');
  const smallList = path.join(work, 'small.txt');
  fs.writeFileSync(smallList, smallFile);
  // Where one file's time goes: each step adds to the one before. The last floor is what any
  // audit of this file that reads it and parses its RUNs with tree-sitter-bash must pay, with
  // nothing else done: node, an ES module, web-tree-sitter's runtime, the grammar, the first parse
  // (which compiles the grammar's functions it runs).
  const steps = [
    ['node -e 0', ['-e', '0'], [0]],
    ['node running an empty ES module (the ES module loader)', [emptyModule], [0]],
    ['+ the CLI entry (`--version`)', ['dist/cli.js', '--version'], [0]],
    ['+ the lint command (`lint --help`)', ['dist/cli.js', 'lint', '--help'], [0]],
    ['floor: node + the shell grammar loaded, nothing parsed', ['scripts/bench/peer-loop.mjs', 'tree-sitter-bash', emptyList], [0]],
    ["floor: node + our reader + the grammar + this file's RUNs parsed, nothing else", ['scripts/bench/peer-loop.mjs', 'reader+tree-sitter-bash', smallList], [0]],
  ]
    .filter(([, args]) => ourFloors || !args.includes('reader+tree-sitter-bash'))
    .map(([label, args, okStatus]) => ({ label, run: timeProcess(args, 11, { okStatus }) }));
  // Interleaved, so a burst of other work on the machine hits all alike.
  const startup = [];
  const single = [];
  const singleFloor = [];
  for (let i = 0; i < 5; i++) {
    startup.push(timeProcess(['-e', '0'], 5));
    single.push(timeProcess(['dist/cli.js', smallFile, '--format', 'json', '--no-cache'], 5, { okStatus: [0, 1] }));
    if (ourFloors) singleFloor.push(timeProcess(['scripts/bench/peer-loop.mjs', 'reader+tree-sitter-bash', smallList], 5));
  }
  const medians = (runs) => (runs.length === 0 ? undefined : { seconds: median(runs.map((run) => run.seconds)), cpu: median(runs.map((run) => run.cpu)) });
  const nodeBare = medians(startup);
  const singleFile = medians(single);
  const singleFileFloor = medians(singleFloor);
  const cliCrash = spawnSync(process.execPath, [path.join(root, 'node_modules/dockerfilelint/bin/dockerfilelint'), ...files.slice(0, 540)], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(fs.readFileSync(path.join(work, 'report.json'), 'utf8'));

  console.log('| whole process, all files | wall time | throughput | repro-audit is |');
  console.log('| --- | --- | --- | --- |');
  const versus = (seconds) => `${ratio(ours.seconds, seconds)} as fast cold, ${ratio(cached.seconds, seconds)} cached`;
  console.log(`| repro-audit CLI, cold (--no-cache) | ${ours.seconds.toFixed(3)} s | ${rate(ours.seconds)} | |`);
  console.log(`| repro-audit CLI, unchanged files (result cache) | ${cached.seconds.toFixed(3)} s | ${rate(cached.seconds)} | ${ratio(cached.seconds, ours.seconds)} faster than cold |`);
  console.log(`| dockerfilelint, own loop (${dockerfilelint.stats.crashes} crash${dockerfilelint.stats.crashes === 1 ? '' : 'es'} caught) | ${dockerfilelint.seconds.toFixed(3)} s | ${rate(dockerfilelint.seconds)} | ${versus(dockerfilelint.seconds)} |`);
  console.log(`| dockerfile-utils validate, own loop | ${dockerfileUtils.seconds.toFixed(3)} s | ${rate(dockerfileUtils.seconds)} | ${versus(dockerfileUtils.seconds)} |`);
  const floor = (label, seconds) => console.log(`| ${label} | ${seconds.toFixed(3)} s | ${rate(seconds)} | ${ratio(ours.seconds, seconds)} as fast cold |`);
  floor('floor: dockerfile-ast parse only, nothing else', astFloor.seconds);
  floor('floor: dockerfile-ast + tree-sitter-bash on every RUN, nothing else', parsersFloor.seconds);
  floor('floor: the same, two processes on halves of the files (both cores)', parsersFloorTwoCores);
  if (ourFloors) {
    floor("floor: repro-audit's own Dockerfile reader only", ourFloors.reader.seconds);
    floor("floor: repro-audit's reader + tree-sitter-bash on every RUN", ourFloors.parsers.seconds);
  }
  console.log(`\nrepro-audit found ${report.findings.length} findings and ${report.errors.length} file errors; dockerfilelint ${dockerfilelint.stats.problems} problems, dockerfile-utils ${dockerfileUtils.stats.problems} diagnostics.`);
  console.log(`dockerfilelint's own CLI over the same files: exit ${cliCrash.status}${cliCrash.status !== 0 && /Error|TypeError/.test(cliCrash.stderr) ? ` (crashed: ${cliCrash.stderr.split('\n').find((l) => /Error/.test(l))?.trim()})` : ''}.`);

  const ms = (seconds) => (seconds === undefined ? '?' : `${(seconds * 1000).toFixed(0)} ms`);
  const times = (a, b) => (a === undefined || b === undefined ? '?' : `${(a / b).toFixed(2)}x`);
  const met = (ok) => (ok ? 'met' : 'NOT met');
  const corpusRate = files.length / ours.seconds;
  console.log('\n| target (issue 14) | measured | wall time | CPU time (user+sys) |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| one small Dockerfile cold (${path.relative(corpus, smallFile)}, --no-cache) within 1.5x \`node -e 0\` | ${met(singleFile.seconds / nodeBare.seconds <= 1.5)} | ${ms(singleFile.seconds)} vs ${ms(nodeBare.seconds)}: ${times(singleFile.seconds, nodeBare.seconds)} | ${ms(singleFile.cpu)} vs ${ms(nodeBare.cpu)}: ${times(singleFile.cpu, nodeBare.cpu)} |`);
  if (singleFileFloor) {
    console.log(`| (floor of that file: node + reader + tree-sitter-bash parsing its RUNs, nothing else) | ${met(singleFileFloor.seconds / nodeBare.seconds <= 1.5)} | ${ms(singleFileFloor.seconds)}: ${times(singleFileFloor.seconds, nodeBare.seconds)} | ${ms(singleFileFloor.cpu)}: ${times(singleFileFloor.cpu, nodeBare.cpu)} |`);
  }
  console.log(`| corpus cold at 1,000 files/s or more | ${met(corpusRate >= 1000)} | ${rate(ours.seconds)} | ${ours.cpu === undefined ? '?' : `${ms(ours.cpu)} (${rate(ours.cpu)} of CPU)`} |`);
  console.log(`| corpus cold 2x as fast as dockerfile-utils | ${met(dockerfileUtils.seconds / ours.seconds >= 2)} | ${ratio(ours.seconds, dockerfileUtils.seconds)} | ${times(dockerfileUtils.cpu, ours.cpu)} |`);
  console.log(`| corpus cold faster than dockerfilelint | ${met(dockerfilelint.seconds > ours.seconds)} | ${ratio(ours.seconds, dockerfilelint.seconds)} | ${times(dockerfilelint.cpu, ours.cpu)} |`);
  console.log('\n| where one small file goes (median wall, mean CPU) | wall time | CPU time |');
  console.log('| --- | --- | --- |');
  for (const { label, run } of steps) console.log(`| ${label} | ${ms(run.seconds)} | ${ms(run.cpu)} |`);
  console.log(`| the whole audit of ${path.basename(path.dirname(smallFile))}/Dockerfile | ${ms(singleFile.seconds)} | ${ms(singleFile.cpu)} |`);
  if (ourFloors) {
    console.log(`\nCorpus CPU time: repro-audit ${ms(ours.cpu)}; its reader alone ${ms(ourFloors.reader.cpu)}, reader + tree-sitter-bash ${ms(ourFloors.parsers.cpu)}; dockerfile-ast alone ${ms(astFloor.cpu)}, + tree-sitter-bash ${ms(parsersFloor.cpu)}.`);
    console.log(
      `Floors: parsing every RUN of the corpus with tree-sitter-bash costs ${ms(ourFloors.parsers.cpu - ourFloors.reader.cpu)} of CPU on top of reading the files, so no audit that parses its shell with it runs the corpus in less than ${ms(ourFloors.parsers.cpu)} of CPU (${rate(ourFloors.parsers.cpu)}); ` +
        `one small file cannot take less than ${ms(singleFileFloor.seconds)} of wall time and ${ms(singleFileFloor.cpu)} of CPU (${times(singleFileFloor.seconds, nodeBare.seconds)} and ${times(singleFileFloor.cpu, nodeBare.cpu)} \`node -e 0\`): node, the ES module loader, web-tree-sitter, the grammar and its first parse, before any rule runs.`,
    );
  }
  console.log('(Ratios against peers: how many times as fast repro-audit is. CPU time counts every thread of the process, so it is the fairer figure on a busy machine; wall time is what a user waits.)');

  const inProcessRun = spawnSync(process.execPath, ['scripts/bench/in-process.mjs', engine, listFile, '5'], { cwd: root, encoding: 'utf8' });
  if (inProcessRun.status !== 0) {
    console.log(`\n(the in-process benchmark failed: exit ${inProcessRun.status ?? inProcessRun.signal}: ${inProcessRun.stderr.trim().split('\n').slice(-3).join(' / ')})`);
    return;
  }
  const inProcess = JSON.parse(inProcessRun.stdout);
  console.log('\n| in-process, warm, one thread | per corpus pass | throughput | repro-audit is |');
  console.log('| --- | --- | --- | --- |');
  for (const [tool, seconds] of Object.entries(inProcess)) {
    console.log(`| ${tool} | ${(seconds * 1000).toFixed(0)} ms | ${rate(seconds)} | ${tool === 'repro-audit' ? '' : `${ratio(inProcess['repro-audit'], seconds)} as fast`} |`);
  }
}

function runScript(title, script, args = []) {
  if (!fs.existsSync(path.join(root, script))) return;
  console.log(`\n## ${title}\n`);
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) console.log(`(${script} exited ${result.status})`);
}

try {
  await staticAudit();
  if (only !== 'static') {
    runScript('Nix bridge coverage of the corpus', 'scripts/nix-coverage.mjs');
    runScript('Image diff: two ~1 GB images', 'scripts/bench-image-diff.mjs');
    runScript('Rebuild harness overhead', 'scripts/bench-rebuild.mjs');
    runScript('compare: N build records of the Debian + gcc image', 'scripts/bench-compare.mjs');
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
