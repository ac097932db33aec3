import type { Reporter } from './types.js';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** Reporters load on demand: the common text run never pays for SARIF's code. */
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
