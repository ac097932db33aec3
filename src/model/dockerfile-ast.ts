import dockerfileAst from 'dockerfile-ast';
import type { PositionMapper, Span } from '../findings/index.js';
import type { Heredoc } from '../shell/index.js';
import { joinContinuations } from './instruction-text.js';
import { offsetOf } from './positions.js';
import type { Directive, InstructionFlag, ModelProblem } from './types.js';

/**
 * The adapter to dockerfile-ast: its nodes read into the model's shapes, with exact spans of our
 * text. What the model makes of them (scopes, stages, image references) is src/model/parse.ts's.
 */

export type AstInstruction = dockerfileAst.Instruction;
export type AstProperty = dockerfileAst.Property;
type AstRange = { start: { line: number; character: number }; end: { line: number; character: number } };

export const { DockerfileParser, From, JSONInstruction, ModifiableInstruction, Onbuild, PropertyInstruction } = dockerfileAst;

/**
 * dockerfile-ast re-tokenizes an instruction's text on every `getArguments()`, and its own flag,
 * stage, property and heredoc accessors call it again and again: two thirds of our parse time on
 * the corpus. An instruction never changes after parsing, so tokenize once. Callers may mutate
 * the array they get (ModifiableInstruction shifts flags off it), so each gets a copy.
 */
const rawArguments = new WeakMap<object, unknown[]>();
const instructionPrototype = dockerfileAst.Instruction.prototype as unknown as { getRawArguments(): unknown[] };
const tokenize = instructionPrototype.getRawArguments;
instructionPrototype.getRawArguments = function memoizedRawArguments(this: object) {
  let cached = rawArguments.get(this);
  if (!cached) {
    cached = tokenize.call(this);
    rawArguments.set(this, cached);
  }
  return cached.slice();
};

/** A word of an instruction before the builder's expansion: as written, with its span. */
export interface AstWord {
  raw: string;
  span: Span;
}

/** Reads the nodes of one parsed text; heredocs that never close are recorded in `problems`. */
export class AstReader {
  constructor(
    readonly text: string,
    readonly positions: PositionMapper,
    readonly escapeChar: '\\' | '`',
    private readonly problems: ModelProblem[],
  ) {}

  spanOf(range: AstRange): Span {
    return { start: offsetOf(this.positions, range.start), end: offsetOf(this.positions, range.end) };
  }

  directives(ast: dockerfileAst.Dockerfile): Directive[] {
    return ast.getDirectives().map((directive) => ({
      name: directive.getName().toLowerCase(),
      value: directive.getValue(),
      region: this.positions.regionOf(this.spanOf(directive.getRange())),
      valueSpan: this.spanOf(directive.getValueRange()),
    }));
  }

  /** Whether the instruction is in exec form (`CMD ["a", "b"]`). */
  isExecForm(node: AstInstruction): node is dockerfileAst.JSONInstruction {
    return node instanceof JSONInstruction && node.getOpeningBracket() !== null && node.getClosingBracket() !== null;
  }

  /** The strings of an exec-form instruction, with their values. */
  jsonStrings(node: dockerfileAst.JSONInstruction): (AstWord & { value: string })[] {
    return node.getJSONStrings().map((json) => {
      // dockerfile-ast drops whitespace inside JSON strings; its range is right, so read the source.
      const span = this.spanOf(json.getRange());
      const raw = this.text.slice(span.start, span.end);
      return { raw, value: jsonString(raw), span };
    });
  }

  /** The whitespace-separated arguments of a shell-form instruction, after its flags. */
  words(node: AstInstruction): AstWord[] {
    return node.getArguments().map((argument) => ({ raw: argument.getValue(), span: this.spanOf(argument.getRange()) }));
  }

  flags(node: AstInstruction): InstructionFlag[] {
    if (!(node instanceof ModifiableInstruction)) return [];
    return node.getFlags().map((flag) => {
      const valueRange = flag.getValueRange();
      return {
        name: flag.getName().toLowerCase(),
        value: flag.getValue() ?? undefined,
        span: this.spanOf(flag.getRange()),
        valueSpan: valueRange ? this.spanOf(valueRange) : undefined,
        options: flag.getOptions().map((option) => {
          const optionValueRange = option.getValueRange();
          return {
            key: option.getName().toLowerCase(),
            value: option.getValue() ?? undefined,
            span: this.spanOf(option.getRange()),
            valueSpan: optionValueRange ? this.spanOf(optionValueRange) : undefined,
          };
        }),
      };
    });
  }

  heredocs(node: AstInstruction): Heredoc[] {
    const withHeredocs = node as unknown as { getHeredocs?: () => dockerfileAst.Heredoc[] };
    if (typeof withHeredocs.getHeredocs !== 'function') return [];
    const { text, positions } = this;
    return withHeredocs.getHeredocs().map((heredoc) => {
      const content = heredoc.getContentRange();
      const markerStart = offsetOf(positions, heredoc.getStartRange().start);
      const nameEnd = offsetOf(positions, heredoc.getNameRange().end);
      const quote = text[nameEnd];
      const markerEnd = quote === '"' || quote === "'" ? nameEnd + 1 : nameEnd;
      const opener = text.slice(markerStart, markerEnd);
      const bodySpan = content ? this.spanOf(content) : { start: markerEnd, end: markerEnd };
      if (!heredoc.getDelimiterRange()) {
        this.problems.push({ level: 'error', message: `heredoc \`${heredoc.getName()}\` is never closed: no line holds just \`${heredoc.getName()}\``, region: positions.regionOf({ start: markerStart, end: markerEnd }) });
      }
      return {
        name: heredoc.getName(),
        quoted: /["']/.test(opener),
        stripTabs: opener.startsWith('<<-'),
        body: text.slice(bodySpan.start, bodySpan.end),
        bodySpan,
        markerSpan: { start: markerStart, end: markerEnd },
      };
    });
  }

  /** The `NAME=value` pairs of an ARG, ENV or LABEL. */
  properties(node: AstInstruction): AstProperty[] | undefined {
    return node instanceof PropertyInstruction ? node.getProperties() : undefined;
  }

  /** An ARG/ENV/LABEL value as written (quotes kept, continuations joined), for the builder's word processing. */
  rawValueOf(property: AstProperty): string {
    const valueRange = property.getValueRange();
    if (!valueRange) return '';
    const span = this.spanOf(valueRange);
    return joinContinuations(this.text.slice(span.start, span.end), this.escapeChar);
  }

  /** The span inside the quotes of a quoted value. */
  unquotedSpan(span: Span): Span {
    const value = this.text.slice(span.start, span.end);
    return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? { start: span.start + 1, end: span.end - 1 } : span;
  }
}

/** The value of a JSON string literal. */
function jsonString(literal: string): string {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : literal;
  } catch {
    return stripQuotes(literal);
  }
}

export function stripQuotes(value: string): string {
  return value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0] ? value.slice(1, -1) : value;
}
