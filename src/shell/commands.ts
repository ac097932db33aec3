import { webClientCall } from './downloads.js';
import type { PackageManager, ShellCommand, ShellWord } from './types.js';

/**
 * What repro-audit knows about programs, by name: which are shells, which run code they are fed,
 * which download, which run another command, which are package managers and which verify bytes.
 * Every part that recognises a command (the shell parser, the model, the rules, the Nix bridge)
 * asks this one table, so a program added here is known everywhere at once.
 */
export interface CommandFacts {
  /** A POSIX-like shell: runs `-c` strings and heredoc scripts, and is a RUN's shell that repro-audit parses. */
  shell?: boolean;
  /** Runs a program it reads on stdin or from an argument (every shell; python, perl, node, ...). */
  interpreter?: boolean;
  /** PowerShell: its `-Command` strings and the RUNs it is the shell of are PowerShell scripts. */
  powershell?: boolean;
  /** Fetches URLs. */
  downloader?: boolean;
  /**
   * A PowerShell downloader's parameter naming the file it saves to (`Invoke-WebRequest -OutFile`):
   * PowerShell takes any unambiguous prefix of a parameter's name (`-OutF`), in any case.
   */
  savesWith?: RegExp;
  /** Runs another command given as its arguments (`sudo`, `env`, `xargs`, ...): see {@link WrapperSyntax}. */
  wrapper?: WrapperSyntax;
  /** The package manager the program is (`apt-get` → `apt`, `yarnpkg` → `yarn`). */
  packageManager?: PackageManager;
  /** Fetches a package of this manager's registry and runs it (`npx` → npm, `bunx` → bun). */
  packageRunner?: PackageManager;
  /** Installs language toolchains by channel or version (`rustup`, `corepack`). */
  toolchainInstaller?: 'rustup' | 'corepack';
  /** Checks bytes against something recorded (a checksum or a signature), given its arguments. */
  verifies?: (args: readonly string[]) => boolean;
  /** Prints a checksum (`sha256sum FILE`): a check when what it prints is compared (`$(...)`, piped on), else nothing. */
  printsSum?: boolean;
  /** Reads the files its arguments name as content to unpack, install or run (`tar`, `unzip`, `dpkg`): it uses them. */
  opensFiles?: boolean;
  /** Copies or moves files (`mv`, `cp`): its last argument is the new name of the others. */
  copiesFiles?: boolean;
  /** Makes the key it is given (a file, or stdin) trusted, given its arguments (`apt-key add`, `gpg --import`, `gpg --dearmor`). */
  trustsKeys?: (args: readonly string[]) => boolean;
  /**
   * Fetches keys and trusts them in one step, given its arguments: which arguments name keys no
   * fingerprint vouches for (`rpm --import URL`, `apt-key adv --fetch-keys URL`, `gpg --recv-keys`
   * of a short key id), and the option that fetched them.
   */
  fetchesKeys?: (args: readonly string[]) => KeyFetch[];
  /** Prints the fingerprint of a key, given its arguments (`gpg --show-keys`, `--with-fingerprint`): a check when compared. */
  showsFingerprint?: (args: readonly string[]) => boolean;
  /** `python3.12`, `pip3`: the name followed by a version is the same program. */
  versioned?: boolean;
  /**
   * Prints something of the build itself, given its arguments: its `time` (`date`, not `date -d
   * @$SOURCE_DATE_EPOCH`) or the `host` it runs on (`hostname`).
   */
  stamps?: (args: readonly string[]) => 'time' | 'host' | undefined;
}

/** A key a command fetches itself: its argument (by index), named by `url` or by a `short-id` anyone can forge. */
export interface KeyFetch {
  index: number;
  by: 'url' | 'short-id';
  /** The option that fetches it, as written (`--import`, `--fetch-keys`, `--recv-keys`). */
  via: string;
}

/** How a wrapper's own arguments end and the wrapped command starts. */
export interface WrapperSyntax {
  /** Options whose value is the next word. */
  optionsWithValue: ReadonlySet<string>;
  /** Positional operands before the command (`timeout 10 cmd`). */
  operands?: number;
  /** `NAME=value` words are settings of the wrapper, not the command (`env`). */
  skipsAssignments?: boolean;
  /** Runs the applet its first argument names (`busybox sh`); an option there is busybox's own (`busybox --install`). */
  multiCall?: boolean;
}

/** Package managers by the kind of packages they install. */
export type PackageEcosystem = 'os' | 'python' | 'javascript' | 'go' | 'rust' | 'ruby' | 'conda' | 'windows' | 'dotnet';

