/**
 * Exact fixes in files other than Dockerfiles: a Compose service's image pinned by digest (the tag
 * kept), a workflow's or composite action's `uses:` pinned to the commit its tag names today (the tag
 * kept as a comment, as Dependabot and Renovate read it).
 */
import type { FileKind, Fix, PositionMapper, Span } from '../findings/index.js';
import { loadComposeParser } from '../compose/index.js';
import { parseImageName } from '../model/index.js';
import { describeImage, RegistryError } from '../registry/index.js';
import { loadWorkflowParser, type ActionReference } from '../workflows/index.js';
import type { ActionCommitResolver } from './action-commits.js';
import type { LabelledEdit } from './edits.js';
import { applyPlan, type FilePlan, type PlanOptions } from './plan.js';

/** The kinds `fix` rewrites besides Dockerfiles. */
export const FIXED_DOCUMENT_KINDS: readonly FileKind[] = ['compose', 'workflow'];

export interface DocumentPlanOptions extends PlanOptions {
  /** Resolves an action's tag or branch to a commit (the GitHub API). */
  actions: ActionCommitResolver;
}

/** Computes the fixes of one Compose file or workflow; touches no file. */
export async function planDocumentFixes(text: string, file: string, kind: FileKind, options: DocumentPlanOptions): Promise<FilePlan> {
  const plan: FilePlan = { file, original: text, fixed: text, applied: [], notes: [], errors: [] };
  const edits: LabelledEdit[] = [];
  if (kind === 'compose') await planComposePins(text, file, options, plan, edits);
  else if (kind === 'workflow') await planActionPins(text, file, options, plan, edits);
  return applyPlan(plan, edits);
}

async function planComposePins(text: string, file: string, options: PlanOptions, plan: FilePlan, edits: LabelledEdit[]): Promise<void> {
  const { parseCompose } = await loadComposeParser();
  const compose = parseCompose(text, file, new Map());
  await Promise.all(
    compose.services.map(async (service) => {
      const image = service.image;
      if (!image) return;
      const region = compose.positions.regionOf(image.span);
      const name = parseImageName(image.value.trim());
      if (!image.valueSpan || image.value.includes('$') || !name) {
        plan.notes.push({ region, kind: 'not-fixable', message: `cannot pin the image of service \`${service.name}\`: \`${image.value}\` is not a literal image reference (variables, escapes); pin it by hand` });
        return;
      }
      if (name.digest) return;
      try {
        const digest = await options.resolver.resolve(name, options.platform);
        edits.push({ edit: insertion(compose.positions, image.valueSpan.end, `@${digest}`), label: `Pin \`${image.value}\` to ${digest}` });
      } catch (error) {
        plan.errors.push({ region, message: `cannot pin ${describeImage(name)}: ${messageOf(error)}` });
      }
    }),
  );
}

async function planActionPins(text: string, file: string, options: DocumentPlanOptions, plan: FilePlan, edits: LabelledEdit[]): Promise<void> {
  const { parseWorkflow } = await loadWorkflowParser();
  const workflow = parseWorkflow(text, file);
  const wanted = workflow.uses.filter((uses) => (uses.kind === 'action' || uses.kind === 'reusable-workflow') && uses.ref && !/^[0-9a-f]{40}$/.test(uses.ref));
  await Promise.all(
    wanted.map(async (uses) => {
      const region = workflow.positions.regionOf(uses.uses.span);
      const fix = await actionPin(uses, text, workflow.positions, options.actions).catch((error: unknown) => {
        plan.errors.push({ region, message: `cannot pin ${uses.name}@${uses.ref}: ${messageOf(error)}` });
        return undefined;
      });
      if (fix && 'reason' in fix) plan.notes.push({ region, kind: 'not-fixable', message: `cannot pin \`${uses.uses.value}\`: ${fix.reason}` });
      else if (fix) edits.push(...fix.edits.map((edit) => ({ edit, label: fix.description })));
    }),
  );
}

/** `owner/repo@v4` → `owner/repo@<commit> # v4`; an existing comment on the line is kept, and then no tag comment is added. */
async function actionPin(uses: ActionReference, text: string, positions: PositionMapper, resolver: ActionCommitResolver): Promise<Fix | { reason: string }> {
  const valueSpan = uses.uses.valueSpan;
  const ref = uses.ref!;
  if (!valueSpan || !uses.uses.value.endsWith(`@${ref}`)) return { reason: 'the value is not written literally (escapes); pin it by hand' };
  const [owner, repo] = uses.name!.split('/');
  if (!owner || !repo) return { reason: 'it names no repository' };
  const commit = await resolver.resolve(owner, repo, ref);
  // One edit from the ref to the end of the value (a closing quote kept), so the comment cannot be refused as touching it.
  const span = { start: valueSpan.end - ref.length, end: uses.uses.span.end };
  const comment = uses.comment === undefined ? ` # ${ref}` : '';
  return { description: `Pin ${uses.name}@${ref} to commit ${commit}`, edits: [{ span, region: positions.regionOf(span), text: `${commit}${text.slice(valueSpan.end, span.end)}${comment}` }] };
}

function insertion(positions: PositionMapper, offset: number, text: string) {
  const span: Span = { start: offset, end: offset };
  return { span, region: positions.regionOf(span), text };
}

function messageOf(error: unknown): string {
  if (error instanceof RegistryError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
