import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareManifests, ImageArchiveError } from '../harness/index.js';
import { terminalText } from '../report/index.js';
import { REBUILD_RULES } from '../rules/index.js';
import { readDockerfileModel } from './dockerfile.js';
import { EXIT, findingsExit, UsageError, type CliIO } from './io.js';
import { BUILD_ARG_HELP, BUILD_ARG_OPTION, HELP_OPTION, parseBuildArgs, parseFailOn, parseFormat, parseNixDetail, REPORT_OPTIONS, reportOptionsHelp } from './options.js';
import { writeReport } from './output.js';

export const COMPARE_USAGE = `Usage: repro-audit compare <a.json> <b.json> [options]

Compares two image manifests written by \`repro-audit rebuild --record\` (for example on two CI
runners with different CPUs) file by file, and blames each difference on the Dockerfile
instruction that made it.

Options:
${reportOptionsHelp('warning')}
      --dockerfile <file>   the Dockerfile both were built from (for instruction lines)
${BUILD_ARG_HELP}

Exit codes: 0 identical, or nothing at or above --fail-on; 1 differences; 2 usage error or a file
that is not a manifest.
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
  if (positionals.length !== 2) throw new UsageError('compare takes exactly two manifest files');
  const format = parseFormat(values.format);
  const nix = parseNixDetail(values.nix);
  const failOn = parseFailOn(values['fail-on']) ?? 'warning';
  const [a, b] = positionals.map((file) => path.resolve(io.cwd, file)) as [string, string];
  const buildArgs = parseBuildArgs(values['build-arg'], io.env);
  const model = values.dockerfile === undefined ? undefined : await readDockerfileModel(io, values.dockerfile, buildArgs);
  if (values.dockerfile !== undefined && !model) return EXIT.usage;
  let comparison;
  try {
    comparison = await compareManifests(a, b, { model });
  } catch (error) {
    if (error instanceof ImageArchiveError) {
      io.stderr(`repro-audit: ${terminalText(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  const report = { findings: comparison.findings, errors: [], rules: [...REBUILD_RULES], files: model ? [model.file] : [], category: 'repro-audit/compare/' };
  if (!(await writeReport(io, report, { format, output: values.output, nix }))) return EXIT.usage;
  const differences = comparison.findings.length;
  io.stderr(differences === 0 ? 'repro-audit: the two images are identical file by file\n' : `repro-audit: ${differences} difference${differences === 1 ? '' : 's'} between the two images\n`);
  return findingsExit(comparison.findings, failOn);
}
