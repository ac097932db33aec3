import type { InstructionRef, PositionMapper, Region, RelatedLocation } from '../findings/index.js';
import type { ShellCommand, ShellWord, VariableScope } from '../shell/index.js';
import { joinContinuations } from './instruction-text.js';
import type { DockerfileModel, Instruction, ShellUnit, Stage } from './types.js';

/**
 * The questions rules, the harness and the Nix bridge ask of a model, answered in one place: the
 * stages an image is built from, a stage by name, an instruction's text and its reference.
 */

/** Every instruction, with each `ONBUILD` trigger right after its `ONBUILD` (triggers run in child builds). */
export function* instructionsWithTriggers(model: DockerfileModel): Generator<Instruction> {
  for (const instruction of model.instructions) {
    yield instruction;
    if (instruction.trigger) yield instruction.trigger;
  }
}

/** Each model's RUN units, made once: every rule walks them. */
const unitsOfModel = new WeakMap<DockerfileModel, ShellUnit[]>();

/** The shell units of the file's own RUNs (triggers included), in file order. */
export function runUnits(model: DockerfileModel): ShellUnit[] {
  let units = unitsOfModel.get(model);
  if (!units) {
    units = [];
    for (const instruction of instructionsWithTriggers(model)) {
      const script = instruction.script;
      if (script) units.push({ file: model.file, text: model.text, positions: model.positions, script, instruction });
    }
    unitsOfModel.set(model, units);
  }
  return units;
}

/**
 * Every simple command of some shell units, with its unit and the instruction that runs it. Given a
 * model, the units of its own RUNs; rules pass their context's `units`, which also hold the scripts
 * of the build context the RUNs run.
 */
// A model's units are its RUNs, each with its instruction; only a workflow step's shell has none.
export function shellCommands(source: DockerfileModel): Generator<{ unit: ShellUnit; instruction: Instruction; command: ShellCommand }>;
export function shellCommands(source: DockerfileModel | Iterable<ShellUnit>): Generator<{ unit: ShellUnit; instruction: Instruction | undefined; command: ShellCommand }>;
export function* shellCommands(source: DockerfileModel | Iterable<ShellUnit>): Generator<{ unit: ShellUnit; instruction: Instruction | undefined; command: ShellCommand }> {
  for (const unit of isModel(source) ? runUnits(source) : source) {
    for (const command of unit.script.commands) yield { unit, instruction: unit.instruction, command };
  }
}

const NO_VARIABLES: VariableScope = { get: () => undefined, has: () => false };

/** The variables known where a unit runs: its instruction's ARGs and ENVs; none are known of a workflow step. */
export function variablesOf(unit: Pick<ShellUnit, 'instruction'>): VariableScope {
  return unit.instruction?.variables ?? NO_VARIABLES;
}

function isModel(source: DockerfileModel | Iterable<ShellUnit>): source is DockerfileModel {
  return 'instructions' in source;
}

/** The stages `stage` is built from, base first and `stage` last: `FROM build AS final` includes `build`. */
export function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let current: Stage | undefined = stage; current && !chain.includes(current); current = current.image.kind === 'stage' ? current.image.stage : undefined) {
    chain.unshift(current);
  }
  return chain;
}

/** The stage a build target, `COPY --from=` or `--target` names: by name (any case) or by index; the last stage when none is named. */
export function findStage(model: DockerfileModel, target?: string): Stage | undefined {
  if (target === undefined) return model.stages.at(-1);
  const name = target.toLowerCase();
  return model.stages.find((stage) => stage.name === name || String(stage.index) === target);
}

/** How findings and messages name a stage: its `AS` name, else its index. */
export function stageLabel(stage: Stage): string {
  return stage.name ?? String(stage.index);
}

/** Each model's `ONBUILD` instructions by their trigger, found once: a search per question is quadratic in the file. */
const triggerOwners = new WeakMap<DockerfileModel, Map<Instruction, Instruction>>();

/** The `ONBUILD` instruction whose trigger `instruction` is, if it is one. */
export function onbuildOf(model: DockerfileModel, instruction: Instruction): Instruction | undefined {
  let owners = triggerOwners.get(model);
  if (!owners) {
    owners = new Map(model.instructions.flatMap((candidate) => (candidate.trigger ? [[candidate.trigger, candidate] as const] : [])));
    triggerOwners.set(model, owners);
  }
  return owners.get(instruction);
}

/** How a finding names its instruction: keyword, lines and stage (an `ONBUILD` trigger is named by its `ONBUILD`). */
export function instructionRef(model: DockerfileModel, instruction: Instruction): InstructionRef {
  const owner = onbuildOf(model, instruction);
  const placed = owner ?? instruction;
  const stage = instruction.stage ?? owner?.stage;
  return {
    keyword: owner ? `ONBUILD ${instruction.keyword}` : instruction.keyword,
    startLine: placed.region.startLine,
    endLine: placed.region.endLine,
    ...(stage ? { stage: stageLabel(stage) } : {}),
  };
}

/** An instruction of the file as a related location of a finding (`the COPY that brings the lockfile`). */
export function instructionLocation(model: DockerfileModel, instruction: Instruction, message: string): RelatedLocation {
  return { file: model.file, region: instruction.region, message };
}

/** An instruction as one line, as the builder reads it: continuations joined, comment lines dropped, blanks collapsed. */
export function instructionText(model: DockerfileModel, instruction: Instruction): string {
  return oneLine(model, instruction.span.start, instruction.span.end);
}

/** What follows an instruction's keyword and flags, as one line (`apt-get update && apt-get install -y curl`). */
export function argumentsText(model: DockerfileModel, instruction: Instruction): string {
  return collapseBlanks(argumentsSource(model, instruction));
}

/** What follows an instruction's keyword and flags as the builder reads it: continuations joined, comment lines dropped. */
export function argumentsSource(model: DockerfileModel, instruction: Instruction): string {
  return instruction.argsSpan ? joinContinuations(model.text.slice(instruction.argsSpan.start, instruction.argsSpan.end), model.escapeChar).trim() : '';
}

function oneLine(model: DockerfileModel, start: number, end: number): string {
  return collapseBlanks(joinContinuations(model.text.slice(start, end), model.escapeChar));
}

function collapseBlanks(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The region covering a run of shell words (e.g. a command name and its subcommand) of a model's or a unit's file. */
export function regionOfWords(file: { positions: PositionMapper }, first: ShellWord, last: ShellWord = first): Region {
  return file.positions.regionOf({ start: first.span.start, end: Math.max(last.span.end, first.span.start) });
}
