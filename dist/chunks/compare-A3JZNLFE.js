import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  readDockerfileModel
} from "./chunk-MNLH6IZN.js";
import {
  writeReport
} from "./chunk-MXWOTIFG.js";
import {
  BUILD_ARG_HELP,
  BUILD_ARG_OPTION,
  HELP_OPTION,
  REPORT_OPTIONS,
  parseBuildArgs,
  parseFailOn,
  parseFormat,
  parseNixDetail,
  reportOptionsHelp
} from "./chunk-S66H5MEK.js";
import {
  ImageArchiveError,
  compareRecords
} from "./chunk-HEYN2TTV.js";
import "./chunk-6C2XJSU3.js";
import {
  EXIT,
  UsageError,
  findingsExit
} from "./chunk-24FM7DH7.js";
import "./chunk-VX53JGT4.js";
import "./chunk-RV6OXUEF.js";
import "./chunk-DVUP7OQN.js";
import {
  REBUILD_RULES
} from "./chunk-3AQNB5RO.js";
import "./chunk-75MXF3LY.js";
import "./chunk-6E4CKGCT.js";
import "./chunk-GFYAI36N.js";
import "./chunk-HUMZK7UK.js";
import "./chunk-T74X72SU.js";
import "./chunk-SQ42UHQ5.js";
import "./chunk-WEEU3CX4.js";
import "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-I3VAFWKR.js";
import {
  terminalText
} from "./chunk-QQC64ZS2.js";
import "./chunk-DK4JW3AF.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/compare.ts
import path from "node:path";
import { parseArgs } from "node:util";
var COMPARE_USAGE = `Usage: repro-audit compare <record.json> <record.json>... [options]

Compares build records written by \`repro-audit rebuild --record\` or \`--record-only\` (for example
one per CI runner, on machines with different CPUs) file by file. Identical records form a group;
each difference between the groups is blamed on the Dockerfile instruction that made it, naming the
machines on either side and the CPU features that separate them.

Options:
${reportOptionsHelp("warning")}
      --dockerfile <file>   the Dockerfile all were built from (for instruction lines)
${BUILD_ARG_HELP}

Exit codes: 0 all identical, or nothing at or above --fail-on; 1 differences; 2 usage error or a
file that is not a build record.
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
  if (positionals.length < 2) throw new UsageError("compare takes two or more build records");
  const format = parseFormat(values.format);
  const nix = parseNixDetail(values.nix);
  const failOn = parseFailOn(values["fail-on"]) ?? "warning";
  const files = positionals.map((file) => path.resolve(io.cwd, file));
  const buildArgs = parseBuildArgs(values["build-arg"], io.env);
  const model = values.dockerfile === void 0 ? void 0 : await readDockerfileModel(io, values.dockerfile, buildArgs);
  if (values.dockerfile !== void 0 && !model) return EXIT.usage;
  let comparison;
  try {
    comparison = await compareRecords(files, { model });
  } catch (error) {
    if (error instanceof ImageArchiveError) {
      io.stderr(`repro-audit: ${terminalText(error.message)}
`);
      return EXIT.usage;
    }
    throw error;
  }
  const report = { findings: comparison.findings, errors: [], rules: [...REBUILD_RULES], files: model ? [model.file] : [], category: "repro-audit/compare/" };
  if (!await writeReport(io, report, { format, output: values.output, nix })) return EXIT.usage;
  io.stderr(`repro-audit: ${terminalText(summary(comparison, files.length))}
`);
  return findingsExit(comparison.findings, failOn);
}
function summary({ groups, findings }, count) {
  if (groups.length === 1) return count === 2 ? "the two images are identical file by file" : `all ${count} images are identical file by file`;
  const sizes = groups.map((group, index) => `group ${index + 1}: ${group.members.map((member) => member.machine).join(", ")}`);
  return `${findings.length} difference${findings.length === 1 ? "" : "s"}; the ${count} records fall in ${groups.length} groups (${sizes.join("; ")})`;
}
export {
  COMPARE_USAGE,
  runCompare
};
