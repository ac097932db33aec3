import dockerfileAst from 'dockerfile-ast';
import type { Span } from '../../src/findings/index.js';
import { createPositionMapper, offsetOf } from '../../src/model/positions.js';
import { heredocOf } from '../../src/model/reader/heredocs.js';
import type { ReadDockerfile, ReadHeredoc, ReadInstruction, ReadProperty } from '../../src/model/reader/types.js';
import type { InstructionFlag } from '../../src/model/types.js';

/**
 * dockerfile-ast, read into the shape the model is built from. The model reads with its own fast
 * reader (src/model/reader/read.ts); this adapter is the oracle the reader is held to, over the
 * whole corpus and generated Dockerfiles (test/model/reader.test.ts). Tests only: dockerfile-ast is
 * not on the audit's path.
 */
type AstRange = { start: { line: number; character: number }; end: { line: number; character: number } };

export function readWithDockerfileAst(text: string): ReadDockerfile {
  const positions = createPositionMapper(text);
  const spanOf = (range: AstRange): Span => ({ start: offsetOf(positions, range.start), end: offsetOf(positions, range.end) });
  const ast = dockerfileAst.DockerfileParser.parse(text);
  const escapeChar = ast.getEscapeCharacter() === '`' ? '`' : '\\';

  const flags = (node: dockerfileAst.Instruction): InstructionFlag[] => {
    if (!(node instanceof dockerfileAst.ModifiableInstruction)) return [];
    return node.getFlags().map((flag) => {
      const valueRange = flag.getValueRange();
      return {
        name: flag.getName().toLowerCase(),
        value: flag.getValue() ?? undefined,
        span: spanOf(flag.getRange()),
        valueSpan: valueRange ? spanOf(valueRange) : undefined,
        options: flag.getOptions().map((option) => {
          const optionValueRange = option.getValueRange();
          return {
            key: option.getName().toLowerCase(),
            value: option.getValue() ?? undefined,
            span: spanOf(option.getRange()),
            valueSpan: optionValueRange ? spanOf(optionValueRange) : undefined,
          };
        }),
      };
    });
  };

  // Every instruction has getHeredocs (typed protected but for RUN and COPY); the model asks all of them.
  const heredocs = (node: dockerfileAst.Instruction): ReadHeredoc[] =>
    (node as unknown as { getHeredocs(): dockerfileAst.Heredoc[] }).getHeredocs().map((heredoc) => {
      const content = heredoc.getContentRange();
      return heredocOf(text, {
        start: offsetOf(positions, heredoc.getStartRange().start),
        nameEnd: offsetOf(positions, heredoc.getNameRange().end),
        name: heredoc.getName(),
        body: content ? spanOf(content) : null,
        closed: heredoc.getDelimiterRange() !== null,
      });
    });

  const properties = (node: dockerfileAst.PropertyInstruction): ReadProperty[] =>
    node.getProperties().map((property) => {
      const valueRange = property.getValueRange();
      return { name: property.getName(), value: property.getValue(), span: spanOf(property.getRange()), valueSpan: valueRange ? spanOf(valueRange) : undefined };
    });

  const instruction = (node: dockerfileAst.Instruction): ReadInstruction => {
    const argsRange = node.getArgumentsRange();
    const read: ReadInstruction = {
      keyword: node.getKeyword(),
      span: spanOf(node.getRange()),
      keywordSpan: spanOf(node.getInstructionRange()),
      argsSpan: argsRange ? spanOf(argsRange) : undefined,
      flags: flags(node),
      words: node.getArguments().map((argument) => ({ raw: argument.getValue(), span: spanOf(argument.getRange()) })),
      execStrings: undefined,
      heredocs: heredocs(node),
    };
    if (node instanceof dockerfileAst.JSONInstruction) {
      read.execStrings = node.getOpeningBracket() !== null && node.getClosingBracket() !== null ? node.getJSONStrings().map((json) => spanOf(json.getRange())) : undefined;
    }
    if (node instanceof dockerfileAst.PropertyInstruction) read.properties = properties(node);
    if (node instanceof dockerfileAst.From) {
      const stage = node.getBuildStage();
      if (stage !== null) read.stageName = stage;
    }
    if (node instanceof dockerfileAst.Onbuild) {
      const trigger = node.getTriggerInstruction();
      if (trigger) read.trigger = instruction(trigger);
    }
    return read;
  };

  return {
    escapeChar,
    directives: ast.getDirectives().map((directive) => ({
      name: directive.getName(),
      value: directive.getValue(),
      span: spanOf(directive.getRange()),
      valueSpan: spanOf(directive.getValueRange()),
    })),
    instructions: ast.getInstructions().map(instruction),
  };
}
