import type { BuildStep } from '../dockerfile/instrument.js';
import { stepForBuildah, stepForDocker } from '../dockerfile/instrument.js';
import { PROBE_REPORT_PREFIX } from '../probe/verify.js';
import { isSignalReport, stepDeath } from './step-death.js';
import type { StepFailure, StepLog } from './types.js';

/** Lines kept per step: enough for a compiler error, bounded for builds that print megabytes. */
const TAIL_LINES = 40;

const DOCKER_STEP = /^Step (\d+)\/(\d+) : (.*)$/;
const BUILDAH_STEP = /^(?:\[(\d+)\/(\d+)\] )?STEP (\d+)\/(\d+): (.*)$/;

/**
 * Splits a builder's output into steps, keeping the tail of each step's output, so a failing
 * step can be reported with what it printed.
 */
export class StepLogCollector {
  readonly steps: StepLog[] = [];
  /** An unfinished line per stream: chunks of stdout and stderr interleave, lines must not. */
  private readonly pending = new Map<string, string>();

  constructor(
    private readonly dialect: 'docker' | 'buildah',
    private readonly instrumented: readonly BuildStep[],
    private readonly onLine: (line: string) => void = () => {},
  ) {}

  /**
   * Feeds raw output of one stream; lines may arrive split across chunks. Under load a chunk of
   * stderr can arrive between two halves of a stdout line, so each stream keeps its own unfinished
   * line (a shared one spliced them, and the probe's last line went unread).
   */
  write(chunk: string, stream = 'stdout'): void {
    const text = (this.pending.get(stream) ?? '') + chunk;
    const lines = text.split(/\r?\n/);
    this.pending.set(stream, lines.pop() ?? '');
    for (const line of lines) this.line(line);
  }

  end(): void {
    for (const rest of this.pending.values()) if (rest) this.line(rest);
    this.pending.clear();
  }

  get current(): StepLog | undefined {
    return this.steps.at(-1);
  }

  private line(line: string): void {
    this.onLine(line);
    const header = this.dialect === 'docker' ? this.dockerHeader(line) : this.buildahHeader(line);
    if (header) {
      this.steps.push(header);
      return;
    }
    const current = this.ownerOf(line);
    if (!current) return;
    if (isSignalReport(line)) current.signalReports.push(line);
    current.lines.push(line);
    if (current.lines.length > TAIL_LINES) current.lines.shift();
  }

  /**
   * The step a line belongs to: the current one, except for the probe's own report. buildah relays a
   * step's output from a goroutine that can lag behind the next step's header under load, and the
   * probe's lines are the ones the leg's verdict rests on, so they go to the probe step that printed
   * them.
   */
  private ownerOf(line: string): StepLog | undefined {
    const current = this.current;
    if (!line.startsWith(PROBE_REPORT_PREFIX) || current?.step?.origin === 'harness-probe') return current;
    return this.steps.findLast((log) => log.step?.origin === 'harness-probe') ?? current;
  }

  private dockerHeader(line: string): StepLog | undefined {
    const match = DOCKER_STEP.exec(line);
    if (!match) return undefined;
    return { step: stepForDocker(this.instrumented, Number(match[1])), header: line, lines: [], signalReports: [] };
  }

  private buildahHeader(line: string): StepLog | undefined {
    const match = BUILDAH_STEP.exec(line);
    if (!match) return undefined;
    const stageNumber = match[1] ? Number(match[1]) : this.onlyStage();
    return { step: stepForBuildah(this.instrumented, stageNumber - 1, Number(match[3])), header: line, lines: [], signalReports: [] };
  }

  /** buildah omits `[s/S]` for single-stage builds. */
  private onlyStage(): number {
    return 1;
  }
}

/**
 * The failure of the step the collector is in, with the signal that killed its program when the
 * engine said so. `hide` drops the engine's own error lines from the output shown to the user.
 */
export function failureOfCurrentStep(collector: StepLogCollector, message: string, exitCode: number | undefined, hide?: RegExp): StepFailure {
  const current = collector.current;
  const death = stepDeath(current?.signalReports ?? [], exitCode);
  return {
    step: current?.step,
    ...(exitCode !== undefined ? { exitCode } : {}),
    ...(death ? { death } : {}),
    message,
    outputTail: (current?.lines ?? []).filter((line) => !hide?.test(line)),
  };
}

/** Exit code of a failed RUN from the classic Docker builder's or buildah's error message. */
export function exitCodeFromMessage(message: string): number | undefined {
  const match = /returned a non-zero code: (\d+)/.exec(message) ?? /exit status (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}
