import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  writeReport
} from "./chunk-MXWOTIFG.js";
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
  parseNixDetail,
  registryOptionsHelp,
  reportOptionsHelp
} from "./chunk-S66H5MEK.js";
import {
  EXIT,
  UsageError,
  fileErrorLine,
  findingsExit
} from "./chunk-24FM7DH7.js";
import {
  defaultCacheDir,
  runAudit
} from "./chunk-VX53JGT4.js";
import {
  NO_FILES_POLICIES,
  nothingAuditedMessage
} from "./chunk-RV6OXUEF.js";
import "./chunk-DVUP7OQN.js";
import "./chunk-3AQNB5RO.js";
import "./chunk-75MXF3LY.js";
import "./chunk-6E4CKGCT.js";
import "./chunk-GFYAI36N.js";
import "./chunk-HUMZK7UK.js";
import "./chunk-T74X72SU.js";
import "./chunk-SQ42UHQ5.js";
import "./chunk-WEEU3CX4.js";
import {
  readSourceFromDisk
} from "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-I3VAFWKR.js";
import {
  terminalText
} from "./chunk-QQC64ZS2.js";
import "./chunk-DK4JW3AF.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/lint.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var LINT_USAGE = `Usage: repro-audit [lint] <paths...> [options]

Audits Dockerfiles for what makes builds non-reproducible, and the files around them: Nix files
and flake.lock, GitHub workflows and action.yml (their run: steps with the same shell rules), and
Compose files. A path is a file, or a directory searched for Dockerfile, Containerfile,
*.Dockerfile, *.Containerfile, Dockerfile.<variant> (not Dockerfile.md, Dockerfile.sh, ...: see the
README), *.nix, flake.lock, .github/workflows/*.yml, action.yml and compose.yaml /
docker-compose*.yml files.

Options:
${reportOptionsHelp("error", true)}
      --no-files <what>     when the paths hold no Dockerfile: error (exit 2), warn (exit 0)
                            or ok (default: error)
${CONFIG_HELP}
      --context <dir>       build context (default: each Dockerfile's directory)
${BUILD_ARG_HELP}
      --rules <module>      load extra rules from a local JS module or directory (repeatable)
      --category <id>       SARIF automationDetails.id (default: repro-audit/lint/)
      --include-suppressed  keep suppressed findings in SARIF, marked with suppressions (left
                            out by default: code scanning would open alerts for them)
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

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage error, a file that cannot be
audited, or (--no-files error) paths that hold no Dockerfile.
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
      "include-suppressed": { type: "boolean" },
      "no-files": { type: "string" },
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
  const nixFlag = parseNixDetail(values.nix);
  const noFiles = parseNoFiles(values["no-files"]);
  if (values.context && !fs.existsSync(path.resolve(io.cwd, values.context))) throw new UsageError(`--context ${values.context}: no such directory`);
  const input = parseAuditInput(values, io.env);
  if (values.fix) return (await import("./fix-YWW6TERA.js")).runFixCommand({ paths: positionals, write: values.write ?? false, ...input }, io);
  if (values["resolve-digests"]) await checkPlatformOption(input.platform);
  let run = await runAudit({
    paths: positionals,
    cwd: io.cwd,
    configFile: input.configFile,
    context: values.context,
    buildArgs: input.buildArgs,
    rulesModules: values.rules,
    maxFileBytes: input.maxFileBytes,
    applyIgnorePaths: input.applyIgnorePaths,
    cache: cacheOptions(values["no-cache"] === true, values["cache-dir"], io)
  });
  if (values["resolve-digests"]) run = await (await import("./fix-MBVXG5AV.js")).attachDigestPins(run, input);
  for (const notice of run.notices) io.stderr(`repro-audit: ${terminalText(notice)}
`);
  const sources = new Map([...run.sources].map(([file, source]) => [path.resolve(io.cwd, file), source]));
  const readSource = (file) => sources.get(file) ?? readSourceFromDisk(file);
  const color = values["no-color"] ? false : values.color;
  const output = { format, output: values.output, color, readSource, nix: nixFlag ?? run.config.nix, includeSuppressed: values["include-suppressed"] };
  if (!await writeReport(io, { ...run, category: values.category }, output)) return EXIT.usage;
  if (run.errors.length > 0) {
    if (format !== "text" || values.output) for (const error of run.errors) io.stderr(fileErrorLine(error));
    return EXIT.usage;
  }
  if (run.files.length === 0 && run.ignored.length === 0 && noFiles !== "ok") {
    io.stderr(`repro-audit: ${noFiles === "warn" ? "warning: " : ""}${terminalText(nothingAuditedMessage(positionals, input.applyIgnorePaths && run.config.ignorePaths.length > 0))}
`);
    if (noFiles === "error") return EXIT.usage;
  }
  return findingsExit(run.findings, failOnFlag ?? run.failOn ?? "error");
}
function parseNoFiles(value) {
  if (value === void 0) return "error";
  if (!NO_FILES_POLICIES.includes(value)) throw new UsageError(`unknown --no-files ${value} (use ${NO_FILES_POLICIES.join(", ")})`);
  return value;
}
function cacheOptions(disabled, dir, io) {
  const id = true ? "eb9a07a841db9f9c" : void 0;
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
