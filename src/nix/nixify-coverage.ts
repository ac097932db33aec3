/**
 * How many generated flakes pass the check pass (their image can start as the Dockerfile's would,
 * as far as the flake can tell), and why the others do not, counted by rule and reason.
 */
import { compareText } from '../findings/index.js';
import type { DockerfileModel } from '../model/index.js';
import { nixify, type CheckRule } from './nixify/translate.js';

export interface NixifyCoverage {
  /** Linux flakes (a FROM, not a Windows image). */
  linux: number;
  /** Flakes with nothing failing the check pass after the repairs. */
  passing: number;
  /** Flakes failing, by rule and reason (one count per flake and reason). */
  reasons: Map<string, number>;
  /** Flakes whose header names changes from the Dockerfile (repairs, removed packages, versions). */
  changedFlakes: number;
}

/** The reason of a failure without its subject: what a count of many flakes can group. */
function reasonOf(rule: CheckRule, message: string): string {
  if (rule === 'shebang') return /not read|could not be read|context was not given/.test(message) ? 'shebang: the script the image runs was not read (the corpus has no build contexts)' : 'shebang: no package known for the interpreter';
  if (rule === 'program' && message.includes(' runs java -jar ')) return 'program: a java -jar file the image does not have (a jar built outside a known builder, or fetched by a RUN step)';
  if (rule === 'program') return 'program: nothing in the image provides it (a base-image program without a known package, or a file built outside a known builder)';
  if (rule === 'user') return 'user: a user neither the Dockerfile nor the official base image creates';
  if (rule === 'env') return 'env: a ${VAR} without a known value (a build argument without a default, or the base image\'s ENV), other than PATH';
  return 'https: no CA certificates';
}

export function measureNixify(models: DockerfileModel[]): NixifyCoverage {
  const coverage: NixifyCoverage = { linux: 0, passing: 0, reasons: new Map(), changedFlakes: 0 };
  for (const model of models) {
    if (model.stages.length === 0) continue;
    const result = nixify(model);
    if (result.windows) continue;
    coverage.linux++;
    if (result.flake.includes('\n# Changed from the Dockerfile (')) coverage.changedFlakes++;
    if (result.failures.length === 0) coverage.passing++;
    for (const reason of new Set(result.failures.map((failure) => reasonOf(failure.rule, failure.message)))) coverage.reasons.set(reason, (coverage.reasons.get(reason) ?? 0) + 1);
  }
  return coverage;
}

export function formatNixifyCoverage(coverage: NixifyCoverage): string {
  const lines = [`nixify check pass: ${coverage.passing}/${coverage.linux} Linux flakes pass (${coverage.changedFlakes} flakes name changes from the Dockerfile in their header); the rest fail, by reason (a flake may count under several):`];
  for (const [reason, count] of [...coverage.reasons].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))) lines.push(`  ${String(count).padStart(4)}  ${reason}`);
  return lines.join('\n');
}
