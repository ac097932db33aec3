/**
 * Inline code for finding messages, which are Markdown: backticks around the text, blanks collapsed
 * and shortened when long, so one odd word never floods a report line.
 */
export function code(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}
