import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareRecords, ImageArchiveError, type FleetComparison } from '../harness/index.js';
import { terminalText } from '../report/index.js';
import { REBUILD_RULES } from '../rules/index.js';
import { readDockerfileModel } from './dockerfile.js';
import { EXIT, findingsExit, UsageError, type CliIO } from './io.js';
import { BUILD_ARG_HELP, BUILD_ARG_OPTION, HELP_OPTION, parseBuildArgs, parseFailOn, parseFormat, parseNixDetail, REPORT_OPTIONS, reportOptionsHelp } from './options.js';
import { writeReport } from './output.js';

export const COMPARE_USAGE = `Usage: repro-audit compare <record.json> <record.json>... [options]

Compares build records written by \`repro-audit rebuild --record\` or \`--record-only\` (for example
one per CI runner, on machines with different CPUs) file by file. Identical records form a group;
each difference between the groups is blamed on the Dockerfile instruction that made it, naming the
machines on either side and the CPU features that separate them.

Options:
${reportOptionsHelp('warning')}
      --dockerfile <file>   the Dockerfile all were built from (for instruction lines)
${BUILD_ARG_HELP}

Exit codes: 0 all identical, or nothing at or above --fail-on; 1 differences; 2 usage error or a
file that is not a build record.
`;

export async function runCompare(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...REPORT_OPTIONS, dockerfile: { type: 'string' }, ...BUILD_ARG_OPTION, ...HELP_OPTION },
  });
  if (values.help) {
    io.stdout(COMPARE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length < 2) throw new UsageError('compare takes two or more build records');
  const format = parseFormat(values.format);
  const nix = parseNixDetail(values.nix);
  const failOn = parseFailOn(values['fail-on']) ?? 'warning';
  const files = positionals.map((file) => path.resolve(io.cwd, file));
  const buildArgs = parseBuildArgs(values['build-arg'], io.env);
  const model = values.dockerfile === undefined ? undefined : await readDockerfileModel(io, values.dockerfile, buildArgs);
  if (values.dockerfile !== undefined && !model) return EXIT.usage;
  let comparison: FleetComparison;
  try {
    comparison = await compareRecords(files, { model });
  } catch (error) {
    if (error instanceof ImageArchiveError) {
      io.stderr(`repro-audit: ${terminalText(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  const report = { findings: comparison.findings, errors: [], rules: [...REBUILD_RULES], files: model ? [model.file] : [], category: 'repro-audit/compare/' };
  if (!(await writeReport(io, report, { format, output: values.output, nix }))) return EXIT.usage;
  io.stderr(`repro-audit: ${terminalText(summary(comparison, files.length))}\n`);
  return findingsExit(comparison.findings, failOn);
}

function summary({ groups, findings }: FleetComparison, count: number): string {
  if (groups.length === 1) return count === 2 ? 'the two images are identical file by file' : `all ${count} images are identical file by file`;
  const sizes = groups.map((group, index) => `group ${index + 1}: ${group.members.map((member) => member.machine).join(', ')}`);
  return `${findings.length} difference${findings.length === 1 ? '' : 's'}; the ${count} records fall in ${groups.length} groups (${sizes.join('; ')})`;
}
