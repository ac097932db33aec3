import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  ImageArchiveError,
  compareManifests
} from "./chunk-CWRYSDFM.js";
import {
  REBUILD_RULES,
  rebuildDiffRules
} from "./chunk-SVD6Y43N.js";
import "./chunk-6C2XJSU3.js";
import {
  emitReport
} from "./chunk-KWP2IPXY.js";
import {
  HELP_OPTION,
  REPORT_OPTIONS,
  loadReporter,
  parseFailOn,
  parseFormat,
  reportOptionsHelp
} from "./chunk-7QKEFK6P.js";
import {
  EXIT,
  UsageError,
  wantsColor
} from "./chunk-552BS3JC.js";
import "./chunk-2H4H2G3V.js";
import {
  terminalText
} from "./chunk-QQC64ZS2.js";
import {
  meetsThreshold
} from "./chunk-S6YZQCBU.js";
import {
  parseDockerfile
} from "./chunk-2B2NMROS.js";
import "./chunk-Y7ESNACQ.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";

// src/cli/compare.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var COMPARE_USAGE = `Usage: repro-audit compare <a.json> <b.json> [options]

Compares two image manifests written by \`repro-audit rebuild --record\` (for example on two CI
runners with different CPUs) file by file, and blames each difference on the Dockerfile
instruction that made it.

Options:
${reportOptionsHelp("warning")}
      --dockerfile <file>   the Dockerfile both were built from (for instruction lines)

Exit codes: 0 identical, or nothing at or above --fail-on; 1 differences; 2 usage error or a file
that is not a manifest.
`;
async function runCompare(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...REPORT_OPTIONS, dockerfile: { type: "string" }, ...HELP_OPTION }
  });
  if (values.help) {
    io.stdout(COMPARE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError("compare takes exactly two manifest files");
  const format = parseFormat(values.format);
  const failOn = parseFailOn(values["fail-on"]) ?? "warning";
  const [a, b] = positionals.map((file) => path.resolve(io.cwd, file));
  let model;
  if (values.dockerfile) {
    const file = path.resolve(io.cwd, values.dockerfile);
    if (!fs.existsSync(file)) throw new UsageError(`--dockerfile ${values.dockerfile}: no such file`);
    model = parseDockerfile(fs.readFileSync(file, "utf8"), file);
  }
  let comparison;
  try {
    comparison = await compareManifests(a, b, { model });
  } catch (error) {
    if (error instanceof ImageArchiveError) {
      io.stderr(`repro-audit: ${terminalText(error.message)}
`);
      return EXIT.usage;
    }
    throw error;
  }
  const reporter = await loadReporter(format);
  const report = { findings: comparison.findings, errors: [], rules: [...REBUILD_RULES, ...rebuildDiffRules], files: model ? [model.file] : [], category: "repro-audit/compare/" };
  if (!emitReport(io, reporter(report, { root: io.cwd, color: values.output ? false : wantsColor(io) }), { format, output: values.output, findings: comparison.findings.length })) return EXIT.usage;
  const differences = comparison.findings.length;
  io.stderr(differences === 0 ? "repro-audit: the two images are identical file by file\n" : `repro-audit: ${differences} difference${differences === 1 ? "" : "s"} between the two images
`);
  return comparison.findings.some((finding) => meetsThreshold(finding.severity, failOn)) ? EXIT.findings : EXIT.ok;
}
export {
  COMPARE_USAGE,
  runCompare
};
