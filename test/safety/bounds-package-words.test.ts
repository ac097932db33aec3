import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBundledCli } from '../support/bundle.js';

/**
 * Words a Dockerfile can make as long as it likes, through every package parser and the Nix bridge.
 * Regular expressions that retry from every position of a run (`dnf install "a<20,000 blanks>b"`,
 * an apt word `lib-1-1-1-…`) take time quadratic in the word: about half a minute for one such
 * 200,000-character word, and there are more than a hundred of them below. Linear parsing takes a few
 * seconds for all of them, so the watchdog (a safety net against a hang, not a measurement) is
 * generous, and a quadratic parser would still need many times longer than it allows.
 */
const N = 200_000;

const WORDS: Record<string, string> = {
  blanks: `a${' '.repeat(N)}b`,
  dashDigits: `lib${'-1'.repeat(N / 2)}x`,
  dashDigitsToTheEnd: `lib${'-1'.repeat(N / 2)}`,
  dottedDigits: `a${'1.'.repeat(N / 2)}x`,
  operators: `a${'<'.repeat(N)}`,
  hashes: `git:a${'#'.repeat(N)}`,
  // Quoted words that span lines (in a heredoc script): `(.*)$` fails at the line break and retries.
  blanksThenBreak: `a${' '.repeat(N)}b\nc`,
  equalsThenBreak: `a${'='.repeat(N)}x\ny`,
  hashesThenBreak: `git:a${'#'.repeat(N)}\nx`,
  extrasThenBreak: `a[${' '.repeat(N)}\nx`,
  queryThenBreak: `http://a${'?'.repeat(N)}\n`,
};

/** Each install command and the rule that must report its packages (proof the parser read them). */
const COMMANDS: [string, string][] = [
  ['apt-get install -y', 'RA201'],
  ['apk add', 'RA202'],
  ['dnf install -y', 'RA203'],
  ['yum install -y', 'RA203'],
  ['microdnf install', 'RA203'],
  ['zypper install', 'RA204'],
  ['pip install', 'RA301'],
  ['uv pip install', 'RA301'],
  ['npm install -g', 'RA302'],
  ['yarn global add', 'RA302'],
  ['pnpm add -g', 'RA302'],
  ['bun add -g', 'RA302'],
  ['gem install', 'RA304'],
  ['go install', 'RA305'],
  ['cargo install', 'RA306'],
  ['pacman -S --noconfirm', 'RA206'],
  ['conda install -y', 'RA307'],
  ['poetry add', 'RA301'],
  ['pipenv install', 'RA301'],
  ['uv add', 'RA301'],
  ['bundle add', 'RA304'],
  ['npx', 'RA302'],
  ['corepack prepare', 'RA308'],
  ['choco install -y', 'RA209'],
  ['dotnet tool install -g', 'RA309'],
];

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-words-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function runLine(command: string, word: string): string[] {
  // Single quotes keep every character; a word with a line break goes in a heredoc script.
  return word.includes('\n') ? ['RUN <<EOF', `${command} '${word}'`, 'EOF'] : [`RUN ${command} '${word}'`];
}

describe('200,000-character words', () => {
  it('go through every package parser, the requirements file reader and the Nix bridge, and finish', () => {
    const lines = ['FROM alpine:3.19', 'COPY requirements.txt /'];
    for (const [command] of COMMANDS) for (const word of Object.values(WORDS)) lines.push(...runLine(command, word));
    lines.push('RUN pip install -r /requirements.txt');
    fs.writeFileSync(path.join(dir, 'Dockerfile'), `${lines.join('\n')}\n`);
    // pip's own reader (options after blanks); four such lines stay under the 1 MiB context-file limit.
    const requirements = [WORDS.blanks, `a${' -'.repeat(N / 2)}x`, WORDS.hashes, `flask${' '.repeat(N)}--hash=sha256:00`];
    fs.writeFileSync(path.join(dir, 'requirements.txt'), `${requirements.join('\n')}\n`);

    const run = runBundledCli(['Dockerfile', '--format', 'json', '--no-cache', '--max-file-size', '64MiB'], { cwd: dir, timeoutMs: 240_000 });
    expect(run.signal).toBeNull();
    const report = JSON.parse(run.stdout) as { errors: unknown[]; findings: { ruleId: string; file: string; region: { startLine: number } }[] };
    expect(report.errors).toEqual([]);
    expect(run.code).toBe(0); // warnings only
    const lineCount = Object.values(WORDS).reduce((count, word) => count + runLine('x', word).join('\n').split('\n').length, 0);
    COMMANDS.forEach(([command, ruleId], index) => {
      // The lines of this command's RUNs (after FROM and COPY).
      const first = 3 + index * lineCount;
      const found = report.findings.filter((finding) => finding.ruleId === ruleId && finding.region.startLine >= first && finding.region.startLine < first + lineCount);
      expect(found.length, command).toBeGreaterThan(0);
    });
    // Findings of a requirements file are on that file's lines (and name the RUN that reads it).
    const fromRequirements = report.findings.filter((finding) => finding.ruleId === 'RA301' && finding.file.endsWith('requirements.txt'));
    expect(fromRequirements.length).toBe(requirements.length);
  }, 300_000);

  it('so do many words: 80,000 option values in one install, 80,000 gems, 20,000 RUN instructions', () => {
    const many = (count: number, word: (index: number) => string) => Array.from({ length: count }, (_, index) => word(index)).join(' ');
    const lines = [
      'FROM alpine:3.19',
      // Each repeated option used to copy the list of its values so far.
      `RUN apk add ${many(80_000, (index) => `-X https://mirror${index}.example/`)} curl`,
      // Each gem used to look itself up among all the words.
      `RUN gem install ${many(80_000, (index) => `gem${index}`)}`,
      // Each finding used to search every instruction for an ONBUILD owning it.
      ...Array.from({ length: 20_000 }, (_, index) => `RUN apk add package${index}`),
    ];
    fs.writeFileSync(path.join(dir, 'Dockerfile'), `${lines.join('\n')}\n`);
    const run = runBundledCli(['Dockerfile', '--format', 'json', '--no-cache', '--max-file-size', '64MiB'], { cwd: dir, timeoutMs: 120_000 });
    expect(run.signal).toBeNull();
    const report = JSON.parse(run.stdout) as { errors: unknown[]; summary: { byRule: Record<string, number> } };
    expect(report.errors).toEqual([]);
    expect(report.summary.byRule).toEqual({ RA101: 1, RA202: 20_001, RA304: 80_000 });
  }, 150_000);
});
