import type { PositionMapper, Region, RelatedLocation, Span } from '../findings/index.js';
import type { Heredoc, ShellScript, VariableScope } from '../shell/index.js';

/**
 * The Dockerfile model: what rules, the Nix bridge, the fixer and the harness read. Built once per
 * file by `parseDockerfile`; everything in it points back at exact spans of the original text.
 */
export interface DockerfileModel {
  /** Path as the user named it. */
  file: string;
  /** The decoded text, byte-for-byte what the file holds (a UTF-8 BOM stays as U+FEFF). */
  text: string;
  /** Line ending the file mostly uses; fixes write new lines with it. */
  eol: '\n' | '\r\n';
  /** Parser directives (`# syntax=`, `# escape=`, `# check=`), in file order. */
  directives: Directive[];
  /** The `# syntax=` frontend image, when present. */
  syntax?: ImageReference;
  escapeChar: '\\' | '`';
  /** ARGs declared before the first FROM (usable in FROM lines). */
  globalArgs: ArgDeclaration[];
  stages: Stage[];
  /** Every top-level instruction in file order (global ARGs included). */
  instructions: Instruction[];
  /** Every image reference (FROM, `COPY --from`, `RUN --mount=from=`, `# syntax=`), in file order. */
  imageReferences: ImageReference[];
  /**
   * What could not be understood. `error` means the builder would reject the file (unknown
   * instruction, no FROM); the model is still as complete as possible, so rules still run.
   */
  problems: ModelProblem[];
  /** Offset ↔ line/column conversion for this text. */
  positions: PositionMapper;
}

/** Something in the file the model could not understand, or that the builder would reject. */
export interface ModelProblem {
  level: 'error' | 'warning';
  message: string;
  region: Region;
}

/** A parser directive at the top of the file (`# syntax=`, `# escape=`, `# check=`). */
export interface Directive {
  name: string;
  value: string;
  region: Region;
  valueSpan: Span;
}

/** One name declared by an `ARG` instruction, with its default. */
export interface ArgDeclaration {
  name: string;
  /** Default as written (quotes removed), undefined for `ARG NAME`. */
  defaultValue?: string;
  /** Span of the default value text in the file, for pinning fixes. */
  defaultSpan?: Span;
  instruction: Instruction;
}

/** A build stage: a FROM and the instructions after it, up to the next FROM. */
export interface Stage {
  index: number;
  /** `AS name`, lower-cased as BuildKit compares them. */
  name?: string;
  from: Instruction;
  image: ImageReference;
  /** `--platform=` value, when given. */
  platform?: string;
  /** Instructions of the stage after its FROM, in order. */
  instructions: Instruction[];
  /**
   * Built on a Windows image (its own FROM, or the stage it is built FROM): its default shell is cmd
   * and its paths are written `C:\app\x.ps1`.
   */
  windows: boolean;
}

/** An image named by FROM, `COPY --from`, `RUN --mount=from=` or the `# syntax=` directive. */
export interface ImageReference {
  /** As written, e.g. `${BASE}:3.12`. */
  raw: string;
  span: Span;
  region: Region;
  /** After substituting ARG values; undefined when some variable had no value. */
  resolved?: string;
  /** Variables referenced by `raw` that had no value (empty when fully resolved). */
  unresolved: string[];
  /** A previous stage, `scratch`, or a real image. */
  kind: 'image' | 'stage' | 'scratch';
  /** The stage this names, when `kind` is `stage`. */
  stage?: Stage;
  /** Parsed `resolved`, when it is a syntactically valid image reference. */
  name?: ImageName;
  /** ARG declarations whose defaults produced parts of `resolved` (a fix pins these instead). */
  viaArgs: ArgDeclaration[];
  /** Where the reference occurs. */
  usage: 'from' | 'copy-from' | 'mount-from' | 'syntax';
  /** The instruction holding it (undefined for the `# syntax=` directive). */
  instruction?: Instruction;
}

