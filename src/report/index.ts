/**
 * Reporters: an `AuditReport` in, text out, for every sink (terminal, JSON, SARIF, GitHub
 * annotations, Markdown), and the escapers each sink needs. Reporters load on demand: the common
 * text run never pays for SARIF's code.
 */
import type { Reporter } from './types.js';

export type { Reporter, ReporterOptions } from './types.js';
export type { MarkdownOptions } from './markdown.js';
export { markdownCode } from './escape/markdown.js';
export { terminalLines, terminalText } from './escape/terminal.js';
export { inertJsonToRunner, inertToRunner } from './escape/workflow-commands.js';
export { readSourceFromDisk } from './fingerprint.js';
export { GITHUB_COMMENT_LIMIT, GITHUB_STEP_SUMMARY_LIMIT, utf8Length } from './markdown-budget.js';
export { displayPath } from './paths.js';
export { TOOL_INFORMATION_URI, TOOL_VERSION } from './tool-info.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export async function loadReporter(format: Format): Promise<Reporter> {
  switch (format) {
    case 'text':
      return (await import('./text.js')).textReporter;
    case 'json':
      return (await import('./json.js')).jsonReporter;
    case 'sarif':
      return (await import('./sarif.js')).sarifReporter;
    case 'github':
      return (await import('./github.js')).githubReporter;
    case 'markdown':
      return (await import('./markdown.js')).markdownReporter;
  }
}

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** The reporters the Action drives beyond one format: SARIF, annotations with their counts, Markdown within a byte budget. */
export async function loadGithubReporters() {
  const [{ sarifReporter }, { countAnnotations, githubReporter }, { renderMarkdown }] = await Promise.all([import('./sarif.js'), import('./github.js'), import('./markdown.js')]);
  return { sarifReporter, githubReporter, countAnnotations, renderMarkdown };
}
