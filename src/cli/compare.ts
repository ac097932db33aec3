import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { meetsThreshold } from '../findings/index.js';
import { compareManifests, ImageArchiveError } from '../harness/index.js';
import { REBUILD_RULES } from '../rules/index.js';
import { loadDockerfileParser } from '../model/index.js';
import { loadReporter, terminalText } from '../report/index.js';
import { EXIT, UsageError, wantsColor, type CliIO } from './io.js';
import { HELP_OPTION, parseFailOn, parseFormat, REPORT_OPTIONS, reportOptionsHelp } from './options.js';
import { emitReport } from './report-output.js';

export const COMPARE_USAGE = `Usage: repro-audit compare <a.json> <b.json> [options]

Compares two image manifests written by \`repro-audit rebuild --record\` (for example on two CI
runners with different CPUs) file by file, and blames each difference on the Dockerfile
instruction that made it.

Options:
${reportOptionsHelp('warning')}
      --dockerfile <file>   the Dockerfile both were built from (for instruction lines)

Exit codes: 0 identical, or nothing at or above --fail-on; 1 differences; 2 usage error or a file
that is not a manifest.
`;

export async function runCompare(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...REPORT_OPTIONS, dockerfile: { type: 'string' }, ...HELP_OPTION },
  });
  if (values.help) {
    io.stdout(COMPARE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError('compare takes exactly two manifest files');
  const format = parseFormat(values.format);
  const failOn = parseFailOn(values['fail-on']) ?? 'warning';
  const [a, b] = positionals.map((file) => path.resolve(io.cwd, file)) as [string, string];
  let model;
  if (values.dockerfile) {
    const file = path.resolve(io.cwd, values.dockerfile);
    if (!fs.existsSync(file)) throw new UsageError(`--dockerfile ${values.dockerfile}: no such file`);
    model = (await loadDockerfileParser()).parseDockerfile(fs.readFileSync(file, 'utf8'), file);
  }
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
  const reporter = await loadReporter(format);
  const report = { findings: comparison.findings, errors: [], rules: [...REBUILD_RULES], files: model ? [model.file] : [], category: 'repro-audit/compare/' };
  if (!emitReport(io, reporter(report, { root: io.cwd, color: values.output ? false : wantsColor(io) }), { format, output: values.output, findings: comparison.findings.length })) return EXIT.usage;
  const differences = comparison.findings.length;
  io.stderr(differences === 0 ? 'repro-audit: the two images are identical file by file\n' : `repro-audit: ${differences} difference${differences === 1 ? '' : 's'} between the two images\n`);
  return comparison.findings.some((finding) => meetsThreshold(finding.severity, failOn)) ? EXIT.findings : EXIT.ok;
}
