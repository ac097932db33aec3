import { commandFacts, programName } from './commands.js';
import type { ShellWord } from './types.js';

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
