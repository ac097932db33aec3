import type { Region, Span } from '../../findings/finding.js';
import type { DockerfileModel, Instruction } from '../../model/types.js';
import type { ShellWord } from '../../shell/types.js';

/** Region of a span of the model's text. */
export function regionOfSpan(model: DockerfileModel, span: Span): Region {
  return model.positions.regionOf(span);
}

/** The first line of an instruction (keyword to end of line): where a finding about the whole instruction points. */
export function instructionHead(model: DockerfileModel, instruction: Instruction): Region {
  const lineEnd = model.text.slice(instruction.span.start, instruction.span.end).search(/\r?\n|\r/);
  const end = lineEnd < 0 ? instruction.span.end : instruction.span.start + lineEnd;
  return model.positions.regionOf({ start: instruction.span.start, end: Math.max(end, instruction.span.start + 1) });
}

/** Region covering a run of words (e.g. a command name and its subcommand). */
export function regionOfWords(model: DockerfileModel, first: ShellWord, last: ShellWord = first): Region {
  return model.positions.regionOf({ start: first.span.start, end: Math.max(last.span.end, first.span.start) });
}

/** Inline code for messages: backticks, shortened when long. */
export function code(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `\`${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}\``;
}
