import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  FORMATS,
  isFormat,
  loadReporter
} from "./chunk-H4MCMBAK.js";
import {
  parseBuildArgs,
  parseByteSize
} from "./chunk-CRDSSFCY.js";
import {
  EXIT,
  UsageError,
  wantsColor
} from "./chunk-WCXHDGWH.js";
import {
  readSourceFromDisk
} from "./chunk-2TVVB2ID.js";
import "./chunk-NF5OP2VU.js";
import {
  defaultCacheDir,
  runAudit
} from "./chunk-IJHJP4TI.js";
import {
  RuleLoadError
} from "./chunk-B7KJDD6V.js";
import "./chunk-CIS224HE.js";
import "./chunk-URTYYL5A.js";
import "./chunk-WKHV2BXR.js";
import {
  terminalText
} from "./chunk-Y2ZQ22AG.js";
import "./chunk-T24AKE3P.js";
import {
  ConfigError
} from "./chunk-GMFFGHFY.js";
import {
  SEVERITIES,
  meetsThreshold
} from "./chunk-D5OME3K6.js";
import "./chunk-BUR6YWIQ.js";
import "./chunk-62IGXUQJ.js";
import {
  WriteError,
  writeFileSafely
} from "./chunk-VR3CR3V5.js";
import "./chunk-6DG7BXTN.js";

