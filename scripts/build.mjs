// Bundles the CLI and the GitHub Action into dist/ (committed: the Action runs from it).
// `node scripts/build.mjs --check` rebuilds into a temporary directory and fails when dist/ differs.
// `node scripts/build.mjs --outdir DIR` builds into DIR instead (tests run their own copy of the bundle).
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rulesEsbuildPlugin } from './rules-module.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = check
  ? fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-dist-'))
  : outdirFlag > 0
    ? path.resolve(process.argv[outdirFlag + 1])
    : path.join(root, 'dist');

const entryPoints = {
  cli: 'src/cli/main.ts',
  worker: 'src/engine/worker.ts',
  action: 'src/action/main.ts',
};


// Chunk names carry content hashes: start from an empty dist/ so no stale chunk survives.
if (!check) fs.rmSync(outdir, { recursive: true, force: true });

// What cached audit results are keyed by: a digest of everything the bundle is built from.
const buildId = createHash('sha256');
for (const file of ['package.json', ...listFiles(path.join(root, 'src')).map((f) => path.join('src', f)), ...listFiles(path.join(root, 'rules')).map((f) => path.join('rules', f))].sort()) {
  buildId.update(file).update(fs.readFileSync(path.join(root, file)));
}

const present = Object.fromEntries(Object.entries(entryPoints).filter(([, file]) => fs.existsSync(path.join(root, file))));

await build({
  absWorkingDir: root,
  entryPoints: present,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' },
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins, and read
  // __dirname/__filename (ssh2, dockerode's SSH transport, does so as soon as it loads). Each output
  // file defines them for itself under names no bundled module uses; `define` points the CommonJS
  // free variables there, so ESM sources that declare their own __dirname are left alone.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      "import { dirname as __pathDirname } from 'node:path';",
      'const require = __createRequire(import.meta.url);',
      'const __reproAuditFilename = __fileURLToPath(import.meta.url);',
      'const __reproAuditDirname = __pathDirname(__reproAuditFilename);',
    ].join(' '),
  },
  // ssh2 (dockerode's SSH transport) loads optional native add-ons inside try/catch and falls back to
  // JavaScript; bundle the fallback, whether or not this machine happened to compile the add-ons.
  external: ['cpu-features', '*.node'],
  define: { __REPRO_AUDIT_BUILD_ID__: JSON.stringify(buildId.digest('hex').slice(0, 16)), __dirname: '__reproAuditDirname', __filename: '__reproAuditFilename' },
  plugins: [rulesEsbuildPlugin(path.join(root, 'rules'))],
  metafile: false,
});

// The shell (bash, PowerShell), Nix and XML (nixify's pom.xml) grammars are WebAssembly, loaded at run time next to the bundle.
for (const wasm of ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'node_modules/tree-sitter-bash/tree-sitter-bash.wasm', 'node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm', 'node_modules/@cursorless/tree-sitter-wasms/out/tree-sitter-nix.wasm', 'node_modules/@cursorless/tree-sitter-wasms/out/tree-sitter-xml.wasm']) {
  const from = path.join(root, wasm);
  if (fs.existsSync(from)) fs.copyFileSync(from, path.join(outdir, path.basename(wasm)));
}

if (check) {
  const committed = path.join(root, 'dist');
  const differences = compareTrees(outdir, committed);
  fs.rmSync(outdir, { recursive: true, force: true });
  if (differences.length > 0) {
    console.error(`dist/ is not what the build produces from the current sources:\n  ${differences.join('\n  ')}\nRun \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is up to date with the sources.');
}

function listFiles(dir, prefix = '') {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(prefix, entry.name);
    return entry.isDirectory() ? listFiles(path.join(dir, entry.name), rel) : [rel];
  });
}

function executable(file) {
  return (fs.statSync(file).mode & 0o111) !== 0;
}

function compareTrees(built, committed) {
  const a = new Set(listFiles(built));
  const b = new Set(listFiles(committed));
  const differences = [];
  for (const file of a) {
    if (!b.has(file)) differences.push(`missing in dist/: ${file}`);
    else if (!fs.readFileSync(path.join(built, file)).equals(fs.readFileSync(path.join(committed, file)))) differences.push(`differs: ${file}`);
    // dist/cli.js is run directly (the npm bin, the pre-commit hook): its executable bit ships too.
    else if (executable(path.join(built, file)) !== executable(path.join(committed, file))) differences.push(`executable bit differs: ${file}`);
  }
  for (const file of b) if (!a.has(file)) differences.push(`not produced by the build: ${file}`);
  return differences;
}
