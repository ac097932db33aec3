import type { PackageOperation, ShellCommand, ShellScript, ShellWord } from '../types.js';
import { commandName, packageManagerOf, packageRunnerOf } from '../commands.js';
import { bundlerPackageOperation } from './bundler.js';
import { condaPackageOperation } from './conda.js';
import { javascriptPackageOperation, javascriptRunOperation } from './javascript.js';
import { osPackageOperation } from './os.js';
import { pacmanPackageOperation } from './pacman.js';
import { literalText } from './specs.js';
import { pythonPackageOperation, pythonRunOperation } from './python.js';
import { pythonProjectOperation } from './python-projects.js';
import { chocoPackageOperation, dotnetPackageOperation } from './windows.js';
import { cargoPackageOperation, gemPackageOperation, goPackageOperation } from './toolchains.js';

export { normalizePythonName, parsePythonRequirement } from './python.js';
export { parseNpmSpec } from './javascript.js';
export { osPackageSpec } from './os.js';
export { specText } from './specs.js';
export { isExactToolchain, toolchainRequestsOf } from './toolchain-requests.js';
export { parseCondaSpec } from './conda.js';
export { poetryReleaseInstalledBy } from './python-projects.js';

const recognised = new WeakMap<ShellCommand, PackageOperation | null>();

/**
 * The package-manager operation a command performs, recognised from its argv (never from raw text).
 * Every package rule asks about every command, so each command is recognised once.
 */
export function packageOperationOf(command: ShellCommand): PackageOperation | undefined {
  let operation = recognised.get(command);
  if (operation === undefined) {
    operation = recognise(command) ?? null;
    recognised.set(command, operation);
  }
  return operation ?? undefined;
}

function recognise(command: ShellCommand): PackageOperation | undefined {
  const operation = recogniseArgv(command);
  if (operation?.packages.some((spec) => spec.word.value === undefined)) addWrittenNames(operation, command);
  return operation;
}

/**
 * Words with a variable of unknown value are read as the build reads them by default (the variable
 * empty); each spec of such a word also gets its name as written, from the same recognition over
 * the words with their variables kept literally.
 */
function addWrittenNames(operation: PackageOperation, command: ShellCommand): void {
  const literals = new Map<ShellWord, ReturnType<typeof literalText>>();
  const literal = (word: ShellWord): ShellWord => {
    if (word.value !== undefined) return word;
    const text = literalText(word.partial ?? word.raw);
    const twin = { ...word, value: text.text };
    literals.set(twin, text);
    return twin;
  };
  const written = recogniseArgv({ ...command, argv: command.argv.map(literal) });
  for (const spec of operation.packages) {
    if (spec.word.value !== undefined) continue;
    const twin = written?.packages.find((candidate) => candidate.word.span.start === spec.word.span.start && candidate.word.span.end === spec.word.span.end);
    const name = twin ? literals.get(twin.word)?.restore(twin.name) : undefined;
    if (name !== undefined && name !== spec.name) spec.writtenName = name;
    // The version, when no unknown variable is part of it (`pkg-${MAJOR}=${KNOWN_VERSION}`), is as exact as written.
    if (twin?.version !== undefined && !twin.version.includes('\u0000')) {
      spec.version = twin.version;
      spec.exact = twin.exact;
    }
  }
}

function recogniseArgv(command: ShellCommand): PackageOperation | undefined {
  const name = commandName(command);
  if (!name) return undefined;
  const runner = packageRunnerOf(name);
  if (runner) return runner === 'uv' ? pythonRunOperation(command, runner, 1) : javascriptRunOperation(command, runner);
  const manager = packageManagerOf(name);
  switch (manager) {
    case undefined:
      // `python -m pip install x`
      return pythonPackageOperation(command, name);
    case 'gem':
      return gemPackageOperation(command);
    case 'go':
      return goPackageOperation(command);
    case 'cargo':
      return cargoPackageOperation(command);
    case 'pip':
      return pythonPackageOperation(command, name);
    case 'uv':
      return pythonPackageOperation(command, name) ?? pythonProjectOperation(command, manager);
    case 'poetry':
    case 'pipenv':
      return pythonProjectOperation(command, manager);
    case 'conda':
      return condaPackageOperation(command);
    case 'pacman':
      return pacmanPackageOperation(command);
    case 'bundler':
      return bundlerPackageOperation(command);
    case 'choco':
      return chocoPackageOperation(command, name);
    case 'dotnet':
      return dotnetPackageOperation(command);
    case 'npm':
    case 'yarn':
    case 'pnpm':
    case 'bun':
      return javascriptPackageOperation(command, manager);
    default:
      return osPackageOperation(command, manager);
  }
}

export function packageOperations(script: ShellScript): PackageOperation[] {
  return script.commands.flatMap((command) => {
    const operation = packageOperationOf(command);
    return operation ? [operation] : [];
  });
}
