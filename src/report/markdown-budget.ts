/**
 * Size limits of the places Markdown reports go, counted in UTF-8 bytes: a byte bound is also a
 * bound on characters however GitHub counts them, and on what the runner's summary file holds.
 */

/** GitHub rejects issue and pull-request comments longer than this (in characters; we count bytes). */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** GitHub's limit for one step's job summary (1 MiB). */
export const GITHUB_STEP_SUMMARY_LIMIT = 1_048_576;

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** What is left of a byte budget; parts are taken whole or not at all. */
export class ByteBudget {
  constructor(private left: number) {}

  get remaining(): number {
    return this.left;
  }

  fits(text: string): boolean {
    return utf8Length(text) <= this.left;
  }

  /** Takes `text` when it fits and says whether it did. */
  take(text: string): boolean {
    const bytes = utf8Length(text);
    if (bytes > this.left) return false;
    this.left -= bytes;
    return true;
  }
}

/**
 * At most `max` characters of `text`, cut at a code point boundary with `…`: one finding's text
 * (a message quoting a 200,000-character word) must not use up a whole comment.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}…`;
}
