#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  EXIT,
  UsageError
} from "./chunks/chunk-552BS3JC.js";
import {
  TOOL_VERSION
} from "./chunks/chunk-PZ4NJMF2.js";
import {
  terminalText
} from "./chunks/chunk-QQC64ZS2.js";
import {
  inertToRunner
} from "./chunks/chunk-HPV2A4AB.js";
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
  lint: async () => (await import("./chunks/lint-4UPYN6JA.js")).runLint,
  rules: async () => (await import("./chunks/rules-command-UJYIBZXP.js")).runRulesCommand,
  fix: async () => (await import("./chunks/fix-HLZZGHYL.js")).runFixArgv,
  rebuild: async () => (await import("./chunks/rebuild-OWZFYFL4.js")).runRebuild,
  compare: async () => (await import("./chunks/compare-YXCWYCCN.js")).runCompare,
  nixify: async () => {
    const { runNixify } = await import("./chunks/nix-YHNXUQLH.js");
    return async (argv, io) => runNixify(argv, io);
  }
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
    throw error;
  }
}

// src/cli/main.ts
var writeStderr = (text) => process.stderr.write(inertToRunner(text));
try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: writeStderr,
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true
  });
} catch (error) {
  writeStderr(`repro-audit: internal error: ${terminalText(error.message)}
Please report this with the command you ran.
`);
  if (process.env.REPRO_AUDIT_DEBUG) process.stderr.write(`${error.stack}
`);
  process.exitCode = 2;
}