// src/cli/lint.ts
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
var LINT_USAGE = `Usage: repro-audit [lint] <paths...> [options]

Audits Dockerfiles for what makes builds non-reproducible. A path is a Dockerfile, or a
directory searched for Dockerfile, Containerfile, *.Dockerfile and Dockerfile.* files.

Options:
  -f, --format <fmt>        ${FORMATS.join(" | ")} (default: text)
  -o, --output <file>       write the report to a file instead of stdout
  -c, --config <file>       config file (default: nearest .repro-audit.yml)
      --no-config           ignore any .repro-audit.yml
      --fail-on <level>     error | warning | note | none (default: error)
      --context <dir>       build context (default: each Dockerfile's directory)
      --build-arg <k=v>     value for an ARG, as docker build takes it (repeatable)
      --rules <module>      load extra rules from a local JS module or directory (repeatable)
      --category <id>       SARIF automationDetails.id (default: repro-audit/lint/)
      --max-file-size <n>   refuse larger Dockerfiles (default: 1MiB)
      --resolve-digests     ask each image's registry for its digest now, so unpinned-image
                            findings carry the exact pin (SARIF fixes); network required
      --platform <os/arch>  with --resolve-digests or --fix: pin one platform instead of the index
      --insecure-registry <host>  plain HTTP for this registry (repeatable; loopback always is)
      --fix                 apply fixes (see \`repro-audit fix --help\`); prints a diff unless --write
      --write               with --fix, write the fixed files
      --no-cache            audit every file afresh (results of unchanged files are reused by default)
      --cache-dir <dir>     where results are kept (default: $REPRO_AUDIT_CACHE_DIR, else ~/.cache/repro-audit)
      --color / --no-color  force colours on or off (NO_COLOR and FORCE_COLOR are honoured)

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage error or a file that cannot be audited.
`;
async function runLint(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f" },
      output: { type: "string", short: "o" },
      config: { type: "string", short: "c" },
      "no-config": { type: "boolean" },
      "fail-on": { type: "string" },
      context: { type: "string" },
      "build-arg": { type: "string", multiple: true },
      rules: { type: "string", multiple: true },
      category: { type: "string" },
      "max-file-size": { type: "string" },
      fix: { type: "boolean" },
      write: { type: "boolean" },
      "resolve-digests": { type: "boolean" },
      "no-cache": { type: "boolean" },
      "cache-dir": { type: "string" },
      platform: { type: "string" },
      "insecure-registry": { type: "string", multiple: true },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(LINT_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("no Dockerfile or directory given");
  const format = values.format ?? "text";
  if (!isFormat(format)) throw new UsageError(`unknown --format ${format} (use ${FORMATS.join(", ")})`);
  const failOnFlag = values["fail-on"];
  if (failOnFlag !== void 0 && ![...SEVERITIES, "none"].includes(failOnFlag)) {
    throw new UsageError(`unknown --fail-on ${failOnFlag} (use error, warning, note or none)`);
  }
  if (values.context && !fs.existsSync(path.resolve(io.cwd, values.context))) throw new UsageError(`--context ${values.context}: no such directory`);
  const buildArgs = parseBuildArgs(values["build-arg"] ?? []);
  const maxFileBytes = values["max-file-size"] ? parseByteSize(values["max-file-size"]) : void 0;
  if (values.fix) {
    const { runFixCommand } = await import("./fix-E2MDPOGF.js");
    return runFixCommand(
      {
        paths: positionals,
        write: values.write ?? false,
        buildArgs,
        configFile: values["no-config"] ? false : values.config,
        maxFileBytes,
        platform: values.platform,
        insecureRegistries: values["insecure-registry"]
      },
      io
    );
  }
  let run;
  try {
    run = await runAudit({
      paths: positionals,
      cwd: io.cwd,
      configFile: values["no-config"] ? false : values.config,
      context: values.context,
      buildArgs,
      rulesModules: values.rules,
      maxFileBytes,
      cache: cacheOptions(values["no-cache"] === true, values["cache-dir"], io),
      digests: values["resolve-digests"] ? { resolver: new (await import("./client-QQX3KG4Y.js")).RegistryClient({ insecureRegistries: values["insecure-registry"] }), platform: values.platform } : void 0
    });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof RuleLoadError) {
      io.stderr(`repro-audit: ${terminalText(error.message)}
`);
      return EXIT.usage;
    }
    throw error;
  }
  const reporter = await loadReporter(format);
  const color = values.output ? false : wantsColor(io, values["no-color"] ? false : values.color);
  const absolute = (file) => path.resolve(io.cwd, file);
  const report = {
    ...run,
    findings: run.findings.map((finding) => ({ ...finding, file: absolute(finding.file) })),
    errors: run.errors.map((error) => ({ ...error, file: absolute(error.file) })),
    files: run.files.map(absolute),
    category: values.category
  };
  const sources = new Map([...run.sources].map(([file, source]) => [absolute(file), source]));
  const text = reporter(report, { root: io.cwd, color, readSource: (file) => sources.get(file) ?? readSourceFromDisk(file) });
  for (const notice of run.notices) io.stderr(`repro-audit: ${terminalText(notice)}
`);
  if (values.output) {
    try {
      writeReport(path.resolve(io.cwd, values.output), text, values.output);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.stderr(`repro-audit: ${error.message}
`);
      return EXIT.usage;
    }
    if (format !== "text") io.stderr(summaryLine(run.findings.filter((f) => !f.suppressed).length, run.errors.length, values.output));
  } else io.stdout(text);
  const threshold = failOnFlag ?? run.failOn ?? "error";
  if (run.errors.length > 0) {
    if (format !== "text" || values.output) for (const error of run.errors) io.stderr(`${terminalText(error.file)}${error.line ? `:${error.line}` : ""}: ${terminalText(error.message)}
`);
    return EXIT.usage;
  }
  return run.findings.some((finding) => !finding.suppressed && meetsThreshold(finding.severity, threshold)) ? EXIT.findings : EXIT.ok;
}
function cacheOptions(disabled, dir, io) {
  const id = true ? "0806cedd3d6cec7e" : void 0;
  if (disabled || !id) return void 0;
  return { dir: dir ? path.resolve(io.cwd, dir) : defaultCacheDir(io.env), id };
}
function writeReport(file, text, shownAs) {
  writeFileSafely(file, text, { createParents: true, shownAs });
}
function summaryLine(findings, errors, output) {
  return `repro-audit: ${findings} finding${findings === 1 ? "" : "s"}${errors ? `, ${errors} file error${errors === 1 ? "" : "s"}` : ""}; report written to ${output}
`;
}
export {
  LINT_USAGE,
  runLint,
  writeReport
};
