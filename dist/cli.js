#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./chunks/chunk-WCXHDGWH.js";
import {
  TOOL_VERSION
} from "./chunks/chunk-MMIDJ4AQ.js";
import "./chunks/chunk-6DG7BXTN.js";

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
  lint: async () => (await import("./chunks/lint-OX26AACV.js")).runLint,
  rules: async () => (await import("./chunks/rules-command-IIHW6KTT.js")).runRulesCommand,
  fix: async () => (await import("./chunks/fix-Y5DTXBJ2.js")).runFixArgv,
  rebuild: async () => {
    const { runRebuild } = await import("./chunks/command-QBHPJNZD.js");
    return (argv, io) => runRebuild(argv, io, process.stderr.isTTY === true);
  },
  compare: async () => (await import("./chunks/compare-command-5JJ4J6CD.js")).runCompare,
  nixify: async () => {
    const { runNixify } = await import("./chunks/nix-UEHUVZFU.js");
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
      io.stderr(`repro-audit: ${error.message}
Run \`repro-audit ${commandName} --help\` for usage.
`);
      return EXIT.usage;
    }
    throw error;
  }
}

// src/cli/main.ts
try {
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true
  });
} catch (error) {
  process.stderr.write(`repro-audit: internal error: ${error.message}
Please report this with the command you ran.
`);
  if (process.env.REPRO_AUDIT_DEBUG) process.stderr.write(`${error.stack}
`);
  process.exitCode = 2;
}