/** The ecosystem of each package manager. */
export const ECOSYSTEM: Readonly<Record<PackageManager, PackageEcosystem>> = {
  apt: 'os',
  apk: 'os',
  dnf: 'os',
  yum: 'os',
  microdnf: 'os',
  zypper: 'os',
  pacman: 'os',
  pip: 'python',
  uv: 'python',
  poetry: 'python',
  pipenv: 'python',
  npm: 'javascript',
  yarn: 'javascript',
  pnpm: 'javascript',
  bun: 'javascript',
  go: 'go',
  cargo: 'rust',
  gem: 'ruby',
  bundler: 'ruby',
  // conda packages are Python, R, C libraries and compilers alike: a distribution of their own.
  conda: 'conda',
  // Chocolatey installs Windows programs (installers, zips) from its community feed: no Linux distribution's packages.
  choco: 'windows',
  dotnet: 'dotnet',
};

/** The package managers of one ecosystem (`javascript` → npm, yarn, pnpm, bun). */
export function managersOf(ecosystem: PackageEcosystem): ReadonlySet<PackageManager> {
  return new Set((Object.keys(ECOSYSTEM) as PackageManager[]).filter((manager) => ECOSYSTEM[manager] === ecosystem));
}

const set = (...values: string[]) => new Set(values);
const shell: CommandFacts = { shell: true, interpreter: true };
const interpreter: CommandFacts = { interpreter: true };
const downloader: CommandFacts = { downloader: true };
const wrapper = (syntax: WrapperSyntax): CommandFacts => ({ wrapper: syntax });
const manager = (packageManager: PackageManager, facts: CommandFacts = {}): CommandFacts => ({ packageManager, ...facts });
const runner = (packageRunner: PackageManager): CommandFacts => ({ packageRunner });
const toolchains = (toolchainInstaller: CommandFacts['toolchainInstaller']): CommandFacts => ({ toolchainInstaller });
const verifier = (verifies: (args: readonly string[]) => boolean = () => true): CommandFacts => ({ verifies });

