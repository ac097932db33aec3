import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { commentLines, interpolate, printNix, raw, str } from '../../src/nix/syntax.js';
import { evalNixFile, requireNix } from '../support/nix.js';
import { workflowCommandsIn } from '../support/workflow-commands.js';
import { tempDir } from '../support/temp.js';

const nixMissing = requireNix();

// Text from a Dockerfile or a path: Nix syntax, every line break Nix or an editor knows, controls.
const hostile = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\u2028', '\u0085', '\x1b', '$', '{', '}', '${', "''", '"', '\\', '#', '##[', '[', ']', ';', 'builtins.readFile /etc/passwd'), maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
).filter((text) => !text.includes('\0')); // Nix text cannot hold NUL at all

function writeTemp(name: string, text: string): string {
  const file = path.join(tempDir('nix-escaping'), name);
  fs.writeFileSync(file, text);
  return file;
}

describe.skipIf(nixMissing)('the Nix escapers, read back by Nix', () => {
  test('a comment never ends early: `nix-instantiate --parse` sees only the values between comments', () => {
    const samples = fc.sample(hostile, { numRuns: 300, seed: 5 });
    const expression = `[\n${samples.map((text, i) => `${commentLines([text], '  ')}\n  ${i}`).join('\n')}\n]\n`;
    const parse = (file: string) => spawnSync('nix-instantiate', ['--parse', file], { encoding: 'utf8' });
    const parsed = parse(writeTemp('comments.nix', expression));
    expect(parsed.status, parsed.stderr).toBe(0);
    expect(parsed.stdout).toBe(parse(writeTemp('plain.nix', `[ ${samples.map((_, i) => i).join(' ')} ]\n`)).stdout);
  });

  test('an interpolated string holds its text as text around the expression', () => {
    const samples = fc.sample(hostile, { numRuns: 300, seed: 6 });
    const expression = `let drv = "/nix/store/x-app"; in [\n${samples.map((text) => `  (${printNix(interpolate(raw('drv'), `/bin/${text}`), '  ')})`).join('\n')}\n]\n`;
    expect(JSON.parse(evalNixFile(writeTemp('interpolated.nix', expression)))).toEqual(samples.map((text) => `/nix/store/x-app/bin/${text}`));
  });

  test('strings and comments printed to a CI log hold no workflow command, and still mean the same', () => {
    const texts = ['##[error]from the Dockerfile', "a ##[set-output name=x]y\n''##[\n", '##[##['];
    const printed = texts.map((text) => printNix(str(text), '  '));
    expect(workflowCommandsIn([...printed, commentLines(texts, '')].join('\n'))).toEqual([]);
    expect(JSON.parse(evalNixFile(writeTemp('strings.nix', `[\n${printed.map((p) => `  (${p})`).join('\n')}\n]\n`)))).toEqual(texts);
  });
});
