import os from 'node:os';

/**
 * Whether a failed step's program was killed by a signal, read from whatever the engine printed.
 * Engines report it in different places, and the shell decides which:
 * - a shell that forks the program (`tool > /out && echo done`) exits 128 + signal (132 for SIGILL),
 *   and the classic Docker builder says `returned a non-zero code: 132`;
 * - a shell that execs it (`tool > /out`: sh, dash, bash and busybox exec the last command) dies
 *   itself: the classic builder still reports 128 + signal, but buildah's chroot runtime prints
 *   `subprocess exited on illegal instruction` and then calls it `exit status 1`;
 * - under QEMU user-mode, QEMU prints `qemu: uncaught target signal 4 (Illegal instruction)`.
 * The engine's own words win over the exit code; 128 + n alone is the weakest evidence.
 */
export interface StepDeath {
  /** e.g. `SIGILL`. */
  signal: string;
  number: number;
  /** What the C library calls it, e.g. `Illegal instruction`. */
  description: string;
  /** The engine's line (or exit code) this was read from. */
  evidence: string;
}

/** strsignal(3) wording of the signals a build step dies of in practice. */
const DESCRIPTIONS: Record<string, string> = {
  SIGILL: 'Illegal instruction',
  SIGTRAP: 'Trace/breakpoint trap',
  SIGABRT: 'Aborted',
  SIGBUS: 'Bus error',
  SIGFPE: 'Floating point exception',
  SIGKILL: 'Killed',
  SIGSEGV: 'Segmentation fault',
  SIGTERM: 'Terminated',
  SIGSYS: 'Bad system call',
  SIGXCPU: 'CPU time limit exceeded',
  SIGXFSZ: 'File size limit exceeded',
};

const QEMU_SIGNAL = /\buncaught target signal (\d+) \(([^)]+)\)/;
const BUILDAH_SIGNAL = /\bsubprocess exited on (.+?)\s*$/;

export function signalByNumber(number: number): StepDeath | undefined {
  const name = Object.entries(os.constants.signals).find(([, value]) => value === number)?.[0];
  return name ? { signal: name, number, description: DESCRIPTIONS[name] ?? name, evidence: '' } : undefined;
}

function signalByDescription(description: string): StepDeath | undefined {
  const wanted = description.trim().toLowerCase();
  const name = Object.keys(DESCRIPTIONS).find((candidate) => DESCRIPTIONS[candidate]!.toLowerCase() === wanted);
  return name ? signalByNumber(os.constants.signals[name as keyof typeof os.constants.signals]) : undefined;
}

/** Whether an output line is an engine's or QEMU's report of a death by signal. */
export function isSignalReport(line: string): boolean {
  return QEMU_SIGNAL.test(line) || BUILDAH_SIGNAL.test(line);
}

/** Reads the step's output lines (engine and QEMU messages included) and its exit code. */
export function stepDeath(lines: readonly string[], exitCode: number | undefined): StepDeath | undefined {
  for (const line of lines) {
    const qemu = QEMU_SIGNAL.exec(line);
    const death = qemu ? signalByNumber(Number(qemu[1])) : undefined;
    if (death) return { ...death, evidence: line.trim() };
  }
  for (const line of lines) {
    const buildah = BUILDAH_SIGNAL.exec(line);
    const death = buildah ? signalByDescription(buildah[1]!) : undefined;
    if (death) return { ...death, evidence: line.trim() };
  }
  if (exitCode !== undefined && exitCode > 128 && exitCode < 128 + 32) {
    const death = signalByNumber(exitCode - 128);
    if (death) return { ...death, evidence: `exit code ${exitCode} (128 + ${exitCode - 128})` };
  }
  return undefined;
}