const COMMANDS = new Map<string, CommandFacts>([
  ['sh', shell],
  ['bash', shell],
  ['dash', shell],
  ['ash', shell],
  ['zsh', shell],
  ['ksh', shell],
  ['mksh', shell],
  ['python', { interpreter: true, versioned: true }],
  ['perl', interpreter],
  ['ruby', interpreter],
  ['node', interpreter],
  ['php', interpreter],
  ...['pwsh', 'powershell'].map((name) => [name, { interpreter: true, powershell: true }] as const),
  ['iex', interpreter],
  ['Invoke-Expression', interpreter],
  ['invoke-expression', interpreter],

  ['curl', downloader],
  ['wget', downloader],
  ['fetch', downloader],
  ['aria2c', downloader],
  // PowerShell (Windows RUNs): names as usually written and in lower case.
  ...['Invoke-WebRequest', 'invoke-webrequest', 'iwr', 'Invoke-RestMethod', 'invoke-restmethod', 'irm'].map((name) => [name, { downloader: true, savesWith: /^-outf(i(le?)?)?$/i }] as const),
  ...['Start-BitsTransfer', 'start-bitstransfer'].map((name) => [name, { downloader: true, savesWith: /^-dest(i(n(a(t(i(on?)?)?)?)?)?)?$/i }] as const),

  ['sudo', wrapper({ optionsWithValue: set('-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group') })],
  ['doas', wrapper({ optionsWithValue: set('-u', '-C') })],
  ['env', wrapper({ optionsWithValue: set('-u', '--unset', '-C', '--chdir', '-S'), skipsAssignments: true })],
  ['nice', wrapper({ optionsWithValue: set('-n', '--adjustment') })],
  ['ionice', wrapper({ optionsWithValue: set('-c', '-n', '-p', '-t') })],
  ['nohup', wrapper({ optionsWithValue: set() })],
  ['time', wrapper({ optionsWithValue: set('-f', '-o', '--format', '--output') })],
  ['exec', wrapper({ optionsWithValue: set('-a') })],
  ['command', wrapper({ optionsWithValue: set() })],
  ['builtin', wrapper({ optionsWithValue: set() })],
  ['stdbuf', wrapper({ optionsWithValue: set('-i', '-o', '-e') })],
  ['timeout', wrapper({ optionsWithValue: set('-s', '-k', '--signal', '--kill-after'), operands: 1 })],
  ['xargs', wrapper({ optionsWithValue: set('-a', '-d', '-E', '-I', '-L', '-n', '-P', '-s', '--arg-file', '--delimiter', '--max-args', '--max-procs') })],
  ['eatmydata', wrapper({ optionsWithValue: set() })],
  ['retry', wrapper({ optionsWithValue: set('-t', '-d', '--times', '--delay') })],
  ['fakeroot', wrapper({ optionsWithValue: set('-l', '-s', '-i') })],
  ['chronic', wrapper({ optionsWithValue: set() })],
  ['busybox', wrapper({ optionsWithValue: set(), multiCall: true })],

  ['apt-get', manager('apt')],
  ['apt', manager('apt')],
  ['aptitude', manager('apt')],
  ['apk', manager('apk')],
  ['dnf', manager('dnf')],
  ['dnf5', manager('dnf')],
  ['tdnf', manager('dnf')],
  ['yum', manager('yum')],
  ['microdnf', manager('microdnf')],
  ['zypper', manager('zypper')],
  ['pacman', manager('pacman')],
  // AUR helpers take pacman's syntax (and build the AUR's packages at whatever their PKGBUILD says today).
  ['yay', manager('pacman')],
  ['paru', manager('pacman')],
  ['pip', manager('pip', { versioned: true })],
  ['pipx', manager('pip')],
  ['uv', manager('uv')],
  ['poetry', manager('poetry')],
  ['pipenv', manager('pipenv')],
  ['conda', manager('conda')],
  ['mamba', manager('conda')],
  ['micromamba', manager('conda')],
  ['npm', manager('npm')],
  ['yarn', manager('yarn')],
  ['yarnpkg', manager('yarn')],
  ['pnpm', manager('pnpm')],
  ['bun', manager('bun')],
  ['npx', runner('npm')],
  ['bunx', runner('bun')],
  ['pnpx', runner('pnpm')],
  // uvx is `uv tool run`.
  ['uvx', runner('uv')],
  ['corepack', toolchains('corepack')],
  ['gem', manager('gem')],
  ['bundle', manager('bundler')],
  ['bundler', manager('bundler')],
  ['go', manager('go')],
  ['cargo', manager('cargo')],
  ['choco', manager('choco')],
  // Chocolatey's shorthands: `cinst` is `choco install`, `cup` is `choco upgrade`.
  ['cinst', manager('choco')],
  ['cup', manager('choco')],
  ['dotnet', manager('dotnet')],
  ['rustup', toolchains('rustup')],
  // rustup's installer is rustup itself under another name: it installs a default toolchain.
  ['rustup-init', toolchains('rustup')],

  // Checks with `-c`; without it a checksum tool only prints (see `isVerifier` for a printed sum that is compared).
  ...['sha1sum', 'sha224sum', 'sha256sum', 'sha384sum', 'sha512sum', 'shasum', 'b2sum', 'md5sum', 'cksum'].map((name) => [name, { ...verifier((args) => args.some((arg) => arg === '--check' || /^-[a-zA-Z]*c[a-zA-Z]*$/.test(arg))), printsSum: true }] as const),
  ['gpgv', verifier()],
  ['minisign', verifier()],
  ['signify', verifier()],
  ...['gpg', 'gpg2'].map((name) => [name, { ...verifier((args) => args.includes('--verify')), trustsKeys: importsKey, fetchesKeys: keyserverFetches, showsFingerprint: printsFingerprint }] as const),
  ['apt-key', { trustsKeys: (args) => args[0] === 'add', fetchesKeys: (args) => (args[0] === 'adv' ? keyserverFetches(args) : []) }],
  ['rpm', { trustsKeys: (args) => args.includes('--import'), fetchesKeys: importedUrls, opensFiles: true }],
  ['rpmkeys', { trustsKeys: (args) => args.includes('--import'), fetchesKeys: importedUrls }],
  // Programs that open a downloaded file's content: using it (before a check, the check comes too late).
  ...['tar', 'unzip', 'gunzip', 'bunzip2', 'unxz', 'xz', 'zstd', 'unzstd', '7z', '7za', 'dpkg', 'java', 'source', '.'].map((name) => [name, { opensFiles: true }] as const),
  ...['mv', 'cp'].map((name) => [name, { copiesFiles: true }] as const),
  ['cosign', verifier((args) => args[0] === 'verify-blob' || args[0] === 'verify')],
  ['openssl', verifier((args) => args[0] === 'dgst' || args[0] === 'sha256')],
  // `if ((Get-FileHash x.zip).Hash -ne $env:SHA256) { exit 1 }` and `certutil -hashfile`: how Windows RUNs check a download.
  ...['Get-FileHash', 'get-filehash'].map((name) => [name, verifier()] as const),
  ['certutil', verifier((args) => args.some((arg) => arg.toLowerCase() === '-hashfile'))],

  ['date', { stamps: (args) => (readsClock(args) ? 'time' : undefined) }],
  ['hostname', { stamps: (args) => (args.some((arg) => !arg.startsWith('-')) ? undefined : 'host') }],
  ['uname', { stamps: (args) => (args.some((arg) => arg === '-n' || arg === '--nodename' || arg === '-a' || arg === '--all') ? 'host' : undefined) }],
]);

