// One peer linter over every file, as its own process would run it: load the linter, read each
// file, lint it. Prints a JSON line: files, problems, crashes (dockerfilelint throws on some input).
// usage: node scripts/bench/peer-loop.mjs <dockerfilelint|dockerfile-utils> <list-file>
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [peer, listFile] = process.argv.slice(2);
const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);
const lint =
  peer === 'dockerfilelint'
    ? ((run) => (text) => run('.', text))(require('dockerfilelint').run)
    : peer === 'dockerfile-utils'
      ? ((validate) => (text) => validate(text))(require('dockerfile-utils').validate)
      : undefined;
if (!lint) throw new Error(`unknown peer ${peer}`);
let problems = 0;
let crashes = 0;
for (const file of files) {
  try {
    problems += lint(fs.readFileSync(file, 'utf8')).length;
  } catch {
    crashes++;
  }
}
console.log(JSON.stringify({ files: files.length, problems, crashes }));
