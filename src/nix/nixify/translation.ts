import path from 'node:path';
import { instructionText, type DockerfileModel, type Instruction, type Stage } from '../../model/index.js';
import { mapImage, type ImageMapping } from '../images.js';
import type { PackageMapping } from '../mapping.js';
import type { NixExpr } from '../syntax.js';
import type { BuildStage } from './stages.js';

export interface UntranslatedStep {
  line: number;
  /** The instruction, shortened to one line. */
  instruction: string;
  reason: string;
}

export interface NixifyResult {
  flake: string;
  untranslated: UntranslatedStep[];
  /** The final stage is a Windows image: the flake only says Nix cannot build it. */
  windows: boolean;
}

/** The instruction as one line, shortened for the flake's comment. */
export function oneLine(model: DockerfileModel, instruction: Instruction, max = 100): string {
  const text = instructionText(model, instruction);
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

/** What the translation of a Dockerfile collects for the flake, instruction by instruction. */
export class Translation {
  readonly untranslated: UntranslatedStep[] = [];
  readonly contents: PackageMapping[] = [];
  readonly devTools: PackageMapping[] = [];
  readonly extraContents = new Set<string>();
  readonly env = new Map<string, string>();
  readonly labels = new Map<string, string>();
  readonly ports = new Set<string>();
  readonly volumes = new Set<string>();
  readonly copyScript: string[] = [];
  readonly heredocFiles: { path: string; text: string }[] = [];
  readonly mkdirs = new Set<string>();
  readonly buildStages: BuildStage[] = [];
  workingDir?: string;
  user?: string;
  entrypoint?: string[];
  cmd?: string[];
  /** The ENTRYPOINT or CMD whose first word runs, for notes about its path. */
  program?: Instruction;
  /** Paths in the image that are a build-stage output in the flake: `/server` → `"${buildGo}/bin/server"`. */
  readonly programPaths = new Map<string, NixExpr>();
  /** Absolute destinations of COPY/ADD from the context, stage outputs and heredocs. */
  readonly copied: string[] = [];
  stopSignal?: string;
  needsShell = false;
  /** While only collecting a build stage's tools for the dev shell, its steps are not reported. */
  quiet = false;

  constructor(readonly model: DockerfileModel) {}

  note(instruction: Instruction, reason: string): void {
    if (this.quiet) return;
    this.untranslated.push({ line: instruction.region.startLine, instruction: oneLine(this.model, instruction), reason });
  }

  runtime(stage: Stage, forImage: boolean): ImageMapping {
    const mapping = mapImage(stage.image.name, stage.image.resolved ?? stage.image.raw);
    const asPackages: PackageMapping[] = mapping.attrs.map((attr) => ({ name: mapping.raw, attrs: [attr], how: 'map' }));
    this.devTools.push(...asPackages);
    if (forImage) this.contents.push(...asPackages);
    return mapping;
  }
}

/** `target` as an absolute path in the image, relative to `dir` (the WORKDIR). */
export function absolute(dir: string | undefined, target: string): string {
  const joined = path.posix.normalize(target.startsWith('/') ? target : path.posix.join(dir ?? '/', target));
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

/** Shell-quotes a path for the runCommand script; glob characters stay active. */
export function shellPath(value: string): string {
  return value.replace(/[^A-Za-z0-9_./*?[\]@%+=:,-]/g, '\\$&');
}
