import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  ImageArchiveError,
  compareManifests
} from "./chunk-KJGHPJJB.js";
import {
  readDockerfileModel
} from "./chunk-FSNZSXL2.js";
import {
  writeReport
} from "./chunk-JA6NVGWE.js";
import "./chunk-6U2T5ATA.js";
import "./chunk-6C2XJSU3.js";
import {
  BUILD_ARG_HELP,
  BUILD_ARG_OPTION,
  HELP_OPTION,
  REPORT_OPTIONS,
  parseBuildArgs,
  parseFailOn,
  parseFormat,
  reportOptionsHelp
} from "./chunk-DJZH54BB.js";
import {
  EXIT,
  UsageError,
  findingsExit
} from "./chunk-HCOXBQZU.js";
import "./chunk-DZ6TTSOF.js";
import "./chunk-KZH7MZHB.js";
import "./chunk-GRDCOERX.js";
import {
  REBUILD_RULES
} from "./chunk-L6JIQQYZ.js";
import "./chunk-GFYAI36N.js";
import "./chunk-VH7FCUMN.js";
import "./chunk-EWVXBHGY.js";
import "./chunk-WDRH2CAH.js";
import "./chunk-3EYDSPKG.js";
import "./chunk-4SAFVKBM.js";
import "./chunk-2SZMTY7D.js";
import "./chunk-Z4HDJ7NM.js";
import {
  terminalText
} from "./chunk-QQC64ZS2.js";
import "./chunk-ZA57FG27.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/compare.ts
import path from "node:path";
import { parseArgs } from "node:util";
var COMPARE_USAGE = `Usage: repro-audit compare <a.json> <b.json> [options]

Compares two image manifests written by \`repro-audit rebuild --record\` (for example on two CI
runners with different CPUs) file by file, and blames each difference on the Dockerfile
instruction that made it.

Options:
${reportOptionsHelp("warning")}
      --dockerfile <file>   the Dockerfile both were built from (for instruction lines)
${BUILD_ARG_HELP}

Exit codes: 0 identical, or nothing at or above --fail-on; 1 differences; 2 usage error or a file
that is not a manifest.
`;
async function runCompare(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...REPORT_OPTIONS, dockerfile: { type: "string" }, ...BUILD_ARG_OPTION, ...HELP_OPTION }
  });
  if (values.help) {
    io.stdout(COMPARE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError("compare takes exactly two manifest files");
  const format = parseFormat(values.format);
  const failOn = parseFailOn(values["fail-on"]) ?? "warning";
  const [a, b] = positionals.map((file) => path.resolve(io.cwd, file));
  const buildArgs = parseBuildArgs(values["build-arg"], io.env);
  const model = values.dockerfile === void 0 ? void 0 : await readDockerfileModel(io, values.dockerfile, buildArgs);
  if (values.dockerfile !== void 0 && !model) return EXIT.usage;
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
  const report = { findings: comparison.findings, errors: [], rules: [...REBUILD_RULES], files: model ? [model.file] : [], category: "repro-audit/compare/" };
  if (!await writeReport(io, report, { format, output: values.output })) return EXIT.usage;
  const differences = comparison.findings.length;
  io.stderr(differences === 0 ? "repro-audit: the two images are identical file by file\n" : `repro-audit: ${differences} difference${differences === 1 ? "" : "s"} between the two images
`);
  return findingsExit(comparison.findings, failOn);
}
export {
  COMPARE_USAGE,
  runCompare
};
