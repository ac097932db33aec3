import type { Fix, Region } from '../findings/index.js';
import { parseDockerfileText, type DockerfileModel, type ImageReference } from '../model/index.js';
import { RegistryError, type DigestResolver } from '../registry/index.js';
import { addChecksumCandidates, addChecksumFix, downloadSha256 } from './add-checksum.js';
import { applyEdits, type LabelledEdit } from './edits.js';
import { resolvePins } from './pin.js';

export interface PlanOptions {
  resolver: DigestResolver;
  /** Pin platform manifests instead of the multi-platform index (`os/arch[/variant]`). */
  platform?: string;
  /** Allow downloading `ADD <url>` sources to add `--checksum`. */
  network?: boolean;
  /** Hashes a URL's content (sha256 hex); injectable so tests need no network. */
  download?: (url: string) => Promise<string>;
  /** Machine-applicable fixes carried by findings (`lint --fix`), applied after the pins. */
  findingFixes?: (model: DockerfileModel) => Fix[] | Promise<Fix[]>;
  buildArgs?: Record<string, string>;
}

export interface FixNote {
  region: Region;
  message: string;
  /**
   * `not-fixable`: something worth fixing that we cannot do mechanically (said to the user);
   * `skipped`: nothing to do (a stage reference, `scratch`, already pinned);
   * `refused`: a fix that overlaps another one.
   */
  kind: 'not-fixable' | 'skipped' | 'refused';
  reference?: ImageReference;
}

export interface FixError {
  region?: Region;
  message: string;
}

export interface FilePlan {
  file: string;
  original: string;
  /** Equal to `original` when nothing applies or when an error stopped this file. */
  fixed: string;
  applied: LabelledEdit[];
  notes: FixNote[];
  /** A failure (registry, download, fix) leaves the whole file unchanged, never half-pinned. */
  errors: FixError[];
  model?: DockerfileModel;
}

/** Computes every fix for one Dockerfile's text; touches no file. */
export async function planFixes(text: string, file: string, options: PlanOptions): Promise<FilePlan> {
  const plan: FilePlan = { file, original: text, fixed: text, applied: [], notes: [], errors: [] };
  let model: DockerfileModel;
  try {
    model = await parseDockerfileText(text, file, { buildArgs: options.buildArgs });
  } catch (error) {
    plan.errors.push({ message: `cannot parse: ${(error as Error).message}` });
    return plan;
  }
  plan.model = model;

  const edits: LabelledEdit[] = [];
  const addFix = (fix: Fix) => edits.push(...fix.edits.map((edit) => ({ edit, label: fix.description })));

  await planPins(model, options, plan, addFix);
  await planChecksums(model, options, plan, addFix);
  if (options.findingFixes) {
    try {
      for (const fix of await options.findingFixes(model)) addFix(fix);
    } catch (error) {
      plan.errors.push({ message: `rules failed: ${(error as Error).message}` });
    }
  }
  return applyPlan(plan, edits);
}

/** Applies a file's edits to its plan, unless an error stopped the file; overlapping edits are refused with a note. */
export function applyPlan(plan: FilePlan, edits: readonly LabelledEdit[]): FilePlan {
  if (plan.errors.length > 0) return plan;
  const result = applyEdits(plan.original, [...edits]);
  plan.applied = result.applied;
  plan.fixed = result.text;
  for (const refused of result.refused) {
    plan.notes.push({ region: refused.edit.region, kind: 'refused', message: `not applied: ${refused.label}, because ${refused.reason}` });
  }
  return plan;
}

async function planPins(model: DockerfileModel, options: PlanOptions, plan: FilePlan, addFix: (fix: Fix) => void): Promise<void> {
  for (const outcome of await resolvePins(model, options.resolver, options.platform)) {
    const { reference } = outcome;
    if ('fix' in outcome) addFix(outcome.fix);
    else if ('skipped' in outcome) plan.notes.push({ region: reference.region, kind: 'skipped', message: outcome.skipped, reference });
    else if ('notFixable' in outcome) plan.notes.push({ region: reference.region, kind: 'not-fixable', message: `cannot pin: ${outcome.notFixable}`, reference });
    else plan.errors.push({ region: reference.region, message: outcome.error });
  }
}

async function planChecksums(model: DockerfileModel, options: PlanOptions, plan: FilePlan, addFix: (fix: Fix) => void): Promise<void> {
  for (const candidate of addChecksumCandidates(model)) {
    const region = candidate.instruction.region;
    if ('reason' in candidate) {
      plan.notes.push({ region, kind: 'not-fixable', message: `cannot add --checksum: ${candidate.reason}` });
      continue;
    }
    if (!options.network) {
      plan.notes.push({ region, kind: 'not-fixable', message: `ADD ${candidate.url} has no --checksum; pass --network to download it and add one` });
      continue;
    }
    try {
      const hex = await (options.download ?? downloadSha256)(candidate.url);
      const fix = addChecksumFix(model, candidate.instruction, hex);
      if ('reason' in fix) plan.errors.push({ region, message: `cannot add --checksum: ${fix.reason}` });
      else addFix(fix);
    } catch (error) {
      plan.errors.push({ region, message: messageOf(error) });
    }
  }
}

function messageOf(error: unknown): string {
  if (error instanceof RegistryError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
