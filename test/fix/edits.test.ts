import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../src/findings/finding.js';
import { applyEdits, overlaps, type LabelledEdit } from '../../src/fix/index.js';

const region = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
const edit = (start: number, end: number, text: string, label = `${start}..${end}`): LabelledEdit => ({
  edit: { span: { start, end }, region, text } satisfies TextEdit,
  label,
});

describe('applyEdits', () => {
  it('replaces and inserts at exact offsets, whatever order they come in', () => {
    const result = applyEdits('FROM node:20\r\nRUN x\r\n', [edit(18, 19, 'y'), edit(12, 12, '@sha256:1'), edit(0, 4, 'from')]);
    expect(result.text).toBe('from node:20@sha256:1\r\nRUN y\r\n');
    expect(result.refused).toEqual([]);
  });

  it('refuses the later of two overlapping edits, naming the earlier one', () => {
    const result = applyEdits('abcdef', [edit(1, 3, 'X', 'first'), edit(2, 4, 'Y', 'second')]);
    expect(result.text).toBe('aXdef');
    expect(result.refused).toEqual([{ ...edit(2, 4, 'Y', 'second'), reason: 'it overlaps an earlier fix (first) at line 1' }]);
  });

  it('drops an exact repeat silently', () => {
    const result = applyEdits('abc', [edit(3, 3, '!'), edit(3, 3, '!')]);
    expect(result.text).toBe('abc!');
    expect(result.applied).toHaveLength(1);
    expect(result.refused).toEqual([]);
  });

  it('treats an insertion touching a replacement as a conflict, adjacent replacements as none', () => {
    expect(overlaps({ start: 3, end: 3 }, { start: 0, end: 3 })).toBe(true);
    expect(overlaps({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(true);
    expect(overlaps({ start: 0, end: 3 }, { start: 3, end: 5 })).toBe(false);
    expect(overlaps({ start: 4, end: 4 }, { start: 0, end: 3 })).toBe(false);
  });

  it('refuses spans outside the text', () => {
    expect(applyEdits('abc', [edit(2, 9, 'x')]).refused[0]?.reason).toBe('its span 2..9 is outside the file');
  });

  it('never changes a byte outside accepted edits (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', '\\', '#', 'é', '😀'), maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ unit: fc.constantFrom('X', 'Y', '@'), maxLength: 4 })), { maxLength: 8 }),
        (text, raw) => {
          const edits = raw.map(([start, length, insert]) => {
            const from = text.length === 0 ? 0 : start % (text.length + 1);
            return edit(from, Math.min(text.length, from + length), insert);
          });
          const result = applyEdits(text, edits);
          // Rebuild independently: walk the text, splicing accepted edits in offset order.
          const accepted = [...result.applied].sort((a, b) => a.edit.span.start - b.edit.span.start);
          let expected = '';
          let cursor = 0;
          for (const { edit: accept } of accepted) {
            expected += text.slice(cursor, accept.span.start) + accept.text;
            cursor = accept.span.end;
          }
          expected += text.slice(cursor);
          expect(result.text).toBe(expected);
          for (let i = 0; i < accepted.length; i++) {
            for (let j = i + 1; j < accepted.length; j++) expect(overlaps(accepted[i]!.edit.span, accepted[j]!.edit.span)).toBe(false);
          }
          expect(result.applied.length + result.refused.length).toBeLessThanOrEqual(edits.length);
        },
      ),
    );
  });
});
