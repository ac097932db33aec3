#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  EXIT,
  UsageError
} from "./chunks/chunk-24FM7DH7.js";
import "./chunks/chunk-WEEU3CX4.js";
import {
  TOOL_VERSION
} from "./chunks/chunk-PFHIFKKA.js";
import "./chunks/chunk-O33AYLXZ.js";
import "./chunks/chunk-Z4HDJ7NM.js";
import "./chunks/chunk-I3VAFWKR.js";
import {
  terminalText
} from "./chunks/chunk-QQC64ZS2.js";
import "./chunks/chunk-DK4JW3AF.js";
import {
  inertToRunner
} from "./chunks/chunk-DQISMCMM.js";
import "./chunks/chunk-36S4BROV.js";

// src/cli/run.ts
var HELP = `repro-audit: find what makes container builds non-reproducible, and fix it.

Usage:
  repro-audit [lint] <paths...>      static audit of Dockerfiles (\`repro-audit lint --help\`)
  repro-audit rules [RULE]           list the rules, or document one
  repro-audit fix <paths...>         pin images by digest and apply other exact fixes
  repro-audit rebuild <Dockerfile>   build twice under varied CPU, time, ...; blame each difference
  repro-audit compare <a> <b>        compare two image manifests recorded on different machines
  repro-audit nixify <Dockerfile>    write a flake.nix that builds an equivalent image with Nix
  repro-audit --version

Run \`repro-audit <command> --help\` for a command's options.
`;
var COMMANDS = {
  lint: async () => (await import("./chunks/lint-ZKZ7RUBV.js")).runLint,
  rules: async () => (await import("./chunks/rules-I42BEAPV.js")).runRulesCommand,
  fix: async () => (await import("./chunks/fix-YWW6TERA.js")).runFixArgv,
  rebuild: async () => (await import("./chunks/rebuild-GGIUFRFY.js")).runRebuild,
  compare: async () => (await import("./chunks/compare-A3JZNLFE.js")).runCompare,
  nixify: async () => (await import("./chunks/nixify-HSN4VQQQ.js")).runNixify
};
async function run(argv, io) {
  const [first, ...rest] = argv;
  if (first === void 0 || first === "--help" || first === "-h" || first === "help") {
    io.stdout(HELP);
    return first === void 0 ? EXIT.usage : EXIT.ok;
  }
  if (first === "--version" || first === "-V") {
    io.stdout(`${TOOL_VERSION}
`);
    return EXIT.ok;
  }
  const loader = COMMANDS[first];
  const commandName = loader === void 0 ? "lint" : first;
  const command = await (loader ?? COMMANDS.lint)();
  const args = loader === void 0 ? argv : rest;
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError || String(error.code ?? "").startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`repro-audit: ${terminalText(error.message)}
Run \`repro-audit ${commandName} --help\` for usage.
`);
      return EXIT.usage;
    }
    if ((await import("./chunks/input-errors-2BLUQLDV.js")).isInputError(error)) {
      io.stderr(`repro-audit: ${terminalText(error.message)}
`);
      return EXIT.usage;
    }
    throw error;
  }
}

// src/cli/main.ts
var failed = /* @__PURE__ */ new Map();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (failed.has(stream)) return;
    failed.set(stream, error);
    if (error.code === "EPIPE") return;
    const other = stream === process.stdout ? process.stderr : process.stdout;
    if (!failed.has(other)) other.write(`repro-audit: cannot write to standard ${stream === process.stdout ? "output" : "error"}: ${error.code ?? error.message}
`);
    process.exitCode = EXIT.usage;
  });
}
var writeTo = (stream) => (text) => {
  if (!failed.has(stream)) stream.write(text);
};
var writeStderr = (text) => writeTo(process.stderr)(inertToRunner(text));
try {
  const code = await run(process.argv.slice(2), {
    stdout: writeTo(process.stdout),
    stderr: writeStderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true
  });
  if (process.exitCode !== EXIT.usage) process.exitCode = code;
} catch (error) {
  writeStderr(`repro-audit: internal error: ${terminalText(error.message)}
Please report this with the command you ran.
`);
  if (process.env.REPRO_AUDIT_DEBUG) process.stderr.write(`${error.stack}
`);
  process.exitCode = EXIT.usage;
}
