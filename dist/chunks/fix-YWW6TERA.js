import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  AUDIT_INPUT_OPTIONS,
  BUILD_ARG_HELP,
  CONFIG_HELP,
  HELP_OPTION,
  MAX_FILE_SIZE_HELP,
  checkPlatformOption,
  parseAuditInput,
  registryOptionsHelp
} from "./chunk-S66H5MEK.js";
import {
  EXIT,
  UsageError
} from "./chunk-24FM7DH7.js";
import "./chunk-VX53JGT4.js";
import {
  auditModel,
  createContextReader,
  prepareAudit
} from "./chunk-RV6OXUEF.js";
import "./chunk-DVUP7OQN.js";
import "./chunk-3AQNB5RO.js";
import {
  loadContextParsers
} from "./chunk-75MXF3LY.js";
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
import "./chunk-QQC64ZS2.js";
import "./chunk-DK4JW3AF.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/fix.ts
import path from "node:path";
import { parseArgs } from "node:util";
var FIX_USAGE = `Usage: repro-audit fix <paths...> [options]

Makes Dockerfiles reproducible by exact edits: image references (FROM, COPY --from,
RUN --mount from=, # syntax=) get the digest their tag points at now (the multi-platform
index, tag kept), ARG-built references get their ARG default pinned, and every other
machine-applicable fix a rule offers is applied. In Compose files, service images get their
digest (tag kept); in workflows and composite actions, \`uses: owner/repo@tag\` becomes the commit
the tag names now, with the tag kept as a comment (asked of the GitHub API: GITHUB_API_URL,
GITHUB_TOKEN). Prints a unified diff unless --write.

Options:
      --write               write the fixed files (atomically; comments, CRLF, heredocs kept)
      --network             allow downloads (ADD <url> gains --checksum=sha256:...)
${registryOptionsHelp("")}
${CONFIG_HELP}
${BUILD_ARG_HELP}
${MAX_FILE_SIZE_HELP}

Exit codes: 0 fixed (or nothing to fix; steps that need a human are listed on stderr), 1 a file
could not be fixed (it is left unchanged), 2 usage error.
`;
async function runFixArgv(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { write: { type: "boolean" }, network: { type: "boolean" }, ...AUDIT_INPUT_OPTIONS, ...HELP_OPTION }
  });
  if (values.help) {
    io.stdout(FIX_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("no file or directory given");
  return runFixCommand({ paths: positionals, write: values.write ?? false, network: values.network, ...parseAuditInput(values, io.env) }, io);
}
async function runFixCommand(options, io) {
  await checkPlatformOption(options.platform);
  const prepared = await prepareAudit({ cwd: io.cwd, configFile: options.configFile, buildArgs: options.buildArgs });
  const { fixFiles } = await import("./fix-MBVXG5AV.js");
  await loadContextParsers();
  const findingFixes = (model) => auditModel(model, prepared, createContextReader(path.dirname(path.resolve(io.cwd, model.file)))).findings.flatMap(
    (finding) => finding.fix && !finding.suppressed ? [finding.fix] : []
  );
  const run = await fixFiles(
    {
      paths: options.paths,
      cwd: io.cwd,
      write: options.write,
      platform: options.platform,
      network: options.network,
      insecureRegistries: options.insecureRegistries,
      ignorePaths: options.applyIgnorePaths ? prepared.config.ignorePaths : [],
      ignoreRoot: prepared.config.root,
      buildArgs: prepared.buildArgs,
      maxFileBytes: options.maxFileBytes,
      findingFixes
    },
    io
  );
  return run.failed ? EXIT.findings : EXIT.ok;
}
export {
  FIX_USAGE,
  runFixArgv,
  runFixCommand
};
