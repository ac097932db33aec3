import type { PositionMapper, Region, Span } from '../findings/index.js';

/** A RUN's shell, parsed with tree-sitter-bash; positions map back to the Dockerfile. */
export interface ShellScript {
  /** Every simple command, in source order, nested ones (`sh -c`, `$(...)`, heredoc bodies) included. */
  commands: ShellCommand[];
  /** Spans where the shell parser found a syntax error. */
  errors: Span[];
  /**
   * `windows`: a RUN of cmd read with the bash grammar: only its simple commands mean what they
   * say, and `errors` are where bash could not follow, not mistakes of the file. `powershell`: read
   * with the PowerShell grammar, whose `errors` are where it could not follow.
   */
  dialect?: 'windows' | 'powershell';
  /** Assignments that are statements of their own (`V=$(date)`, `export V=x`), in source order. */
  assignments?: ShellCommand['assignments'];
}

/** A word of a shell command (an argument, a command name, a redirect target). */
export interface ShellWord {
  /** The source text of the word, quotes included. */
  raw: string;
  /**
   * The value after quote removal and expansion of variables whose values are known; undefined
   * when the word contains a command substitution, a glob, or an unknown variable.
   */
  value?: string;
  span: Span;
  region: Region;
  /**
   * For a word that is the content of a file (`$(cat pkgs.txt)`, `$(<pkgs.txt)`, `$(grep -v '^#'
   * pkgs.txt)`): the file's name as written.
   */
  contentOf?: ShellWord;
  /**
   * When `value` is unknown: the word after quote removal with its known variables expanded and the
   * unknown expansions kept as written (`postgresql-${PG_MAJOR}-pgvector=0.8.0-1`).
   */
  partial?: string;
}

/** A redirection of a command (`> /out`, `2>&1`, `<<EOF`). */
export interface ShellRedirect {
  /** `>`, `>>`, `<`, `<<`, `2>`, ... */
  operator: string;
  target?: ShellWord;
}

/** One simple command of a script (`apt-get install -y curl`), with its place in pipelines and nesting. */
export interface ShellCommand {
  /** Command name and arguments, as written (no wrappers removed). */
  words: ShellWord[];
  /** `NAME=value` prefixes; `valueSpan` covers the value as written (quotes included). */
  assignments: { name: string; value?: string; valueSpan?: Span }[];
  redirects: ShellRedirect[];
  span: Span;
  region: Region;
  /** The pipeline the command is part of (a lone command is a pipeline of one). */
  pipeline: ShellCommand[];
  /** Index of this command in `pipeline`. */
  pipelineIndex: number;
  /** The command whose `-c` string or heredoc contains this one, when nested. */
  parent?: ShellCommand;
  /** Inside `$(...)` or backticks (PowerShell: inside an argument's expression). */
  inSubstitution: boolean;
  /**
   * A PowerShell .NET WebClient call (`(New-Object Net.WebClient).DownloadString('https://...')`),
   * which fetches a URL like a downloader: its method, its URL when the first argument is one, and
   * for `DownloadFile` the file it saves to (the second argument, when a string).
   */
  webClient?: { method: string; url?: ShellWord; file?: ShellWord };
  /**
   * The argv that actually runs, with wrappers removed (`sudo`, `env VAR=x`, `nice`, `time`,
   * `exec`, `command`, `xargs`, `timeout N`, ...), so `sudo apt-get install x` has name `apt-get`.
   */
  argv: ShellWord[];
}

/** The package managers repro-audit recognises, by family name (`apt` covers apt-get, apt and aptitude). */
export type PackageManager =
  | 'apt'
  | 'apk'
  | 'dnf'
  | 'yum'
  | 'microdnf'
  | 'zypper'
  | 'pip'
  | 'uv'
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'bun'
  | 'gem'
  | 'go'
  | 'cargo'
  | 'conda'
  | 'pacman'
  | 'poetry'
  | 'pipenv'
  | 'bundler'
  | 'choco'
  | 'dotnet';

/** A package requested by an install command. */
export interface PackageSpec {
  /** Package name as the manager knows it (`curl`, `flask`, `@scope/pkg`, `github.com/x/y/cmd/z`). */
  name: string;
  /** Version constraint as written (`1.2.3`, `>=1`, `latest`), if any. */
  version?: string;
  /** True when the spec names one exact version (or commit) and nothing else. */
  exact: boolean;
  /**
   * conda specs only: one exact version is named, but not the build (`numpy==1.26.4` without
   * `=py312h…_0`), so `exact` is false while the version itself holds still.
   */
  exactVersion?: boolean;
  /** The word in the script this spec came from. */
  word: ShellWord;
  /**
   * The name as written, when part of it comes from a variable the audit has no value for
   * (`postgresql-${PG_MAJOR}`, where `name` holds what the build sees by default, `postgresql-`):
   * messages and fixes show this one.
   */
  writtenName?: string;
}

