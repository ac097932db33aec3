import type { StepLog } from '../builders/types.js';
import { CPU_MODEL_FEATURES, type LegSpec } from '../variation/legs.js';

/** How every line the probe prints begins. */
export const PROBE_REPORT_PREFIX = 'repro-audit-probe: ';
const PROBE_LINE = new RegExp(`^${PROBE_REPORT_PREFIX}([\\w.]+)(?:=(.*))?$`);

/** What one run of the probe saw inside a build step. */
export interface ProbeReport {
  /** Stage index the probe ran in. */
  stage?: number;
  values: Map<string, string>;
  complete: boolean;
}

export interface ProbeVerdict {
  reports: ProbeReport[];
  /** Why the leg's variations cannot be trusted; empty when every probe showed what was intended. */
  problems: string[];
  /** CPU features seen by the first probe, e.g. `['sse4_2', 'avx']`. */
  cpuFeatures?: string[];
  /** Code-generation features CPUID showed the first probe, as /proc/cpuinfo names them (`CODEGEN_FEATURES`). */
  cpuFlags?: string[];
}

/** Reads the probe's output out of the leg's step logs. */
export function probeReports(steps: readonly StepLog[]): ProbeReport[] {
  return steps
    .filter((log) => log.step?.origin === 'harness-probe')
    .map((log) => {
      const values = new Map<string, string>();
      let complete = false;
      for (const line of log.lines) {
        const match = PROBE_LINE.exec(line.trim());
        if (!match) continue;
        if (match[1] === 'done') complete = true;
        else values.set(match[1]!, match[2] ?? '');
      }
      return { stage: log.step?.stage, values, complete };
    });
}

/**
 * Checks that every probe of a leg saw the leg's intended settings: the CPU model's AVX/AVX2, the
 * CPU count, and the harness's build args; and, where it was to hold the steps back until the leg's
 * clock (`clockHeld`), that it did. A leg with no complete probe is not verified at all.
 */
export function verifyProbes(leg: LegSpec, steps: readonly StepLog[], options: { clockHeld?: boolean } = {}): ProbeVerdict {
  const reports = probeReports(steps);
  const problems: string[] = [];
  const completed = reports.filter((report) => report.complete);
  if (completed.length === 0) {
    problems.push(`the probe did not run to completion in leg ${leg.name}, so its settings are unverified`);
  }
  for (const report of completed) {
    const where = `leg ${leg.name}${report.stage !== undefined ? `, stage ${report.stage}` : ''}`;
    if (leg.cpuModel) {
      const expected = CPU_MODEL_FEATURES[leg.cpuModel];
      for (const feature of ['avx', 'avx2'] as const) {
        const seen = report.values.get(`cpu.${feature}`) === '1';
        if (seen !== expected[feature]) {
          problems.push(`${where}: CPUID ${seen ? 'shows' : 'lacks'} ${feature.toUpperCase()}, but the ${leg.cpuModel} model ${expected[feature] ? 'has' : 'lacks'} it`);
        }
      }
    }
    if (leg.expectedCpus !== undefined) {
      const cpus = report.values.get('cpus');
      if (cpus !== String(leg.expectedCpus)) {
        problems.push(`${where}: build steps saw ${cpus ?? 'an unknown number of'} CPUs instead of ${leg.expectedCpus}`);
      }
    }
    if (options.clockHeld && !/^\d+$/.test(report.values.get('clock.waited_ms') ?? '')) {
      problems.push(`${where}: the probe did not hold the build's steps back until the leg's clock (it read no time to wait for)`);
    }
    for (const [name, value] of Object.entries(leg.harnessArgs)) {
      const seen = report.values.get(`env.${name}`);
      if (seen !== value) {
        problems.push(`${where}: build steps saw ${name}='${seen ?? ''}' instead of '${value}' (an ENV in the base image overrides it?)`);
      }
    }
  }
  const first = completed[0];
  const cpuFeatures = first
    ? ['sse4.2', 'avx', 'avx2'].filter((feature) => first.values.get(`cpu.${feature}`) === '1').map((feature) => feature.replace('.', '_'))
    : undefined;
  const cpuFlags = first?.values.get('cpu.flags')?.trim().split(/\s+/).filter((flag) => flag.length > 0);
  return { reports, problems, ...(cpuFeatures ? { cpuFeatures } : {}), ...(cpuFlags ? { cpuFlags } : {}) };
}
