import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  readDockerfileModel
} from "./chunk-MNLH6IZN.js";
import {
  writeOutput
} from "./chunk-MXWOTIFG.js";
import {
  BUILD_ARG_HELP,
  BUILD_ARG_OPTION,
  HELP_OPTION,
  OUTPUT_OPTION,
  outputHelp,
  parseBuildArgs
} from "./chunk-S66H5MEK.js";
import {
  EXIT,
  UsageError
} from "./chunk-24FM7DH7.js";
import "./chunk-VX53JGT4.js";
import {
  createContextReader
} from "./chunk-RV6OXUEF.js";
import "./chunk-DVUP7OQN.js";
import {
  loadNixify
} from "./chunk-3AQNB5RO.js";
import {
  ContextParsersNeeded,
  loadContextParsers
} from "./chunk-75MXF3LY.js";
import "./chunk-6E4CKGCT.js";
import "./chunk-GFYAI36N.js";
import "./chunk-HUMZK7UK.js";
import {
  loadPowerShellGrammar
} from "./chunk-T74X72SU.js";
import {
  PowerShellGrammarNeeded
} from "./chunk-SQ42UHQ5.js";
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

// src/cli/nixify.ts
import path from "node:path";
import { parseArgs } from "node:util";
var NIXIFY_USAGE = `Usage: repro-audit nixify <Dockerfile> [options]

Translates a Dockerfile into a flake.nix that builds an equivalent image with
pkgs.dockerTools. Steps it cannot translate are listed at the top of the flake and on stderr.

Options:
${outputHelp("flake")} (- for stdout)
${BUILD_ARG_HELP}

Exit codes: 0 a flake was written (steps left to do by hand are listed, they fail nothing),
2 usage error or a file that cannot be read.
`;
async function runNixify(argv, io) {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...OUTPUT_OPTION, ...BUILD_ARG_OPTION, ...HELP_OPTION } });
  if (values.help) {
    io.stdout(NIXIFY_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "no Dockerfile given" : "nixify takes exactly one Dockerfile");
  const file = positionals[0];
  const model = await readDockerfileModel(io, file, parseBuildArgs(values["build-arg"], io.env));
  if (!model) return EXIT.usage;
  const shownFile = terminalText(file);
  const { nixify } = await loadNixify();
  let result;
  try {
    const context = createContextReader(path.dirname(path.resolve(io.cwd, file)));
    for (; ; ) {
      try {
        result = nixify(model, context);
        break;
      } catch (needed) {
        if (needed instanceof ContextParsersNeeded) await loadContextParsers();
        else if (needed instanceof PowerShellGrammarNeeded) await loadPowerShellGrammar();
        else throw needed;
      }
    }
  } catch (failure) {
    io.stderr(`repro-audit: ${shownFile}: could not translate: ${terminalText(failure instanceof Error ? failure.message : String(failure))}
`);
    return EXIT.usage;
  }
  if (values.output && values.output !== "-") {
    if (!writeOutput(io, values.output, result.flake)) return EXIT.usage;
    io.stderr(`wrote ${terminalText(values.output)}
`);
  } else io.stdout(result.flake);
  if (result.windows) io.stderr(`${shownFile}: Windows image: Nix cannot build Windows images; the flake only says so
`);
  else if (result.untranslated.length > 0) {
    io.stderr(`${shownFile}: ${result.untranslated.length} step(s) not translated (listed at the top of the flake):
`);
    for (const step of result.untranslated) io.stderr(`  line ${step.line}: ${terminalText(step.reason)}
`);
  }
  return EXIT.ok;
}
export {
  NIXIFY_USAGE,
  runNixify
};
