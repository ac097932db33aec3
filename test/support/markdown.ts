/**
 * markdown-it as the oracle for what a Markdown report shows. HTML is enabled, as GitHub renders
 * (a sanitised subset of) raw HTML in comments and summaries: whatever the data could inject
 * shows up as `html_inline`/`html_block` tokens or as elements in the rendered HTML.
 */
import MarkdownIt, { type Token } from 'markdown-it';

export const markdownIt = new MarkdownIt({ html: true, linkify: false });

/** Every token, children included, in document order. */
export function allTokens(markdown: string): Token[] {
  const out: Token[] = [];
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      out.push(token);
      if (token.children) walk(token.children);
    }
  };
  walk(markdownIt.parse(markdown, {}));
  return out;
}

/** The tag names of the elements in rendered HTML (`<img ...>` → `img`), comments as `!--`. */
export function htmlElements(html: string): string[] {
  return [...html.matchAll(/<(!--|[a-zA-Z][a-zA-Z0-9-]*)/g)].map((match) => match[1]!.toLowerCase());
}

// GitHub's mention filter: `@` at a word boundary followed by a login (letters, digits, hyphens),
// optionally `/team`, in text that is not code.
const MENTION = /(?:^|[^\w`])@[A-Za-z0-9]/;

/** Texts that GitHub would turn into a notification: `@name` in text outside code spans and blocks. */
export function liveMentions(markdown: string): string[] {
  return allTokens(markdown)
    .filter((token) => token.type === 'text' || token.type === 'html_inline' || token.type === 'html_block')
    .map((token) => (token.type === 'text' ? token.content : decodeHtml(token.content)))
    .filter((text) => MENTION.test(text));
}

/** The text raw HTML shows: entities decoded, backslashes kept (Markdown escapes do not apply in HTML). */
export function decodeHtml(html: string): string {
  return markdownIt.utils.unescapeAll(html.replace(/\\/g, '&#92;'));
}

/** Raw HTML the Markdown carries: what markdown-it passes through as HTML rather than as text. */
export function rawHtml(markdown: string): string[] {
  return allTokens(markdown)
    .filter((token) => token.type === 'html_inline' || token.type === 'html_block')
    .map((token) => token.content);
}
