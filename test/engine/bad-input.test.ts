import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/engine/index.js';

/** Bad input gets a clear error with file and line, and never costs the other files their results. */
let directory: string;
const good = 'FROM alpine:3.20\nRUN apk add --no-cache curl\n';
const cases: Record<string, { content: Buffer | string; message: RegExp; line?: number }> = {
  'empty.Dockerfile': { content: '', message: /no FROM instruction/, line: 1 },
  'binary.Dockerfile': { content: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x0a, 0x0a, 0x00, 0x01, 0x02]), message: /binary file/, line: 3 },
  'huge.Dockerfile': { content: `FROM alpine:3.20\n${'RUN echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n'.repeat(110_000)}`, message: /larger than the 1\.0 MiB limit/ },
  'heredoc.Dockerfile': { content: 'FROM alpine:3.20\nRUN <<EOF\necho never closed\n', message: /heredoc `EOF` is never closed/, line: 2 },
  'quote.Dockerfile': { content: 'FROM alpine:3.20\nRUN echo "never closed\n', message: /shell syntax error/, line: 2 },
  'unknown.Dockerfile': { content: 'FROM alpine:3.20\nFROBNICATE all the things\n', message: /unknown instruction `FROBNICATE`/, line: 2 },
  'latin1.Dockerfile': { content: Buffer.concat([Buffer.from('FROM alpine:3.20\nLABEL author="Fran'), Buffer.from([0xe7]), Buffer.from('ois"\n')]), message: /not valid UTF-8 \(first bad byte at offset 35\)/, line: 2 },
};

beforeAll(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'repro-audit-bad-'));
  for (const [name, { content }] of Object.entries(cases)) fs.writeFileSync(path.join(directory, name), content);
  fs.writeFileSync(path.join(directory, 'Dockerfile'), good);
});
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

describe('bad input', () => {
  it.each(Object.entries(cases))('%s: a clear error with file and line, and the good file still audited', async (name, expected) => {
    const run = await runAudit({ paths: [name, 'Dockerfile'], cwd: directory, configFile: false });
    const errors = run.errors.filter((error) => error.file === name);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.message).toMatch(expected.message);
    if (expected.line !== undefined) expect(errors[0]!.line).toBe(expected.line);
    expect(errors[0]!.message).not.toMatch(/\n\s+at /);
    // The good file's findings are all there.
    expect(run.findings.filter((f) => f.file === 'Dockerfile').map((f) => f.ruleId).sort()).toEqual(['RA101', 'RA202']);
  });

  it('a directory that does not exist is an error, not a crash', async () => {
    const run = await runAudit({ paths: ['missing-dir', 'Dockerfile'], cwd: directory, configFile: false });
    expect(run.errors).toEqual([{ file: 'missing-dir', message: 'no such file or directory' }]);
    expect(run.findings.length).toBe(2);
  });
});
