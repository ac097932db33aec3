import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIO } from '../cli/io.js';
import { meetsThreshold, SEVERITIES, type Severity } from '../findings/finding.js';
import { isFormat, loadReporter, FORMATS } from '../report/index.js';
import type { AuditReport } from '../report/types.js';
import { EnvironmentError } from './builders/types.js';
import { DockerfileError } from './dockerfile/instrument.js';
import { writeManifest } from './image/index.js';
import { rebuild, type RebuildOutcome } from './rebuild.js';
import { REBUILD_RULES } from './rules.js';
import { rebuildDiffRules } from './attribution/index.js';
import { handleInterrupts, InterruptedError, TimeoutError } from './run/cleanup.js';
import { createProgress } from './run/progress.js';
import { AXES, parseAxes, UsageError, type Axis, type BuilderKind } from './variation/axes.js';
import { checkCpuBuilderRequirements } from './cpu/requirements.js';

export const REBUILD_USAGE = `Usage: repro-audit rebuild <Dockerfile> [options]

Builds the Dockerfile twice, without cache, under controlled variations, and reports what differs.

Options:
  --context DIR          build context (default: the Dockerfile's directory)
  --vary AXES            comma-separated: ${AXES.join(', ')}, or all
                         (default: time,cpu when the CPU builder can run here, else time)
  --builder NAME         docker (default) or buildah (implied by --vary cpu)
  --network MODE         none (default) or default
  --build-arg NAME=VALUE passed to both legs (repeatable)
  --timeout SECONDS      limit for the whole run (default 1800)
  --format FORMAT        ${FORMATS.join(', ')} (default text)
  --fail-on SEVERITY     error, warning, note or none (default warning)
  --record FILE          write the first leg's image manifest (files, digests, config, CPU
                         features seen) for \`repro-audit compare\` across machines
`;

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

