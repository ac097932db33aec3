import type { ShellWord } from './types.js';

/**
 * Commands that run another command given as their arguments. For each: options that take a
 * separate value, and how many positional operands come before the wrapped command.
 */
interface Wrapper {
  optionsWithValue: ReadonlySet<string>;
  /** Positional operands before the command (e.g. `timeout 10 cmd`). */
  operands?: number;
  /** `NAME=value` words are settings of the wrapper, not the command (`env`). */
  skipsAssignments?: boolean;
}

const set = (...values: string[]) => new Set(values);

const WRAPPERS: Record<string, Wrapper> = {
  sudo: { optionsWithValue: set('-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group') },
  doas: { optionsWithValue: set('-u', '-C') },
  env: { optionsWithValue: set('-u', '--unset', '-C', '--chdir', '-S'), skipsAssignments: true },
  nice: { optionsWithValue: set('-n', '--adjustment') },
  ionice: { optionsWithValue: set('-c', '-n', '-p', '-t') },
  nohup: { optionsWithValue: set() },
  time: { optionsWithValue: set('-f', '-o', '--format', '--output') },
  exec: { optionsWithValue: set('-a') },
  command: { optionsWithValue: set() },
  builtin: { optionsWithValue: set() },
  stdbuf: { optionsWithValue: set('-i', '-o', '-e') },
  timeout: { optionsWithValue: set('-s', '-k', '--signal', '--kill-after'), operands: 1 },
  xargs: { optionsWithValue: set('-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-procs') },
  eatmydata: { optionsWithValue: set() },
  retry: { optionsWithValue: set('-t', '-d', '--times', '--delay') },
  'fakeroot': { optionsWithValue: set('-l', '-s', '-i') },
  chronic: { optionsWithValue: set() },
};

/** The program a word names, without its directory (`/usr/bin/apt-get` → `apt-get`). */
export function programName(word: ShellWord | undefined): string | undefined {
  return word?.value?.split('/').pop();
}

/** The argv that actually runs: `sudo -E env A=1 apt-get install x` → `apt-get install x`. */
export function unwrapArgv(words: ShellWord[]): ShellWord[] {
  let argv = words;
  for (let guard = 0; guard < 8 && argv.length > 0; guard++) {
    const name = programName(argv[0]);
    const wrapper = name ? WRAPPERS[name] : undefined;
    if (!wrapper) break;
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