/** One package-manager invocation that installs or upgrades something. */
export interface PackageOperation {
  manager: PackageManager;
  /**
   * `install` (add packages), `upgrade` (upgrade all or named), `install-lockfile` (a project's
   * dependencies: npm ci, poetry install, bundle install, ...), `run` (fetch a package and run it
   * once: npx, pnpm dlx).
   */
  action: 'install' | 'upgrade' | 'install-lockfile' | 'run';
  /** The install upgrades every installed package first (`pacman -Syu curl`). */
  upgradesAll?: boolean;
  /**
   * An `upgrade` only in releases of the tool before this major version: `poetry lock` re-resolves
   * every dependency in Poetry 1.x and keeps the locked versions from Poetry 2.0 on.
   */
  upgradesBeforeMajor?: number;
  /** `run` only: a matching package already installed in the project is run instead of a fetched one (npx, bunx; not dlx). */
  prefersInstalled?: boolean;
  packages: PackageSpec[];
  /** Requirement files (`pip -r`), as written. */
  requirementFiles: ShellWord[];
  /** Constraint files (`pip -c`), as written. */
  constraintFiles?: ShellWord[];
  /**
   * Files whose content is more packages to install, one or more a line: `$(cat pkgs.txt)`,
   * `$(<pkgs.txt)`, `xargs -a pkgs.txt apt-get install`, `cat pkgs.txt | xargs apt-get install`.
   */
  listFiles?: ShellWord[];
  /** Global install (`npm i -g`, `go install`, `cargo install`, `gem install`). */
  global: boolean;
  /** The option words given (`-y`, `--frozen-lockfile`, `--version`, ...), values excluded. */
  options: string[];
  /** The subcommand word (`install`, `add`, `upgrade`, ...), for precise regions. */
  subcommand?: ShellWord;
  command: ShellCommand;
}

/**
 * A language toolchain or a package manager's own version asked for by name (`rustup toolchain
 * install stable`, `uv python install 3.12`, `corepack prepare pnpm@latest`, `rustup-init -y`).
 */
export interface ToolchainRequest {
  /** The program asked: `rustup`, `rustup-init`, `uv`, `corepack`. */
  installer: string;
  /** What it installs: `rust`, `python`, or the package manager (`pnpm`, `yarn`). */
  toolchain: string;
  /** The channel or version as written (`stable`, `3.12`, `latest`); undefined when the installer's default applies. */
  version?: string;
  /** One release and nothing else (`1.79.0`, `nightly-2024-05-01`, `3.12.4`, `9.1.0`). */
  exact: boolean;
  /** `upgrade`: moves what is installed to the newest release (`rustup update`). */
  action: 'install' | 'upgrade';
  /** The word naming the toolchain, else the subcommand (or the program) that picks the default. */
  word: ShellWord;
  command: ShellCommand;
}

/** The ARG and ENV variables known where a word is expanded (an instruction's view of them). */
export interface VariableScope {
  /** The value; undefined when the variable is unknown or declared without a value. */
  get(name: string): string | undefined;
  /** Whether the variable is declared (with or without a known value). */
  has(name: string): boolean;
}

/** A heredoc of a RUN, COPY or ADD (`<<EOF ... EOF`); a RUN's body is shell source the script is parsed from. */
export interface Heredoc {
  /** Delimiter name, e.g. `EOF`. */
  name: string;
  /** Whether the delimiter was quoted (`<<'EOF'`): no expansion in the body. */
  quoted: boolean;
  /** `<<-` strips leading tabs. */
  stripTabs: boolean;
  body: string;
  bodySpan: Span;
  /** The `<<EOF` / `<<-'EOF'` marker on the instruction line. */
  markerSpan: Span;
}

/**
 * No expanded value may be longer than the largest Dockerfile read (1 MiB): longer ones are not
 * computed. The model's variable expansion and the shell's word expansion share the bound.
 */
export const MAX_EXPANDED_LENGTH = 1024 * 1024;

/** A shell script file as it is (a script of the build context, a heredoc the Dockerfile copies), starting at `offset` of its file. */
export interface ShellFileSource {
  text: string;
  offset: number;
  /** The environment it runs with (the RUN's ARG and ENV values). */
  variables: VariableScope;
  /** Positions of the file the text is in. */
  positions: PositionMapper;
}
