import type { BuildContextReader } from '../../build-context/index.js';
import type { ShellScript } from '../../shell/index.js';
import { instructionText, type DockerfileModel, type Instruction, type Stage } from '../../model/index.js';
import { mapImage, type ImageMapping } from '../images.js';
import type { PackageMapping } from '../mapping.js';
import type { BuildStage } from './stages.js';
import type { CheckFailure } from './check.js';
import type { Installed } from './kept.js';
import type { Account, DerivationFile } from './plan.js';
import type { Change } from './repair.js';

export interface UntranslatedStep {
  line: number;
  /** The instruction, shortened to one line. */
  instruction: string;
  reason: string;
}

export interface NixifyResult {
  flake: string;
  untranslated: UntranslatedStep[];
  /** What fails the check pass after the repairs (also in `untranslated`): the image could not start as the Dockerfile's would. */
  failures: CheckFailure[];
  /** The final stage is a Windows image: the flake only says Nix cannot build it. */
  windows: boolean;
}

/** The instruction as one line, shortened for the flake's comment. */
export function oneLine(model: DockerfileModel, instruction: Instruction, max = 100): string {
  const text = instructionText(model, instruction);
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** The script word of a command that runs a shell (`sh -c SCRIPT`), parsed; `index` is its place in the command's words. */
export interface CommandScript {
  index: number;
  script: ShellScript;
}

export interface ContextCopy {
  source: string;
  fileAt?: string;
  dirAt?: string;
  line: number;
}

/** The instruction at `line` as one line (the FROM line when the base image is the cause). */
export function instructionAt(model: DockerfileModel, line: number): string {
  const instruction = model.instructions.find((candidate) => candidate.region.startLine <= line && line <= candidate.region.endLine);
  return instruction ? oneLine(model, instruction) : '';
}

/** What the translation of a Dockerfile collects for the flake, instruction by instruction. */
export class Translation {
  readonly untranslated: UntranslatedStep[] = [];
  readonly contents: PackageMapping[] = [];
  /** Packages the final stage installs and has not removed (yet), with the line that installs them. */
  readonly installed: { entry: Installed; mapping: PackageMapping; line: number }[] = [];
  /** What the translation changed from the Dockerfile's meaning, for the header. */
  readonly changes: Change[] = [];
  readonly devTools: PackageMapping[] = [];
  readonly extraContents = new Set<string>();
  readonly env = new Map<string, string>();
  readonly labels = new Map<string, string>();
  readonly ports = new Set<string>();
  readonly volumes = new Set<string>();
  readonly copyScript: string[] = [];
  readonly heredocFiles: { path: string; text: string; line: number }[] = [];
  /**
   * What COPY/ADD take from the build context (`source` relative to it): a file lands at `fileAt`,
   * a directory's contents below `dirAt`; a source that may be either has both.
   */
  readonly contextCopies: ContextCopy[] = [];
  /** The line of each ENV variable, of USER, ENTRYPOINT and CMD: the check pass names them. */
  readonly envLines = new Map<string, number>();
  /** ENV variables whose value refers to variables without a known value (Docker expands those at build time). */
  readonly envUnresolved = new Map<string, string[]>();
  userLine?: number;
  entrypointLine?: number;
  cmdLine?: number;
  /** The script of an ENTRYPOINT/CMD that runs one through a shell (`/bin/sh -c "gunicorn app:app"`), and its programs (gunicorn). */
  entrypointScript?: CommandScript;
  cmdScript?: CommandScript;
  entrypointPrograms?: string[];
  cmdPrograms?: string[];
  /** Users and groups the final stage's RUN steps create (useradd, adduser, groupadd, addgroup). */
  readonly users = new Map<string, Account>();
  readonly groups = new Map<string, Account>();
  /** PHP extensions the final stage builds (docker-php-ext-install, pecl install), for php.buildEnv. */
  readonly phpExtensions = new Set<string>();
  /** Why the image uses HTTPS at run time, when something says so. */
  https?: { reason: string; line: number };
  /** The final chain's base image and the packages of its runtime (`rust:1.80` → rustc cargo), with its FROM line. */
  baseRuntime?: { image: string; attrs: string[]; line: number };
  readonly mkdirs = new Set<string>();
  readonly buildStages: BuildStage[] = [];
  workingDir?: string;
  user?: string;
  entrypoint?: string[];
  cmd?: string[];
  /** Paths in the image that are a build-stage output in the flake: `/server` → `"${buildGo}/bin/server"`. */
  readonly programPaths = new Map<string, DerivationFile>();
  /** Jars a Maven derivation installs for a COPY (`/app.jar` → `"${buildMaven}/share/java/app.jar"`), with the COPY's line. */
  readonly builtJars: { at: string; binding: string; word: DerivationFile; line: number }[] = [];
  /** Directories whose programs are a derivation's bin/ (`cargo install`'s `/usr/local/cargo/bin` → its binding). */
  readonly programDirs = new Map<string, string>();
  /** The programs a build derivation in `contents` puts in /bin, when known (Cargo.toml's binaries). */
  readonly builtPrograms = new Map<string, string[]>();
  /** Absolute destinations of COPY/ADD from the context, stage outputs and heredocs. */
  readonly copied: string[] = [];
  stopSignal?: string;
  needsShell = false;
  /** While only collecting a build stage's tools for the dev shell, its steps are not reported. */
  quiet = false;

  constructor(
    readonly model: DockerfileModel,
    /** The build context, for the files the Dockerfile reads (requirements) and copies (scripts). */
    readonly context?: BuildContextReader,
  ) {}

  note(instruction: Instruction, reason: string): void {
    if (this.quiet) return;
    this.untranslated.push({ line: instruction.region.startLine, instruction: oneLine(this.model, instruction), reason });
  }

  /**
   * The base image's runtime as packages. A version this nixpkgs no longer has becomes the nearest
   * it has; that, and a version nixpkgs carries only as its current one, is a change for the header.
   */
  runtime(stage: Stage, forImage: boolean): ImageMapping {
    const mapping = mapImage(stage.image.name, stage.image.resolved ?? stage.image.raw);
    const attrs = mapping.kind === 'removed' ? (mapping.nearest ?? []) : mapping.attrs;
    const asPackages: PackageMapping[] = attrs.map((attr) => ({ name: mapping.raw, attrs: [attr], how: 'map' }));
    if (forImage && mapping.kind === 'removed' && attrs.length > 0) {
      this.changes.push({ line: stage.from.region.startLine, reason: `${mapping.raw}: ${mapping.note ?? 'this version is not in this nixpkgs'}; the image gets the nearest it has, ${attrs.map((attr) => `pkgs.${attr}`).join(' ')}` });
    } else if (forImage && mapping.change) this.changes.push({ line: stage.from.region.startLine, reason: mapping.change });
    this.devTools.push(...asPackages);
    if (forImage) {
      this.contents.push(...asPackages);
      this.baseRuntime = { image: mapping.raw, attrs, line: stage.from.region.startLine };
    }
    return mapping;
  }
}

export { absolute, shellPath, shellWord } from './plan.js';
