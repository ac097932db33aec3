import type { Region } from '../../findings/finding.js';
import type { DockerfileModel } from '../../model/types.js';
import type { ShellWord } from '../../shell/types.js';

/** Region covering a run of words (e.g. a command name and its subcommand). */
export function regionOfWords(model: DockerfileModel, first: ShellWord, last: ShellWord = first): Region {
  return model.positions.regionOf({ start: first.span.start, end: Math.max(last.span.end, first.span.start) });
}

export { code } from '../../findings/message.js';
