import type { Fix, Span } from '../findings/index.js';
import { expandVariables, type ArgDeclaration, type DockerfileModel, type ImageReference } from '../model/index.js';
import { describeImage, isDigest, type DigestResolver } from '../registry/index.js';
import { insertionAt } from './edits.js';

/** Why a reference cannot be pinned automatically, in words for the user. */
export interface NotFixable {
  reason: string;
}

/** Whether the reference already carries a digest (nothing to pin). */
export function isPinned(reference: ImageReference): boolean {
  return reference.name?.digest !== undefined;
}


/** `$NAME` or `${NAME}` and nothing else: the whole reference is one ARG's value. */
const wholeArgPattern = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;

/**
 * The edit that pins `reference` to `digest`, keeping its tag (`node:20` → `node:20@sha256:...`) so
 * update bots can still bump it. A reference that is exactly one ARG (`FROM ${BASE}`) gets the ARG's
 * default pinned instead; the FROM expression is never rewritten. Anything else built from ARGs
 * (`python:${VERSION}-slim`) cannot be pinned without changing what the ARG means, and says why.
 */
export function pinImageFix(model: DockerfileModel, reference: ImageReference, digest: string): Fix | NotFixable {
  if (!isDigest(digest)) return { reason: `"${digest}" is not a sha256/sha512 digest` };
  if (reference.kind === 'stage') return { reason: `\`${reference.raw}\` names a build stage, not an image` };
  if (reference.kind === 'scratch') return { reason: '`scratch` is the empty image; there is nothing to pin' };
  if (reference.resolved === undefined) {
    const names = reference.unresolved.map((name) => `ARG ${name}`).join(', ');
    return { reason: `\`${reference.raw}\` depends on ${names || 'a variable'} without a default value; pin the value passed with --build-arg instead` };
  }
  if (!reference.name) return { reason: `\`${reference.resolved}\` is not a valid image reference` };
  if (reference.name.digest) return { reason: `\`${reference.resolved}\` is already pinned by digest` };

  const target = reference.raw === reference.resolved ? literalTarget(model, reference) : argTarget(model, reference);
  if ('reason' in target) return target;
  return {
    description: `Pin ${target.what} to ${digest}`,
    edits: [insertionAt(model, target.insertAt, `@${digest}`)],
  };
}

function literalTarget(model: DockerfileModel, reference: ImageReference): { insertAt: number; what: string } | NotFixable {
  if (sliceOf(model, reference.span) !== reference.raw) {
    return { reason: `the text at the reference is not \`${reference.raw}\` (quoted or escaped); pin it by hand` };
  }
  return { insertAt: reference.span.end, what: `\`${reference.raw}\`` };
}

function argTarget(model: DockerfileModel, reference: ImageReference): { insertAt: number; what: string } | NotFixable {
  const whole = wholeArgPattern.exec(reference.raw);
  const usedArgs = reference.viaArgs.map((arg) => `ARG ${arg.name}`).join(', ') || 'variables';
  if (!whole) {
    return {
      reason:
        `\`${reference.raw}\` is composed from ${usedArgs}; a digest cannot be added to an ARG that holds only part of the reference. ` +
        'Put the whole reference in one ARG (e.g. `ARG BASE=name:tag`, `FROM ${BASE}`) or pin it by hand',
    };
  }
  const argName = whole[1] ?? whole[2]!;
  const declaration: ArgDeclaration | undefined = reference.viaArgs.find((arg) => arg.name === argName);
  if (!declaration || declaration.defaultSpan === undefined || declaration.defaultValue === undefined) {
    return { reason: `\`${reference.raw}\` takes its value from ARG ${argName}, but no ARG default in this file provides it` };
  }
  // The reference must be what this default expands to (not a --build-arg override), and the
  // default's text must be what the file holds, so appending to it appends to the reference.
  const expanded = expandVariables(declaration.defaultValue, (name) => declaration.instruction.variables.get(name), model.escapeChar);
  if (expanded.value !== reference.resolved || sliceOf(model, declaration.defaultSpan) !== declaration.defaultValue) {
    return { reason: `the value of ARG ${argName} does not come from its default in this file; pin it by hand` };
  }
  return { insertAt: declaration.defaultSpan.end, what: `the default of ARG ${argName} (\`${declaration.defaultValue}\`)` };
}

function sliceOf(model: DockerfileModel, span: Span): string {
  return model.text.slice(span.start, span.end);
}

/** What pinning made of one image reference of a model. */
export type PinOutcome =
  | { reference: ImageReference; fix: Fix }
  /** Nothing to do: a stage, `scratch`, already pinned. */
  | { reference: ImageReference; skipped: string }
  /** Worth pinning, but not mechanically (e.g. a tag composed from ARGs). */
  | { reference: ImageReference; notFixable: string }
  /** The registry could not answer (message ready for the user). */
  | { reference: ImageReference; error: string };

/**
 * Resolves and builds the pin of every image reference of `model` (references in file order).
 * References that cannot be pinned are never sent to the registry. For the rule engine: resolve
 * once before the rules run, then attach each `fix` to the finding on its reference.
 */
export async function resolvePins(model: DockerfileModel, resolver: DigestResolver, platform?: string): Promise<PinOutcome[]> {
  return Promise.all(
    model.imageReferences.map(async (reference): Promise<PinOutcome> => {
      if (reference.name?.digest && !isDigest(reference.name.digest)) {
        return { reference, notFixable: `\`${reference.resolved}\` carries an incomplete digest; replace it with the full one by hand` };
      }
      if (reference.kind !== 'image' || isPinned(reference)) {
        return { reference, skipped: reference.kind === 'image' ? 'already pinned by digest' : reference.kind === 'scratch' ? 'scratch' : 'build stage' };
      }
      const dryRun = pinImageFix(model, reference, `sha256:${'0'.repeat(64)}`);
      if ('reason' in dryRun) return { reference, notFixable: dryRun.reason };
      let digest: string;
      try {
        digest = await resolver.resolve(reference.name!, platform);
      } catch (error) {
        return { reference, error: `cannot pin ${describeImage(reference.name!)}: ${error instanceof Error ? error.message : String(error)}` };
      }
      const fix = pinImageFix(model, reference, digest);
      return 'reason' in fix ? { reference, error: `cannot pin ${describeImage(reference.name!)}: ${fix.reason}` } : { reference, fix };
    }),
  );
}
