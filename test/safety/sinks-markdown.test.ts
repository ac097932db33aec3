// Markdown reports (`--format markdown`, the PR comment, the job summary) of a hostile repository,
// rendered by markdown-it: no HTML element or mention from the data, nothing hidden.
import { afterAll, describe, expect, it } from 'vitest';
import { htmlElements, liveMentions, markdownIt, rawHtml } from '../support/markdown.js';
import { hostileRepository, removeRepository, runCli, withActionRun } from './sinks-support.js';

const repo = hostileRepository();
afterAll(() => removeRepository(repo));

// What our own Markdown renders to; anything else came from the data.
const OUR_ELEMENTS = new Set(['h3', 'h4', 'p', 'strong', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'blockquote', 'ul', 'li', 'a', 'br']);
const OUR_HTML = /^(<details><summary>[^<>]*<\/summary>|<\/details>|<br>)\n*$/;
// The only links are those of rules to their section of docs/rules.md.
const OUR_LINK = /^https:\/\/github\.com\/repro-audit\/repro-audit\/blob\/main\/docs\/rules\.md#ra\d+-[a-z0-9-]+$/;

function expectShownAsData(markdown: string): void {
  const html = markdownIt.render(markdown);
  expect(htmlElements(html).filter((tag) => !OUR_ELEMENTS.has(tag))).toEqual([]);
  expect(rawHtml(markdown).filter((block) => !OUR_HTML.test(block))).toEqual([]);
  expect(liveMentions(markdown)).toEqual([]);
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((link) => !OUR_LINK.test(link))).toEqual([]);
  // Every file's section is there: a `<!--` from a directory name hides nothing after it.
  for (const file of ['packages/Dockerfile', 'zz-last/Dockerfile']) expect(html).toContain(`<h4><code>${file}</code></h4>`);
  expect(html).toContain('<code>evil\\n&lt;!--\\n::error title=INJECTED::dir/Dockerfile</code>');
}

describe('Markdown output of a hostile repository, rendered', () => {
  it('repro-audit --format markdown shows names and Dockerfile text as text', () => {
    const run = runCli(['--format', 'markdown', '.'], repo);
    expect(run.status).toBe(2); // the file with the broken keyword could not be audited
    expectShownAsData(run.stdout);
  });

  it('the Action’s PR comment and job summary show them as text too', async () => {
    await withActionRun(repo, { 'fail-on': 'none' }, (run, api) => {
      expect(run.status).toBe(0);
      expect(api.comments).toHaveLength(1);
      // The comment's own frame: the marker that finds it again, and the footer linking the run.
      const frame = /^<!-- repro-audit -->\n([\s\S]*)\n<sub>repro-audit · \[workflow run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/\d+\)<\/sub>\n$/.exec(api.comments[0]!.body);
      expect(frame).not.toBeNull();
      expectShownAsData(frame![1]!);
      expectShownAsData(run.summary);
    });
  });
});
