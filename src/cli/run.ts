import { terminalText, TOOL_VERSION } from '../report/index.js';
import { EXIT, UsageError, type CliIO } from './io.js';

const HELP = `repro-audit: find what makes container builds non-reproducible, and fix it.

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

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Each command's module loads only when it runs: a lint never pays for the harness or the registry client. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => (await import('./lint.js')).runLint,
  rules: async () => (await import('./rules.js')).runRulesCommand,
  fix: async () => (await import('./fix.js')).runFixArgv,
  rebuild: async () => (await import('./rebuild.js')).runRebuild,
  compare: async () => (await import('./compare.js')).runCompare,
  nixify: async () => (await import('./nixify.js')).runNixify,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(HELP);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  const loader: (() => Promise<Command>) | undefined = COMMANDS[first];
  // `repro-audit Dockerfile` is `repro-audit lint Dockerfile`.
  const commandName = loader === undefined ? 'lint' : first;
  const command = await (loader ?? COMMANDS.lint!)();
  const args = loader === undefined ? argv : rest;
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError || String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`repro-audit: ${terminalText((error as Error).message)}\nRun \`repro-audit ${commandName} --help\` for usage.\n`);
      return EXIT.usage;
    }
    if ((await import('./input-errors.js')).isInputError(error)) {
      io.stderr(`repro-audit: ${terminalText(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