/** A valid image reference, parsed (`parseImageName`). */
export interface ImageName {
  /** e.g. `docker.io`, `ghcr.io`, `localhost:5000`. */
  registry: string;
  /** Full repository path, e.g. `library/node`. */
  repository: string;
  tag?: string;
  /** `sha256:<hex>` when pinned. */
  digest?: string;
  /** The name as the user would write it without tag/digest, e.g. `node`, `ghcr.io/x/y`. */
  familiar: string;
}

/** A `--name=value` flag of an instruction (`COPY --from=build`, `RUN --mount=type=cache,target=/x`). */
export interface InstructionFlag {
  /** Without the leading dashes, lower-case, e.g. `from`, `mount`, `checksum`, `platform`. */
  name: string;
  value?: string;
  span: Span;
  valueSpan?: Span;
  /** `key=value` options of the value (for `--mount=type=cache,from=img,target=/x`). */
  options: { key: string; value?: string; span: Span; valueSpan?: Span }[];
}

/** A whitespace-separated argument of an instruction, outside of shell analysis. */
export interface InstructionArg {
  /** As written. */
  raw: string;
  /** With ARG/ENV variables substituted where known (undefined when some were unknown). */
  value?: string;
  span: Span;
}

/** One `KEY=value` of an ENV or LABEL (the legacy `ENV KEY value with spaces` too). */
export interface Property {
  name: string;
  /** The value as written (quotes and escapes kept, line continuations joined). */
  raw: string;
  /** After the builder's word processing: quotes removed, known variables expanded (undefined when one is unknown). */
  value?: string;
  span: Span;
}

/** One Dockerfile instruction, with exact spans, its stage, the variables it sees and (for RUN) its parsed shell. */
export interface Instruction {
  /** Upper-case keyword (`RUN`, `FROM`, ...); `ONBUILD` for triggers, see `trigger`. */
  keyword: string;
  span: Span;
  region: Region;
  keywordSpan: Span;
  /** The stage the instruction belongs to (undefined for global ARGs before the first FROM). */
  stage?: Stage;
  flags: InstructionFlag[];
  /** Arguments after the flags (for exec form: the JSON strings, with their spans). */
  args: InstructionArg[];
  /** ENV and LABEL: the pairs they set, in order. */
  properties?: Property[];
  /** Span of everything after the keyword and flags, up to the end of the instruction. */
  argsSpan?: Span;
  form: 'shell' | 'exec' | 'none';
  heredocs: Heredoc[];
  /** For `ONBUILD X`: the trigger instruction X (its spans are inside this instruction). */
  trigger?: Instruction;
  /** Variables (ARG and ENV) known at this instruction, for expansion (shared with neighbours, never copied). */
  variables: VariableScope;
  /** The shell in effect (`SHELL ["/bin/bash","-c"]`), default `/bin/sh -c`. */
  shell: string[];
  /**
   * The parsed shell of a shell-form RUN (its heredoc bodies and `sh -c` strings included),
   * undefined for other instructions or when the shell is not POSIX-like (cmd, powershell).
   * Parsed lazily, once.
   */
  readonly script: ShellScript | undefined;
}

/**
 * Shell text the shell rules analyse: a RUN of the Dockerfile (its heredoc scripts and `sh -c`
 * strings included), a script of the build context that a RUN runs, or the `run:` script of a
 * workflow step. The spans and regions of its commands are in `file`, so a finding lands on the
 * unit's own line.
 */
export interface ShellUnit {
  /** The file the text is in: the Dockerfile, or a script's path (as `Finding.file` gives paths). */
  file: string;
  /** The text of `file`; spans of `script` index into it. */
  text: string;
  /** Offset ↔ line/column conversion of `file`. */
  positions: PositionMapper;
  script: ShellScript;
  /**
   * The Dockerfile instruction that runs the text: the RUN itself, or the RUN that runs the
   * script; undefined for a workflow step's script.
   */
  instruction?: Instruction;
  /** Outside Dockerfiles, the construct that holds the text (a workflow step): a suppression comment above it applies. */
  anchor?: Region;
  /** Where the Dockerfile runs a unit that is not its own text; reporters show it beside a finding. */
  origin?: RelatedLocation;
}
