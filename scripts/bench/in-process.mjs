// Warm, in-process throughput: each tool lints the whole corpus `rounds` times in one process
// after one warm-up round. Prints JSON: { tool: seconds per corpus pass }.
// usage: node scripts/bench/in-process.mjs <engine-bundle.mjs> <list-file> <rounds>
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const [bundle, listFile, roundsText] = process.argv.slice(2);
const rounds = Number(roundsText);
const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const texts = files.map((file) => fs.readFileSync(file, 'utf8'));

const engine = await import(path.resolve(bundle));
const prepared = await engine.prepareAudit({ cwd: process.cwd(), configFile: false });
// The parsers only some files need (YAML, TOML, PowerShell) load here, as the CLI loads them, so
// the timed passes audit every file in full.
await engine.auditFilesOnce(files, (file) => engine.auditFile(file, '/', prepared));
const tools = {
  'repro-audit': () => files.forEach((file) => engine.auditFile(file, '/', prepared)),
  dockerfilelint: () => texts.forEach((text) => { try { require('dockerfilelint').run('.', text); } catch { /* counted by the whole-process run */ } }),
  'dockerfile-utils': () => texts.forEach((text) => require('dockerfile-utils').validate(text)),
};
const result = {};
for (const [name, pass] of Object.entries(tools)) {
  pass();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) pass();
  result[name] = (performance.now() - start) / 1000 / rounds;
}
console.log(JSON.stringify(result));
