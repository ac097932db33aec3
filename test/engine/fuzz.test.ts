import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDockerfile } from '../../src/engine/files.js';
import { auditSnippet, defaultAudit } from '../support/audit.js';
import { CORPUS_DIR, corpusFiles } from '../support/shared-data.js';

/**
 * Property: whatever a corpus file is mutated into, the auditor returns findings and errors and
 * never throws. Mutations favour the characters Dockerfile and shell parsing hinge on.
 */
const corpus = CORPUS_DIR;
const files = corpusFiles();

const tricky = fc.constantFrom('\\', '\\\n', '"', "'", '`', '$', '${', '}', '$(', ')', '<<EOF\n', '<<-"X"\n', '\nEOF\n', '|', '&&', ';', '#', '\n', '\r\n', '\t', '[', ']', '=', '@', ':', '--mount=', 'FROM ', 'ARG ', 'ONBUILD ', '\uFEFF', '\u0000', 'é', '😀');
const snippet = fc.oneof(tricky, fc.string({ maxLength: 8 }), fc.array(tricky, { maxLength: 6 }).map((parts) => parts.join('')));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: snippet }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: { kind: string; at: number; text?: string; length?: number }[]): string {
  let result = text;
  for (const m of mutations) {
    const at = result.length === 0 ? 0 : m.at % (result.length + 1);
    if (m.kind === 'insert') result = result.slice(0, at) + m.text + result.slice(at);
    else if (m.kind === 'delete') result = result.slice(0, at) + result.slice(at + (m.length ?? 1));
    else if (m.kind === 'truncate') result = result.slice(0, at);
    else {
      const lines = result.split('\n');
      const line = at % Math.max(lines.length, 1);
      lines.splice(line, 0, lines[line] ?? '');
      result = lines.join('\n');
    }
  }
  return result;
}

describe('fuzzing with mutated corpus files', () => {
  it('never throws, whatever the input', async () => {
    const prepared = await defaultAudit();
    const texts = files.map((file) => fs.readFileSync(path.join(corpus, file), 'utf8'));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (index, mutations) => {
        const text = mutate(texts[index]!, mutations);
        const result = await auditSnippet(text, { file: files[index], prepared });
        expect(Array.isArray(result.findings)).toBe(true);
        for (const finding of result.findings) {
          expect(finding.region.startLine).toBeGreaterThanOrEqual(1);
          expect(finding.region.endLine).toBeGreaterThanOrEqual(finding.region.startLine);
        }
        for (const error of result.errors) expect(error.message).not.toMatch(/internal error| failed on this file/);
      }),
      { numRuns: 400, seed: 20261124 },
    );
  });

  it('decodes arbitrary bytes into text or a clear error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const result = decodeDockerfile(bytes, 'x');
        if ('error' in result) expect(result.error.message).toMatch(/binary file|not valid UTF-8/);
        else expect(typeof result.text).toBe('string');
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