/** `gpg --import KEY`, `gpg --dearmor`: the key becomes one the build trusts. */
function importsKey(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--import' || arg === '--dearmor' || arg === '--enarmor') && !args.includes('--import-options') && !args.includes('--show-keys');
}

/** A key server or web address; a local path (or `file://`) is a key the image already holds. */
const REMOTE_KEY = /^(?:https?|ftp|hkps?|ldap):\/\//i;

/** A key id of 8 or 16 hex digits: keys with the same short id are easy to make, a 40-hex fingerprint is not. */
const SHORT_KEY_ID = /^(?:0x)?(?:[0-9a-f]{8}|[0-9a-f]{16})$/i;

/** `rpm --import URL`: rpm downloads the key and trusts it. */
function importedUrls(args: readonly string[]): KeyFetch[] {
  if (!args.includes('--import')) return [];
  return args.flatMap((arg, index) => (REMOTE_KEY.test(arg) ? [{ index, by: 'url' as const, via: '--import' }] : []));
}

/** gpg (and `apt-key adv`, which runs it): `--fetch-keys URL...` downloads keys, `--recv-keys ID...` takes them from a key server by id. */
function keyserverFetches(args: readonly string[]): KeyFetch[] {
  const found: KeyFetch[] = [];
  let via: string | undefined;
  args.forEach((arg, index) => {
    if (arg.startsWith('-')) via = ['--fetch-keys', '--recv-keys', '--recv-key', '--receive-keys', '--recv'].includes(arg) ? arg : undefined;
    else if (via === '--fetch-keys' && REMOTE_KEY.test(arg)) found.push({ index, by: 'url', via });
    else if (via !== undefined && via !== '--fetch-keys' && SHORT_KEY_ID.test(arg)) found.push({ index, by: 'short-id', via });
  });
  return found;
}

/** `gpg --show-keys KEY`, `gpg --with-fingerprint KEY`, `gpg --fingerprint`, `--import-options show-only`. */
function printsFingerprint(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--show-keys' || arg === '--with-fingerprint' || arg === '--fingerprint' || arg === '--with-subkey-fingerprint' || arg === 'show-only');
}

/**
 * Whether `date` prints the time it runs at: not with a date to show (`-d @$SOURCE_DATE_EPOCH`,
 * `--date=2024-01-01`, `-r FILE`), unless that date is relative to now (`-d now`, `-d '1 day ago'`).
 * An argument of unknown value (`''`) is taken as a fixed date.
 */
function readsClock(args: readonly string[]): boolean {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const date = arg === '-d' || arg === '--date' ? args[index + 1] : /^(?:--date=|-d)(.+)$/s.exec(arg)?.[1];
    if (date !== undefined) return /\b(now|today|tomorrow|yesterday|ago|next|last)\b/i.test(date);
    if (arg === '-r' || arg === '--reference' || arg.startsWith('--reference=') || arg === '-f' || arg === '--file' || arg.startsWith('--file=') || arg === '-s' || arg === '--set') return false;
  }
  return true;
}

/** The table's name for a program (`python3.12` → `python`, `pip3` → `pip`), or undefined when unknown. */
export function knownName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (COMMANDS.has(name)) return name;
  const unversioned = withoutVersion(name);
  return COMMANDS.get(unversioned)?.versioned ? unversioned : undefined;
}

/** What the table knows about a program name, or undefined. */
export function commandFacts(name: string | undefined): CommandFacts | undefined {
  const known = knownName(name);
  return known === undefined ? undefined : COMMANDS.get(known);
}

/** `python3.12` → `python`: the name without trailing digits and dots. */
function withoutVersion(name: string): string {
  let end = name.length;
  while (end > 0 && /[0-9.]/.test(name[end - 1]!)) end--;
  return name.slice(0, end);
}

/** The program a word names, without its directory (`/usr/bin/apt-get` → `apt-get`). */
export function programName(word: ShellWord | undefined): string | undefined {
  return word?.value?.split('/').pop();
}

