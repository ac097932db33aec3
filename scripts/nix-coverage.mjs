// Prints how much of the corpus the Nix bridge maps to nixpkgs attributes (called by `npm run bench`).
// Usage: node scripts/nix-coverage.mjs [DIR_OF_DOCKERFILES] [--json]
// The TypeScript sources are bundled on the fly with esbuild (a dev dependency) into .tmp/.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? path.resolve(root, '..', 'shared', 'corpus', 'dockerfiles');
const asJson = args.includes('--json');

function walk(directory) {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.isFile() && entry.name !== 'MANIFEST.tsv' ? [full] : [];
  });
}

if (!fs.existsSync(dir)) {
  console.error(`nix-coverage: ${dir} does not exist`);
  process.exit(2);
}

const outfile = path.join(root, '.tmp', 'nix-coverage.mjs');
await build({
  absWorkingDir: root,
  entryPoints: ['src/nix/coverage.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { measureNixCoverage, formatNixCoverage, packageShare, imageShare } = await import(pathToFileURL(outfile).href);

const files = walk(dir)
  .sort()
  .map((file) => ({ file: path.relative(dir, file), text: fs.readFileSync(file, 'utf8') }));
const coverage = measureNixCoverage(files);
if (asJson) {
  const distro = packageShare(coverage, ['apt', 'apk']);
  const images = imageShare(coverage);
  console.log(
    JSON.stringify({
      files: coverage.files,
      aptApk: distro,
      packages: Object.fromEntries(
        [...coverage.packages].map(([manager, e]) => [manager, { installs: e.installs, mapped: e.mapped, notNeeded: e.notNeeded, skipped: e.skipped }]),
      ),
      images: { ...images, byKind: Object.fromEntries(coverage.images) },
      errors: coverage.errors,
      nixify: { linux: coverage.nixify.linux, passing: coverage.nixify.passing, changedFlakes: coverage.nixify.changedFlakes, reasons: Object.fromEntries(coverage.nixify.reasons) },
    }),
  );
} else {
  console.log(formatNixCoverage(coverage));
}
