import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  writeReport
} from "./chunk-JA6NVGWE.js";
import {
  AUDIT_INPUT_OPTIONS,
  BUILD_ARG_HELP,
  CONFIG_HELP,
  HELP_OPTION,
  MAX_FILE_SIZE_HELP,
  REPORT_OPTIONS,
  checkPlatformOption,
  parseAuditInput,
  parseByteSize,
  parseFailOn,
  parseFormat,
  registryOptionsHelp,
  reportOptionsHelp
} from "./chunk-DJZH54BB.js";
import {
  EXIT,
  UsageError,
  fileErrorLine,
  findingsExit
} from "./chunk-HCOXBQZU.js";
import {
  defaultCacheDir,
  runAudit
} from "./chunk-DZ6TTSOF.js";
import "./chunk-KZH7MZHB.js";
import "./chunk-GRDCOERX.js";
import "./chunk-L6JIQQYZ.js";
import "./chunk-GFYAI36N.js";
import "./chunk-VH7FCUMN.js";
import "./chunk-EWVXBHGY.js";
import "./chunk-WDRH2CAH.js";
import "./chunk-3EYDSPKG.js";
import {
  readSourceFromDisk
} from "./chunk-4SAFVKBM.js";
import "./chunk-2SZMTY7D.js";
import "./chunk-Z4HDJ7NM.js";
import {
  terminalText
} from "./chunk-QQC64ZS2.js";
import "./chunk-ZA57FG27.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/lint.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var LINT_USAGE = `Usage: repro-audit [lint] <paths...> [options]

Audits Dockerfiles for what makes builds non-reproducible. A path is a Dockerfile, or a
directory searched for Dockerfile, Containerfile, *.Dockerfile and Dockerfile.* files.

Options:
${reportOptionsHelp("error")}
${CONFIG_HELP}
      --context <dir>       build context (default: each Dockerfile's directory)
${BUILD_ARG_HELP}
      --rules <module>      load extra rules from a local JS module or directory (repeatable)
      --category <id>       SARIF automationDetails.id (default: repro-audit/lint/)
${MAX_FILE_SIZE_HELP}
      --resolve-digests     ask each image's registry for its digest now, so unpinned-image
                            findings carry the exact pin (SARIF fixes); network required
${registryOptionsHelp("with --resolve-digests or --fix: ")}
      --fix                 apply fixes (see \`repro-audit fix --help\`); prints a diff unless --write
      --write               with --fix, write the fixed files
      --no-cache            audit every file afresh (results of unchanged files are reused by default)
      --cache-dir <dir>     where results are kept (default: $REPRO_AUDIT_CACHE_DIR, else ~/.cache/repro-audit);
                            at most $REPRO_AUDIT_CACHE_MAX_SIZE of them (default: 256MiB)
      --color / --no-color  force colours on or off (NO_COLOR and FORCE_COLOR are honoured)

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage error or a file that cannot be audited.
`;
async function runLint(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...REPORT_OPTIONS,
      ...AUDIT_INPUT_OPTIONS,
      context: { type: "string" },
      rules: { type: "string", multiple: true },
      category: { type: "string" },
      fix: { type: "boolean" },
      write: { type: "boolean" },
      "resolve-digests": { type: "boolean" },
      "no-cache": { type: "boolean" },
      "cache-dir": { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      ...HELP_OPTION
    }
  });
  if (values.help) {
    io.stdout(LINT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("no Dockerfile or directory given");
  const format = parseFormat(values.format);
  const failOnFlag = parseFailOn(values["fail-on"]);
  if (values.context && !fs.existsSync(path.resolve(io.cwd, values.context))) throw new UsageError(`--context ${values.context}: no such directory`);
  const input = parseAuditInput(values, io.env);
  if (values.fix) return (await import("./fix-SDZPBNCV.js")).runFixCommand({ paths: positionals, write: values.write ?? false, ...input }, io);
  if (values["resolve-digests"]) await checkPlatformOption(input.platform);
  let run = await runAudit({
    paths: positionals,
    cwd: io.cwd,
    configFile: input.configFile,
    context: values.context,
    buildArgs: input.buildArgs,
    rulesModules: values.rules,
    maxFileBytes: input.maxFileBytes,
    cache: cacheOptions(values["no-cache"] === true, values["cache-dir"], io)
  });
  if (values["resolve-digests"]) run = await (await import("./fix-VMY5224V.js")).attachDigestPins(run, input);
  for (const notice of run.notices) io.stderr(`repro-audit: ${terminalText(notice)}
`);
  const sources = new Map([...run.sources].map(([file, source]) => [path.resolve(io.cwd, file), source]));
  const readSource = (file) => sources.get(file) ?? readSourceFromDisk(file);
  const color = values["no-color"] ? false : values.color;
  if (!await writeReport(io, { ...run, category: values.category }, { format, output: values.output, color, readSource })) return EXIT.usage;
  if (run.errors.length > 0) {
    if (format !== "text" || values.output) for (const error of run.errors) io.stderr(fileErrorLine(error));
    return EXIT.usage;
  }
  return findingsExit(run.findings, failOnFlag ?? run.failOn ?? "error");
}
function cacheOptions(disabled, dir, io) {
  const id = true ? "134c48a6c5a5b83a" : void 0;
  if (disabled || !id) return void 0;
  const maxSize = io.env.REPRO_AUDIT_CACHE_MAX_SIZE;
  return {
    dir: path.resolve(io.cwd, dir ?? defaultCacheDir(io.env)),
    id,
    limits: maxSize ? { maxBytes: parseByteSize(maxSize, "REPRO_AUDIT_CACHE_MAX_SIZE=") } : void 0
  };
}
export {
  LINT_USAGE,
  runLint
};
