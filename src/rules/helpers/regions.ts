import type { Region } from '../../findings/index.js';
import type { DockerfileModel } from '../../model/index.js';
import type { ShellWord } from '../../shell/index.js';

/** Region covering a run of words (e.g. a command name and its subcommand). */
export function regionOfWords(model: DockerfileModel, first: ShellWord, last: ShellWord = first): Region {
  return model.positions.regionOf({ start: first.span.start, end: Math.max(last.span.end, first.span.start) });
}

/** Inline code for messages: backticks, shortened when long. */
export function code(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}
