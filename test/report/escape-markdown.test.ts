import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fencedCode, htmlText, markdownCode, markdownMessage, markdownText } from '../../src/report/escape/markdown.js';
import { terminalLines, terminalText } from '../../src/report/escape/terminal.js';
import { allTokens, decodeHtml, htmlElements, liveMentions, markdownIt, rawHtml } from '../support/markdown.js';

// Text as hostile as a fork's Dockerfile: Markdown and HTML syntax, mentions, backtick runs,
// every kind of line break and control, and anything else.
const hostile = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', ' ', '`', '``', '```', '\\', '|', '*', '_', '[', ']', '(', ')', '<', '>', '!', '&', '#', '$', '~', '@', 'x', '\n', '\r', '\t', '\u2028', '\u0085', '\x1b', '\0', '<!--', '<img src=x onerror=alert(1)>', '@octocat', '&lt;', '-->', '\u202e'),
    maxLength: 40,
  }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const runs = { numRuns: 600, seed: 10 };

// What a reader should see: line breaks become spaces, controls the terminal's escapes (`\x1b`),
// `@` stays `@` followed by a zero-width space (so no name follows it). Code shows line breaks
// escaped too.
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;
const shownAsText = (text: string) => terminalText(text.replace(LINE_BREAK, ' ')).replace(/@/g, '@\u200b');
const shownAsCode = terminalText;

/** A one-row, one-column table with `cell` in its row. */
const table = (cell: string) => `| head |\n|---|\n| ${cell} |\n`;

function cellTokens(cell: string) {
  const tokens = allTokens(table(cell));
  expect(tokens.filter((t) => t.type === 'tr_open')).toHaveLength(2);
  expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(1);
  const td = tokens.findIndex((t) => t.type === 'td_open');
  return tokens[td + 1]!.children ?? [];
}

describe('the Markdown escapers, read back by markdown-it', () => {
  it('markdownText: one line of plain text, exactly the data, in a paragraph and in a table cell', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const escaped = markdownText(text);
        const inline = markdownIt.parseInline(escaped, {})[0]!.children!;
        expect(inline.every((t) => t.type === 'text')).toBe(true);
        expect(inline.map((t) => t.content).join('')).toBe(shownAsText(text));
        const cell = cellTokens(escaped);
        expect(cell.every((t) => t.type === 'text')).toBe(true);
        expect(cell.map((t) => t.content).join('')).toBe(shownAsText(text).trim());
        const html = markdownIt.render(`Before ${escaped} after\n`);
        expect(htmlElements(html)).toEqual(['p']);
        expect(liveMentions(`Before ${escaped}`)).toEqual([]);
      }),
      runs,
    );
  });

  it('markdownCode: one code span holding exactly the data, whatever backticks and pipes it has', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const [escaped, tokens] of [
          [markdownCode(text), () => markdownIt.parseInline(markdownCode(text), {})[0]!.children!],
          [markdownCode(text, { inTable: true }), () => cellTokens(markdownCode(text, { inTable: true }))],
        ] as const) {
          const parsed = tokens();
          expect(parsed.map((t) => t.type), escaped).toEqual(['code_inline']);
          // An empty name is shown as a blank code span.
          expect(parsed[0]!.content).toBe(text === '' ? ' ' : shownAsCode(text));
        }
      }),
      runs,
    );
  });

  it('markdownMessage: text and code spans only; no HTML element, no mention, one table cell', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostile, hostile.map((t) => `\`${t}\``)), { maxLength: 4 }).map((parts) => parts.join(' ')), (message) => {
        const cell = cellTokens(markdownMessage(message, { inTable: true }));
        expect(cell.every((t) => t.type === 'text' || t.type === 'code_inline')).toBe(true);
        const paragraph = `Message: ${markdownMessage(message)}\n`;
        expect(htmlElements(markdownIt.render(paragraph)).filter((tag) => tag !== 'p' && tag !== 'code')).toEqual([]);
        expect(rawHtml(paragraph)).toEqual([]);
        expect(liveMentions(paragraph)).toEqual([]);
      }),
      runs,
    );
  });

  it('keeps the code a rule quoted as code, and a backtick run in the data cannot open HTML', () => {
    expect(markdownMessage('Package `curl` has no version')).toBe('Package `curl` has no version');
    const attack = markdownMessage('Package ```a` <img src=x onerror=alert(1)> @octocat `b` has no version', { inTable: true });
    const html = markdownIt.render(table(attack));
    expect(htmlElements(html).filter((tag) => !['table', 'thead', 'tbody', 'tr', 'th', 'td', 'code'].includes(tag))).toEqual([]);
    expect(liveMentions(table(attack))).toEqual([]);
  });

  it('htmlText: text inside our <summary>, never markup, never a mention, never the end of the block', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const markdown = `<details><summary>Nix (${htmlText(text)})</summary>\n\nbody\n\n</details>\n`;
        const html = markdownIt.render(markdown);
        expect(htmlElements(html)).toEqual(['details', 'summary', 'p']);
        expect(liveMentions(markdown)).toEqual([]);
        const summary = /<summary>([\s\S]*)<\/summary>/.exec(html)![1]!;
        expect(decodeHtml(summary)).toBe(`Nix (${shownAsText(text)})`);
      }),
      runs,
    );
  });

  it('fencedCode: one code block holding the code, which cannot close it', () => {
    fc.assert(
      fc.property(hostile, (code) => {
        const tokens = markdownIt.parse(`${fencedCode(code, 'nix')}\n\nafter\n`, {});
        expect(tokens[0]!.type).toBe('fence');
        expect(tokens[0]!.info).toBe('nix');
        const expected = terminalLines(code.replace(/\s+$/, ''));
        expect(tokens[0]!.content).toBe(expected === '' ? '\n' : `${expected}\n`);
        expect(tokens.slice(1).map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
      }),
      runs,
    );
  });
});
