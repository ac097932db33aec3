import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContextParsersNeeded, loadContextParsers } from '../build-context/index.js';
import { createContextReader } from '../engine/index.js';
import { loadPowerShellGrammar, PowerShellGrammarNeeded } from '../shell/index.js';
import { loadNixify, type NixifyResult } from '../nix/index.js';
import { terminalText } from '../report/index.js';
import { readDockerfileModel } from './dockerfile.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { BUILD_ARG_HELP, BUILD_ARG_OPTION, HELP_OPTION, OUTPUT_OPTION, outputHelp, parseBuildArgs } from './options.js';
import { writeOutput } from './output.js';

export const NIXIFY_USAGE = `Usage: repro-audit nixify <Dockerfile> [options]

Translates a Dockerfile into a flake.nix that builds an equivalent image with
pkgs.dockerTools. Steps it cannot translate are listed at the top of the flake and on stderr.

Options:
${outputHelp('flake')} (- for stdout)
${BUILD_ARG_HELP}

Exit codes: 0 a flake was written (steps left to do by hand are listed, they fail nothing),
2 usage error or a file that cannot be read.
`;

export async function runNixify(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...OUTPUT_OPTION, ...BUILD_ARG_OPTION, ...HELP_OPTION } });
  if (values.help) {
    io.stdout(NIXIFY_USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no Dockerfile given' : 'nixify takes exactly one Dockerfile');
  const file = positionals[0]!;
  const model = await readDockerfileModel(io, file, parseBuildArgs(values['build-arg'], io.env));
  if (!model) return EXIT.usage;
  // The file's name and words from it reach stderr: shown, never interpreted by the terminal.
  const shownFile = terminalText(file);
  const { nixify } = await loadNixify();
  let result: NixifyResult;
  try {
    // The build context is the Dockerfile's directory: copied scripts are read there for their shebangs.
    const context = createContextReader(path.dirname(path.resolve(io.cwd, file)));
    // Cargo.toml is read with the TOML parser, and a `pwsh -c` command with the PowerShell grammar,
    // each loaded only for the Dockerfiles that need it.
    for (;;) {
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
    // The model never throws on bad input; this is a bug in the translator, reported without a stack.
    io.stderr(`repro-audit: ${shownFile}: could not translate: ${terminalText(failure instanceof Error ? failure.message : String(failure))}\n`);
    return EXIT.usage;
  }
  if (values.output && values.output !== '-') {
    if (!writeOutput(io, values.output, result.flake)) return EXIT.usage;
    io.stderr(`wrote ${terminalText(values.output)}\n`);
  } else io.stdout(result.flake);
  if (result.windows) io.stderr(`${shownFile}: Windows image: Nix cannot build Windows images; the flake only says so\n`);
  else if (result.untranslated.length > 0) {
    io.stderr(`${shownFile}: ${result.untranslated.length} step(s) not translated (listed at the top of the flake):\n`);
    for (const step of result.untranslated) io.stderr(`  line ${step.line}: ${terminalText(step.reason)}\n`);
  }
  return EXIT.ok;
}
