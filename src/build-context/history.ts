import type { DockerfileModel, Instruction, ShellUnit } from '../model/index.js';
import type { ShellCommand } from '../shell/index.js';
import { instructionsBefore } from './copies.js';

/**
 * The shell commands that ran before `command` in its build: those of the RUNs before its
 * instruction (base stages and earlier ONBUILD triggers included, see `instructionsBefore`), then
 * the ones before it in its own script (`at`: the RUN, or the shell unit holding the command: a
 * copied script, a workflow step, which has no earlier RUNs). Settings a command leaves behind
 * (`bundle config set frozen true`, a project install whose binaries `npx` finds) are read from them.
 */
export function commandsBefore(model: DockerfileModel, at: Instruction | ShellUnit | undefined, command: ShellCommand): ShellCommand[] {
  const instruction = at && ('keyword' in at ? at : at.instruction);
  const earlier = instruction ? instructionsBefore(model, instruction).flatMap((candidate) => candidate.script?.commands ?? []) : [];
  const own = at?.script?.commands ?? [];
  const index = own.indexOf(command);
  return [...earlier, ...own.slice(0, index < 0 ? 0 : index)];
}