/** `repro-audit rebuild`: returns the process exit code; never throws for expected problems. */
export async function runRebuild(args: string[], io: CliIO, stderrIsTTY = false): Promise<number> {
  let parsed;
  try {
    parsed = parseRebuildArgs(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`repro-audit rebuild: ${(error as Error).message}\n\n${REBUILD_USAGE}`);
      return EXIT_USAGE;
    }
    throw error;
  }
  if (parsed.help) {
    io.stdout(REBUILD_USAGE);
    return EXIT_OK;
  }
  const axes = parsed.axes ?? ((await checkCpuBuilderRequirements()).problems.length === 0 ? (['time', 'cpu'] as Axis[]) : (['time'] as Axis[]));
  const progress = createProgress({ write: (text: string) => io.stderr(text), isTTY: stderrIsTTY }, io.env);
  const interrupts = handleInterrupts();
  try {
    const outcome = await rebuild({
      dockerfile: parsed.dockerfile,
      context: parsed.context,
      axes,
      ...(parsed.builder ? { builder: parsed.builder } : {}),
      network: parsed.network,
      buildArgs: parsed.buildArgs,
      timeoutMs: parsed.timeoutSeconds * 1000,
      progress,
      signal: interrupts.signal,
      env: io.env,
    });
    progress.stop();
    const report: AuditReport = {
      findings: outcome.findings,
      errors: [],
      rules: [...REBUILD_RULES, ...rebuildDiffRules],
      files: [outcome.file],
      category: `repro-audit/rebuild/${outcome.legs[0]?.leg.builder ?? 'docker'}/`,
    };
    const reporter = await loadReporter(parsed.format);
    io.stdout(reporter(report, { root: io.cwd, color: false }));
    io.stderr(`${summary(outcome)}\n`);
    if (parsed.record) {
      // The first leg's image as built here, with the CPU features its probe saw: what
      // `repro-audit compare` reads to compare builds from two machines.
      const image = outcome.comparison?.images[0];
      if (image) await writeManifest(image, parsed.record);
      else io.stderr(`repro-audit rebuild: nothing recorded in ${parsed.record}: the first leg produced no image\n`);
    }
    const failing = outcome.findings.some((finding) => meetsThreshold(finding.severity, parsed.failOn));
    return failing ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    progress.stop();
    if (error instanceof InterruptedError) {
      io.stderr(`repro-audit rebuild: ${error.message}; everything the run created was removed\n`);
      return error.signalName === 'SIGINT' ? 130 : 143;
    }
    if (error instanceof TimeoutError) {
      io.stderr(`repro-audit rebuild: ${error.message}; everything the run created was removed\n`);
      return EXIT_FINDINGS;
    }
    if (error instanceof UsageError || error instanceof EnvironmentError) {
      io.stderr(`repro-audit rebuild: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof DockerfileError) {
      io.stderr(`${parsed.dockerfile}${error.line ? `:${error.line}` : ''}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  } finally {
    interrupts.dispose();
  }
}

interface RebuildArgs {
  help: boolean;
  dockerfile: string;
  context: string;
  axes?: Axis[];
  builder?: BuilderKind;
  network: 'none' | 'default';
  buildArgs: Record<string, string>;
  timeoutSeconds: number;
  format: ReturnType<typeof checkedFormat>;
  failOn: Severity | 'none';
  record?: string;
}

function checkedFormat(value: string) {
  if (!isFormat(value)) throw new UsageError(`unknown --format '${value}' (${FORMATS.join(', ')})`);
  return value;
}

export function parseRebuildArgs(args: string[], io: Pick<CliIO, 'cwd'>): RebuildArgs {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      context: { type: 'string' },
      vary: { type: 'string' },
      builder: { type: 'string' },
      network: { type: 'string', default: 'none' },
      'build-arg': { type: 'string', multiple: true },
      timeout: { type: 'string', default: '1800' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'warning' },
      record: { type: 'string' },
    },
  });
  if (values.help) return { help: true } as RebuildArgs;
  if (positionals.length !== 1) throw new UsageError('expected exactly one Dockerfile');
  const dockerfile = positionals[0]!;
  if (values.network !== 'none' && values.network !== 'default') throw new UsageError(`--network must be none or default, not '${values.network}'`);
  if (values.builder !== undefined && values.builder !== 'docker' && values.builder !== 'buildah') {
    throw new UsageError(`--builder must be docker or buildah, not '${values.builder}'`);
  }
  const timeoutSeconds = Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) throw new UsageError(`--timeout must be a positive number of seconds`);
  const failOn = values['fail-on']!;
  if (failOn !== 'none' && !(SEVERITIES as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be error, warning, note or none`);
  const buildArgs: Record<string, string> = {};
  for (const entry of values['build-arg'] ?? []) {
    const equals = entry.indexOf('=');
    if (equals <= 0) throw new UsageError(`--build-arg needs NAME=VALUE, got '${entry}'`);
    buildArgs[entry.slice(0, equals)] = entry.slice(equals + 1);
  }
  const resolvedDockerfile = path.resolve(io.cwd, dockerfile);
  return {
    help: false,
    dockerfile,
    context: path.resolve(io.cwd, values.context ?? path.dirname(resolvedDockerfile)),
    ...(values.vary !== undefined ? { axes: parseAxes(values.vary) } : {}),
    ...(values.builder ? { builder: values.builder as BuilderKind } : {}),
    network: values.network,
    buildArgs,
    timeoutSeconds,
    format: checkedFormat(values.format!),
    failOn: failOn as Severity | 'none',
    ...(values.record ? { record: values.record } : {}),
  };
}

function summary(outcome: RebuildOutcome): string {
  const axes = outcome.pair.varied.join(', ');
  const timing = `builds ${(outcome.timings.buildMs / 1000).toFixed(1)} s of ${(outcome.timings.totalMs / 1000).toFixed(1)} s total`;
  if (outcome.reproducible) return `reproducible across ${axes} (${timing})`;
  if (outcome.findings.length > 0 && !outcome.comparison) return `not compared: see the findings above (${timing})`;
  const lines = [...new Set(outcome.findings.map((finding) => finding.region.startLine))].sort((x, y) => x - y);
  return `${outcome.findings.length} difference${outcome.findings.length === 1 ? '' : 's'} between the legs varying ${axes}, at line${lines.length === 1 ? '' : 's'} ${lines.join(', ')} (${timing})`;
}

