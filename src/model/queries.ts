import type { ShellCommand } from '../shell/index.js';
import type { DockerfileModel, Instruction } from './types.js';

/** Every instruction, with each `ONBUILD` trigger right after its `ONBUILD` (triggers run in child builds). */
export function* instructionsWithTriggers(model: DockerfileModel): Generator<Instruction> {
  for (const instruction of model.instructions) {
    yield instruction;
    if (instruction.trigger) yield instruction.trigger;
  }
}

/** Every simple command of every RUN (triggers included), with the instruction it belongs to. */
export function* shellCommands(model: DockerfileModel): Generator<{ instruction: Instruction; command: ShellCommand }> {
  for (const instruction of instructionsWithTriggers(model)) {
    const script = instruction.script;
    if (script) for (const command of script.commands) yield { instruction, command };
  }
}
