/**
 * The Markdown sink (PR comment, job summary, `--format markdown`): text from Dockerfiles, file
 * names and messages is shown as text. No HTML from the data is ever live, no `@name` notifies
 * anyone, and no line break in the data can end a table row, a heading or a `<details>` block.
 * Each context has its escaper; reporters build Markdown only from these and their own literals.
 */
import { terminalLines, terminalText } from './terminal.js';

// What Markdown, browsers or editors may take for the end of a line.
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/g;
// ASCII punctuation that can open inline syntax: emphasis, code, links and images, autolinks and
// raw HTML, entities, table cells, strikethrough, GitHub's math, and heading closers.
const INLINE_SYNTAX = /[\\`*_[\]<>&|~$#!]/g;
// GitHub turns `@name` and `@org/team` in text into a notification; a zero-width space after the
// `@` keeps it text (GitHub's mention filter and markdown-it alike see `@` not followed by a name).
const MENTION = /@/g;
const ZERO_WIDTH_SPACE_ENTITY = '&#8203;';

// Line breaks become spaces, as in a Markdown paragraph; other controls are shown as the terminal shows them.
function oneLine(text: string): string {
  return terminalText(text.replace(LINE_BREAKS, ' '));
}

/**
 * Inline Markdown text, on one line, for a table cell or after other text on a line (never at the
 * start of a line, where `-`, `+`, `1.` or indentation would start a block).
 */
export function markdownText(text: string): string {
  return oneLine(text)
    .replace(INLINE_SYNTAX, (char) => `\\${char}`)
    .replace(MENTION, `@${ZERO_WIDTH_SPACE_ENTITY}`);
}

/**
 * A code span showing `text` exactly: the fence is a backtick run that does not occur inside, and
 * a space pads text that starts or ends with a backtick or a space (CommonMark strips one). Line
 * breaks and controls are shown escaped (`\n`), so a file name cannot leave the span or its line.
 * In a table cell `|` is written `\|`, which GFM tables unescape before reading the span.
 */
export function markdownCode(text: string, context: { inTable?: boolean } = {}): string {
  // No fence holds nothing: an empty name is shown as a blank span.
  if (text === '') return '` `';
  let content = terminalText(text);
  if (context.inTable) content = content.replace(/\|/g, '\\|');
  const runs = new Set([...content.matchAll(/`+/g)].map((match) => match[0].length));
  let fence = 1;
  while (runs.has(fence)) fence++;
  const ticks = '`'.repeat(fence);
  const pad = /^[` ]|[` ]$/.test(content) && !/^ *$/.test(content) ? ' ' : '';
  return `${ticks}${pad}${content}${pad}${ticks}`;
}

/** A message cut into text and backtick-quoted code, backtick runs paired as CommonMark pairs them. */
export function messageParts(text: string): Array<{ code: boolean; text: string }> {
  const runs = [...text.matchAll(/`+/g)];
  const parts: Array<{ code: boolean; text: string }> = [];
  let textStart = 0;
  for (let i = 0; i < runs.length; i++) {
    const open = runs[i]!;
    // A run closes only at a later run of the same length.
    const closeIndex = runs.findIndex((run, j) => j > i && run[0].length === open[0].length);
    if (closeIndex < 0) continue;
    const close = runs[closeIndex]!;
    parts.push({ code: false, text: text.slice(textStart, open.index) }, { code: true, text: text.slice(open.index + open[0].length, close.index) });
    textStart = close.index + close[0].length;
    i = closeIndex;
  }
  parts.push({ code: false, text: text.slice(textStart) });
  return parts;
}

/**
 * A message whose backtick-quoted parts are code, as rules write them (`` `node:20` is a mutable
 * tag``). Each part is written again by `markdownCode` or `markdownText`, so data inside the
 * backticks, backticks included, cannot break out whatever pairing it forces.
 */
export function markdownMessage(text: string, context: { inTable?: boolean } = {}): string {
  return messageParts(text)
    .map((part) => (part.code ? markdownCode(part.text, context) : markdownText(part.text)))
    .join('');
}

/**
 * A link we write to an address from rule metadata: only http(s), with every character that could
 * end the destination, the link or a table cell percent-encoded. Anything else is the label alone.
 */
export function markdownLink(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s]+$/.test(url)) return label;
  const target = url.replace(/[()<>[\]|\\`"']/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${target})`;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text inside raw HTML we write (`<summary>`): entities for markup characters, one line, no mentions. */
export function htmlText(text: string): string {
  return oneLine(text)
    .replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!)
    .replace(MENTION, `@${ZERO_WIDTH_SPACE_ENTITY}`);
}

/**
 * A fenced code block: the fence is longer than any backtick run inside, so the code cannot close
 * it; controls other than its line breaks (LF, CRLF) and tabs are shown escaped.
 */
export function fencedCode(code: string, language = ''): string {
  const body = terminalLines(code.replace(/\s+$/, ''));
  const longestRun = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}
