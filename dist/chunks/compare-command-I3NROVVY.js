import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ImageArchiveError,
  compareManifests
} from "./chunk-BP3LAQ4V.js";
import {
  REBUILD_RULES,
  rebuildDiffRules
} from "./chunk-G4I6JBE6.js";
import "./chunk-5FZG4XTT.js";
import {
  FORMATS,
  isFormat,
  loadReporter
} from "./chunk-H4MCMBAK.js";
import {
  EXIT,
  UsageError
} from "./chunk-WCXHDGWH.js";
import {
  SEVERITIES,
  meetsThreshold
} from "./chunk-D5OME3K6.js";
import {
  parseDockerfile
} from "./chunk-EHJE3HLK.js";
import "./chunk-62IGXUQJ.js";
import "./chunk-6DG7BXTN.js";

// src/harness/compare-command.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var COMPARE_USAGE = `Usage: repro-audit compare <a.json> <b.json> [--dockerfile FILE] [options]

Compares two image manifests written by \`repro-audit rebuild --record\` (for example on two CI
runners with different CPUs, or a local build against a remote Docker host's) file by file, and
blames each difference on the Dockerfile instruction that made it.

Options:
      --dockerfile <file>   the Dockerfile both were built from (for instruction lines)
  -f, --format <fmt>        ${FORMATS.join(" | ")} (default: text)
      --fail-on <level>     error | warning | note | none (default: warning)
`;
async function runCompare(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dockerfile: { type: "string" },
      format: { type: "string", short: "f" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(COMPARE_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError("compare takes exactly two manifest files");
  const format = values.format ?? "text";
  if (!isFormat(format)) throw new UsageError(`unknown --format ${format} (use ${FORMATS.join(", ")})`);
  const failOn = values["fail-on"] ?? "warning";
  if (![...SEVERITIES, "none"].includes(failOn)) throw new UsageError(`unknown --fail-on ${failOn}`);
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
      io.stderr(`repro-audit compare: ${error.message}
`);
      return EXIT.usage;
    }
    throw error;
  }
  const reporter = await loadReporter(format);
  io.stdout(
    reporter(
      { findings: comparison.findings, errors: [], rules: [...REBUILD_RULES, ...rebuildDiffRules], files: model ? [model.file] : [], category: "repro-audit/compare/" },
      { root: io.cwd, color: false }
    )
  );
  const differences = comparison.findings.length;
  io.stderr(differences === 0 ? "repro-audit compare: the two images are identical file by file\n" : `repro-audit compare: ${differences} difference${differences === 1 ? "" : "s"}
`);
  return comparison.findings.some((finding) => meetsThreshold(finding.severity, failOn)) ? EXIT.findings : EXIT.ok;
}
export {
  COMPARE_USAGE,
  runCompare
};
