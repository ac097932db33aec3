import { commandFacts, programName } from './commands.js';
import type { ShellCommand, ShellWord, VariableScope } from './types.js';

/** The argv that actually runs: `sudo -E env A=1 apt-get install x` → `apt-get install x`. */
export function unwrapArgv(words: ShellWord[]): ShellWord[] {
  let argv = words;
  for (let guard = 0; guard < 8 && argv.length > 0; guard++) {
    const wrapper = commandFacts(programName(argv[0]))?.wrapper;
    if (!wrapper) break;
    if (wrapper.multiCall) {
      const applet = argv[1]?.value;
      if (applet === undefined || applet.startsWith('-')) break;
      argv = argv.slice(1);
      continue;
    }
    let i = 1;
    let operands = wrapper.operands ?? 0;
    while (i < argv.length) {
      const value = argv[i]!.value;
      if (value === undefined) break;
      if (value === '--') {
        i++;
        break;
      }
      if (value.startsWith('-') && value.length > 1) {
        i += wrapper.optionsWithValue.has(value) ? 2 : 1;
        continue;
      }
      if (wrapper.skipsAssignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) {
        i++;
        continue;
      }
      if (operands > 0) {
        operands--;
        i++;
        continue;
      }
      break;
    }
    if (i >= argv.length) return argv;
    argv = argv.slice(i);
  }
  return argv;
}

/**
 * The value of environment variable `name` for a command: a `NAME=value` prefix, a `NAME=value`
 * argument of a wrapper before it (`env BUNDLE_FROZEN=true bundle install`), else the ARG or ENV in
 * scope. Undefined when none sets it or its value is unknown.
 */
export function environmentValue(command: ShellCommand, name: string, scope: VariableScope): string | undefined {
  const prefix = command.assignments.findLast((assignment) => assignment.name === name);
  if (prefix) return prefix.value;
  const start = command.argv[0] ? command.words.indexOf(command.argv[0]) : -1;
  const wrapped = command.words.slice(0, Math.max(0, start)).findLast((word) => word.value?.startsWith(`${name}=`));
  if (wrapped) return wrapped.value!.slice(name.length + 1);
  return scope.get(name);
}
