// One peer over every file, as its own process would run it: load it, read each file, lint it.
// Prints a JSON line: files, problems, crashes (dockerfilelint throws on some input).
// Besides the two peer linters, two floors: `dockerfile-ast` only parses each file, and
// `dockerfile-ast+tree-sitter-bash` also parses every RUN's text with the shell grammar, with the
// same V8 setting the CLI uses. No auditor built on these parsers can run faster than its floor.
// `reader` and `reader+tree-sitter-bash` are the same floors with repro-audit's own Dockerfile reader
// (bundled by the bench, path in REPRO_AUDIT_BENCH_READER), and `tree-sitter-bash` only loads the
// grammar (give it an empty list: the cost of starting the shell parser).
// usage: node scripts/bench/peer-loop.mjs <dockerfilelint|dockerfile-utils|dockerfile-ast|dockerfile-ast+tree-sitter-bash|reader|reader+tree-sitter-bash|tree-sitter-bash> <list-file>
import fs from 'node:fs';
import { createRequire } from 'node:module';
import v8 from 'node:v8';

const require = createRequire(import.meta.url);
const [peer, listFile] = process.argv.slice(2);
const files = fs.readFileSync(listFile, 'utf8').split('\n').filter(Boolean);

async function shellParser() {
  v8.setFlagsFromString('--liftoff-only');
  const { Parser, Language } = await import('web-tree-sitter');
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(await Language.load(fs.readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'))));
  return parser;
}

async function loadPeer() {
  switch (peer) {
    case 'dockerfilelint':
      return ((run) => (text) => run('.', text))(require('dockerfilelint').run);
    case 'dockerfile-utils':
      return ((validate) => (text) => validate(text))(require('dockerfile-utils').validate);
    case 'dockerfile-ast':
      return ((parse) => (text) => parse(text).getInstructions())(require('dockerfile-ast').DockerfileParser.parse);
    case 'dockerfile-ast+tree-sitter-bash': {
      const { DockerfileParser } = require('dockerfile-ast');
      const parser = await shellParser();
      return (text) => {
        const instructions = DockerfileParser.parse(text).getInstructions();
        for (const instruction of instructions) {
          if (instruction.getKeyword() !== 'RUN') continue;
          const tree = parser.parse(instruction.getRawArgumentsContent() ?? '');
          tree?.delete();
        }
        return instructions;
      };
    }
    case 'tree-sitter-bash': {
      const parser = await shellParser();
      return (text) => [parser.parse(text)?.delete()];
    }
    case 'reader': {
      const { readDockerfile } = await import(process.env.REPRO_AUDIT_BENCH_READER);
      return (text) => readDockerfile(text).instructions;
    }
    case 'reader+tree-sitter-bash': {
      const { readDockerfile } = await import(process.env.REPRO_AUDIT_BENCH_READER);
      const parser = await shellParser();
      return (text) => {
        const { instructions } = readDockerfile(text);
        for (const instruction of instructions) {
          if (instruction.keyword !== 'RUN' || !instruction.argsSpan) continue;
          parser.parse(text.slice(instruction.argsSpan.start, instruction.argsSpan.end))?.delete();
        }
        return instructions;
      };
    }
    default:
      throw new Error(`unknown peer ${peer}`);
  }
}

const lint = await loadPeer();
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