/** The program a command runs, wrappers removed (`sudo -E apt-get install x` → `apt-get`). */
export function commandName(command: ShellCommand): string | undefined {
  return programName(command.argv[0]);
}

/** Whether the table knows the program (`apt-get`, `curl`, `sudo`, ...): a path naming one is that program, not a script. */
export function isKnownProgram(name: string | undefined): boolean {
  return commandFacts(name) !== undefined;
}

/** Whether a program name is a POSIX-like shell (`sh`, `bash`, `dash`, ...). */
export function isShellName(name: string | undefined): boolean {
  return commandFacts(name)?.shell === true;
}

/**
 * Whether a Dockerfile `SHELL` (`["/bin/bash", "-c"]`, `["busybox", "sh", "-c"]`) runs a POSIX-like
 * shell, so its RUNs can be parsed as one.
 */
export function isPosixShellArgv(argv: readonly string[]): boolean {
  const name = shellArgvName(argv);
  if (commandFacts(name)?.wrapper?.multiCall) return isPosixShellArgv(argv.slice(1));
  return isShellName(name);
}

/** Whether a SHELL instruction's argv runs PowerShell (`["powershell", "-Command"]`, `["C:\\...\\pwsh.exe", "-c"]`). */
export function isPowerShellArgv(argv: readonly string[]): boolean {
  return runsPowerShell(shellArgvName(argv));
}

/** Whether a program name (a path, `.exe` or not, in any case, as Windows takes it) is PowerShell. */
export function runsPowerShell(name: string | undefined): boolean {
  return name !== undefined && commandFacts(windowsProgramName(name))?.powershell === true;
}

/** A program as Windows takes its name: without its folder (either slash), `.exe` or case (`C:\\...\\PWSH.exe` → `pwsh`). */
export function windowsProgramName(name: string): string {
  return name.split(/[\\/]/).pop()!.toLowerCase().replace(/\.exe$/, '');
}

function shellArgvName(argv: readonly string[]): string {
  return windowsProgramName(argv[0] ?? '');
}

/** Whether the command runs a program it is fed: a shell, python, perl, node, ... */
export function isInterpreter(command: ShellCommand): boolean {
  return commandFacts(commandName(command))?.interpreter === true;
}

/** Whether the command fetches URLs (`curl`, `wget`, ...). */
export function isDownloader(command: ShellCommand): boolean {
  return commandFacts(commandName(command))?.downloader === true || webClientCall(command) !== undefined;
}

/** How a message names a downloader: its program, or the WebClient method of a PowerShell call (`DownloadString`). */
export function downloaderName(command: ShellCommand): string | undefined {
  return webClientCall(command)?.method ?? commandName(command);
}

/** Whether the command checks bytes against a recorded checksum or signature (`sha256sum -c`, `gpg --verify`). */
export function isVerifier(command: ShellCommand): boolean {
  const facts = commandFacts(commandName(command));
  if (facts?.verifies?.(command.argv.slice(1).map((word) => word.value ?? ''))) return true;
  // `[ "$(sha256sum f | cut -d' ' -f1)" = "$SHA" ]`, `sha256sum f | grep -q "$SHA"`; a bare `sha256sum f` verifies nothing.
  return facts?.printsSum === true && (command.inSubstitution || command.pipelineIndex < command.pipeline.length - 1);
}

/** What the table knows about the program a command runs (wrappers removed), or undefined. */
export function factsOf(command: ShellCommand): CommandFacts | undefined {
  return commandFacts(commandName(command));
}

/** What of the build a command prints (`date` → `time`, `hostname` → `host`), if anything. */
export function buildStampOf(command: ShellCommand): 'time' | 'host' | undefined {
  return commandFacts(commandName(command))?.stamps?.(command.argv.slice(1).map((word) => word.value ?? ''));
}

/** The package manager a program name is, if any (`apt-get` → `apt`). */
export function packageManagerOf(name: string | undefined): PackageManager | undefined {
  return commandFacts(name)?.packageManager;
}

/** The manager whose registry a package-running program fetches from (`npx` → npm), if it is one. */
export function packageRunnerOf(name: string | undefined): PackageManager | undefined {
  return commandFacts(name)?.packageRunner;
}

/** The toolchain installer a program name is, if any (`rustup-init` → rustup). */
export function toolchainInstallerOf(name: string | undefined): CommandFacts['toolchainInstaller'] {
  return commandFacts(name)?.toolchainInstaller;
}
