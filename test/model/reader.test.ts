import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWithDockerfileAst } from '../support/dockerfile-ast-reader.js';
import { readDockerfile } from '../../src/model/reader/read.js';
import { CORPUS_DIR, corpusFiles, requireSharedData } from '../support/shared-data.js';

/**
 * The model reads Dockerfiles with its own reader, which follows dockerfile-ast's reading rules
 * without its cost. dockerfile-ast stays the oracle: on every corpus file and on generated
 * Dockerfiles built from the pieces reading hinges on, both must read the same instructions,
 * spans, words, flags, exec-form strings, heredocs, properties, directives and escape character.
 */

/** dockerfile-ast's reading, or the error it threw (the reader must then still read, never throw). */
function oracle(text: string): ReturnType<typeof readWithDockerfileAst> | { threw: string } {
  try {
    return readWithDockerfileAst(text);
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

function expectSameReading(text: string): void {
  const expected = oracle(text);
  const actual = readDockerfile(text);
  if ('threw' in expected) return;
  expect(actual, JSON.stringify(text)).toEqual(expected);
}

describe('the Dockerfile reader against dockerfile-ast', () => {
  const skip = requireSharedData(CORPUS_DIR);

  it.skipIf(skip)('reads every corpus file as dockerfile-ast does', () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(500);
    for (const file of files) expectSameReading(fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8'));
  });
});

describe('the Dockerfile reader where dockerfile-ast throws', () => {
  it('reads a continuation whose next line is a comment holding `<<` (found by the fuzzer)', () => {
    const text = 'FROM \\\n#<\\<EOF\n';
    expect(oracle(text)).toHaveProperty('threw');
    const [from] = readDockerfile(text).instructions;
    expect(from?.words.map((word) => word.raw)).toEqual(['<']);
    expect(from?.heredocs).toEqual([]);
  });
});

/** Pieces of Dockerfiles that reading hinges on, joined at random into whole files. */
const keyword = fc.constantFrom('FROM', 'RUN', 'COPY', 'ADD', 'ARG', 'ENV', 'LABEL', 'CMD', 'ENTRYPOINT', 'SHELL', 'VOLUME', 'HEALTHCHECK', 'ONBUILD', 'USER', 'WORKDIR', 'EXPOSE', 'STOPSIGNAL', 'MAINTAINER', 'run', 'From', 'ONBUILD RUN', 'ONBUILD COPY', 'ONBUILD ONBUILD', 'BOGUS', 'R\\\nUN', 'RU`\nN');
const word = fc.constantFrom(
  'alpine:3', 'a', 'b=c', 'A=1', 'B="x y"', "C='z'", '"k"=v', "'k'=v", 'D', '=', 'E=', '"', "'", '"a b"', "'a b'", 'x"y"z',
  '--from=build', '--platform=$P', '--mount=type=cache,target=/x,sharing=locked', '--mount=,a=b', '--chmod=755', '--link', '--x=', '--', '-x', 'a--b', '--interval=5s', 'CMD', 'NONE', 'AS', 'as', 'stage',
  '[', ']', '[]', '["a", "b"]', '["a","b c"]', '[ "a" ]', '["a\\"b", "c\\\\"]', '["a",', '"b"]', '[ ]', '["a" "b"]', '["x\\\n  y"]', '["a\\ ', '[1]',
  '$X', '${X}', '${X:-d e}', "${X:-'a b'}", '${X', '$', '\\$X', '`$X', 'a\\ b', 'a` b', '\\\\', '``', '\\', '`', '\\#', '#', '#c', 'x#y',
  '<<EOF', '<<-EOF', '<<"EOF"', "<<'E'", '<<E', '<<', '<<<', 'a<<EOF', '<\\<EOF', '<<"EOF', '2>&1', '&&', '|', ';', 'é', '😀', '\t',
);
const separator = fc.constantFrom(' ', ' ', ' ', '\t', '  ', ' \\\n', ' \\\n  ', '\\\n', ' \\  \n', ' `\n', '`\n', ' \\\n# comment\n  ', ' \\\n  # comment\n', ' \\\n\n', ' \\\r\n', '\\ ', '` ', ' \\\n#', '\n');
const bodyLine = fc.constantFrom('echo hi', 'EOF', '\tEOF', 'E', ' EOF', 'EOF ', 'x \\', '# not a comment', '', '\t\tline', 'END');
const instruction = fc.tuple(keyword, fc.array(fc.tuple(separator, word), { maxLength: 8 })).map(([name, parts]) => name + parts.map(([sep, w]) => sep + w).join(''));
const line = fc.oneof(
  { weight: 6, arbitrary: instruction },
  { weight: 1, arbitrary: fc.constantFrom('# a comment', '', '   ', '\t# indented comment', '#', '# escape=`', '# syntax=docker/dockerfile:1') },
  { weight: 2, arbitrary: bodyLine },
);
const directives = fc.array(fc.constantFrom('# syntax=docker/dockerfile:1', '# escape=`', '# escape=\\', '#escape=`', '# Escape = `', '# check=skip=all', '# syntax = x ', '# not a directive', '#=x', '# a=b c', '# escape=x', '  # syntax=y'), { maxLength: 3 });
const dockerfile = fc
  .tuple(fc.boolean(), directives, fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([bom, top, lines, eol, finalEol]) => (bom ? '\uFEFF' : '') + [...top, ...lines].join('\n').replace(/\n/g, eol) + (finalEol ? eol : ''));

describe('the Dockerfile reader against dockerfile-ast, on generated files', () => {
  const skip = requireSharedData(CORPUS_DIR);

  it('reads what dockerfile-ast reads', () => {
    fc.assert(fc.property(dockerfile, (text) => expectSameReading(text)), { numRuns: 4000, seed: 20261207 });
  });

  it.skipIf(skip)('reads mutated corpus files as dockerfile-ast does', () => {
    const files = corpusFiles().slice(0, 60).map((file) => fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8'));
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 40 }), insert: fc.oneof(word, separator, bodyLine) });
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }), (index, edits) => {
        let text = files[index]!;
        for (const { at, cut, insert } of edits) {
          const where = at % (text.length + 1);
          text = text.slice(0, where) + insert + text.slice(where + cut);
        }
        expectSameReading(text);
      }),
      { numRuns: 1500, seed: 20261208 },
    );
  });
});
