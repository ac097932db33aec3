import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  parseBuildArgs,
  parseByteSize
} from "./chunk-7QKEFK6P.js";
import {
  EXIT,
  UsageError
} from "./chunk-552BS3JC.js";
import {
  runRules
} from "./chunk-OEENWQPN.js";
import {
  createContextReader,
  prepareAudit
} from "./chunk-PXOBJE26.js";
import "./chunk-WJ6PYLO3.js";
import "./chunk-2H4H2G3V.js";
import "./chunk-L6P4OKFW.js";
import "./chunk-XRFHUXE2.js";
import "./chunk-FEGTDJTX.js";
import "./chunk-QQC64ZS2.js";
import "./chunk-HPV2A4AB.js";
import "./chunk-GFYAI36N.js";
import "./chunk-S6YZQCBU.js";
import "./chunk-2B2NMROS.js";
import "./chunk-Y7ESNACQ.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";

// src/cli/fix.ts
import path from "node:path";
import { parseArgs } from "node:util";
var FIX_USAGE = `Usage: repro-audit fix <paths...> [options]

Makes Dockerfiles reproducible by exact edits: image references (FROM, COPY --from,
RUN --mount from=, # syntax=) get the digest their tag points at now (the multi-platform
index, tag kept), ARG-built references get their ARG default pinned, and every other
machine-applicable fix a rule offers is applied. Prints a unified diff unless --write.

Options:
      --write                    write the fixed files (atomically; comments, CRLF, heredocs kept)
      --platform <os/arch[/v]>   pin one platform's manifest instead of the index
      --network                  allow downloads (ADD <url> gains --checksum=sha256:...)
      --insecure-registry <host> reach this registry over plain HTTP (repeatable; loopback always is)
  -c, --config <file>            config file (default: nearest .repro-audit.yml)
      --no-config                ignore any .repro-audit.yml
      --build-arg <k=v>          value for an ARG (repeatable)
`;
async function runFixArgv(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      write: { type: "boolean" },
      platform: { type: "string" },
      network: { type: "boolean" },
      "insecure-registry": { type: "string", multiple: true },
      config: { type: "string", short: "c" },
      "no-config": { type: "boolean" },
      "build-arg": { type: "string", multiple: true },
      "max-file-size": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(FIX_USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError("no Dockerfile or directory given");
  return runFixCommand(
    {
      paths: positionals,
      write: values.write ?? false,
      platform: values.platform,
      network: values.network,
      insecureRegistries: values["insecure-registry"],
      configFile: values["no-config"] ? false : values.config,
      buildArgs: parseBuildArgs(values["build-arg"] ?? []),
      maxFileBytes: values["max-file-size"] ? parseByteSize(values["max-file-size"]) : void 0
    },
    io
  );
}
async function runFixCommand(options, io) {
  const prepared = await prepareAudit({ cwd: io.cwd, configFile: options.configFile, buildArgs: options.buildArgs });
  const { runFix } = await import("./command-BYM6ESNQ.js");
  const findingFixes = (model) => runRules(model, {
    rules: prepared.rules,
    context: createContextReader(path.dirname(path.resolve(io.cwd, model.file))),
    settings: prepared.settings,
    ruleSettings: prepared.ruleSettings
  }).findings.flatMap((finding) => finding.fix && !finding.suppressed ? [finding.fix] : []);
  return runFix(
    {
      paths: options.paths,
      cwd: io.cwd,
      write: options.write,
      platform: options.platform,
      network: options.network,
      insecureRegistries: options.insecureRegistries,
      ignorePaths: prepared.config.ignorePaths,
      buildArgs: prepared.buildArgs,
      maxFileBytes: options.maxFileBytes,
      findingFixes
    },
    io
  );
}
export {
  FIX_USAGE,
  runFixArgv,
  runFixCommand
};
