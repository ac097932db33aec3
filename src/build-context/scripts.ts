import { variablesOf, type DockerfileModel, type ShellUnit } from '../model/index.js';
import { commandName, isKnownProgram, isShellName, loadedShellParser, programName, runsPowerShell, windowsProgramName, type ShellCommand, type ShellWord } from '../shell/index.js';
import { locateContextFile, shellDirectoryBefore } from './locate.js';
import type { BuildContextReader } from './reader.js';

/** Scripts that run scripts: deeper than this is a loop or a maze, not a build. */
const MAX_DEPTH = 3;
/** At most this many scripts per Dockerfile are read and parsed (a bound on the work one file can cause). */
const MAX_SCRIPTS = 64;

/** Options of a shell that take the next word as their value, before the script's name. */
const SHELL_OPTIONS_WITH_VALUE = new Set(['-o', '+o', '-O', '+O', '--rcfile', '--init-file']);

/** The languages a script the build runs is read in. */
type ScriptLanguage = 'posix' | 'powershell';

/**
 * The scripts the RUNs of a Dockerfile run, found in the build context (or in a heredoc the
 * Dockerfile copies) and parsed as shell units of their own: `COPY install.sh /tmp/` then
 * `RUN /tmp/install.sh`, `RUN bash ./scripts/setup.sh`, `RUN --mount=type=bind,... sh /x.sh`,
 * `. ./env.sh`, and PowerShell scripts (`RUN & C:\scripts\install.ps1`, `powershell -File x.ps1`).
 * Each unit's `origin` is the command of the Dockerfile that runs it (for a script run by a
 * script, the Dockerfile command at the start of the chain). Files are located through the
 * COPYs that brought them (`locateContextFile`), read within the context's bounds; a file that is
 * not found is not a unit (the audit does not know what it runs).
 */
export function contextScriptUnits(model: DockerfileModel, context: BuildContextReader, runs: readonly ShellUnit[]): ShellUnit[] {
  const units: ShellUnit[] = [];
  const seen = new Set<string>();
  const visit = (unit: ShellUnit, depth: number) => {
    for (const command of unit.script.commands) {
      if (units.length >= MAX_SCRIPTS) return;
      const invoked = scriptInvoked(command);
      const written = invoked?.word.value;
      if (!invoked || written === undefined) continue;
      const located = locateContextFile(model, unit.instruction, written, context, shellDirectoryBefore(unit.script, command));
      // Only what a COPY, ADD or bind mount brought from the context is the script that runs; a path
      // nothing brought is the base image's.
      if (!located.found || !located.via) continue;
      const language = invoked.language ?? languageOf(located.source, located.text);
      if (!language) continue;
      const key = `${located.file}\u0000${located.offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const parser = loadedShellParser();
      const file = { text: located.text, offset: located.offset, variables: variablesOf(unit), positions: located.positions };
      const script = language === 'powershell' ? parser.parsePowerShellFile(file) : parser.parseShellFile(file);
      const child: ShellUnit = {
        file: located.file,
        text: located.offset === 0 ? located.text : model.text,
        positions: located.positions,
        script,
        instruction: unit.instruction,
        origin: unit.origin ?? { file: unit.file, region: command.region, message: 'the command that runs this script' },
      };
      units.push(child);
      if (depth < MAX_DEPTH) visit(child, depth + 1);
    }
  };
  for (const unit of runs) visit(unit, 1);
  return units;
}

/**
 * The script file a command runs, if it runs one: a shell given a file (`bash ./setup.sh`, not
 * `bash -c '...'`), `.`/`source`, PowerShell given one (`powershell -File x.ps1`, `pwsh x.ps1`), or
 * a path run directly (`/tmp/install.sh`, `& C:\x.ps1`), whose language the file then tells.
 */
function scriptInvoked(command: ShellCommand): { word: ShellWord; language?: ScriptLanguage } | undefined {
  const [program, ...args] = command.argv;
  const name = commandName(command);
  if (!program || name === undefined) return undefined;
  if (name === '.' || name === 'source') return args[0] ? { word: args[0], language: 'posix' } : undefined;
  if (isShellName(name)) {
    for (let i = 0; i < args.length; i++) {
      const value = args[i]!.value;
      if (value === undefined) return undefined;
      if (SHELL_OPTIONS_WITH_VALUE.has(value)) i++;
      else if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(value) || value === '-s' || value === '-') return undefined;
      else if (!/^[-+]/.test(value)) return { word: args[i]!, language: 'posix' };
    }
    return undefined;
  }
  if (runsPowerShell(program.value)) return powerShellFileArgument(program, args);
  // A program named by its path: not one the command table knows (`/usr/bin/apt-get` is apt-get).
  if (program.value && /[/\\]/.test(program.value) && !isKnownProgram(programName(program))) return { word: program };
  return undefined;
}

/**
 * The script of `powershell -File x.ps1` (any abbreviation of -File, in any case), or of a first
 * argument that is no option: pwsh takes it as its -File, Windows PowerShell as a command, which
 * runs the script when it names a `.ps1`.
 */
function powerShellFileArgument(program: ShellWord, args: ShellWord[]): { word: ShellWord; language: ScriptLanguage } | undefined {
  const file = args.findIndex((word) => /^-f(i(le?)?)?$/i.test(word.value ?? ''));
  if (file >= 0) return args[file + 1] ? { word: args[file + 1]!, language: 'powershell' } : undefined;
  const first = args[0]?.value;
  if (first === undefined || first.startsWith('-')) return undefined;
  const pwsh = windowsProgramName(program.value ?? '') === 'pwsh';
  return pwsh || /\.ps1$/i.test(first) ? { word: args[0]!, language: 'powershell' } : undefined;
}

/** A `.ps1` file or one whose `#!` names pwsh is PowerShell; a `.sh`/`.bash` file or one whose `#!` names a POSIX-like shell is a shell script. */
function languageOf(source: string, text: string): ScriptLanguage | undefined {
  if (/\.ps1$/i.test(source)) return 'powershell';
  if (/\.(sh|bash)$/i.test(source)) return 'posix';
  const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(text);
  if (!shebang) return undefined;
  const named = shebang[1]!.split('/').pop();
  const program = named === 'env' ? shebang[2] : named;
  if (runsPowerShell(program)) return 'powershell';
  return isShellName(program) ? 'posix' : undefined;
}
