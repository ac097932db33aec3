import type { ImageIndex } from '../image/types.js';
import { alignHistory } from './history-match.js';
import type { BuildStep, TargetSteps } from './steps.js';

/**
 * Which Dockerfile step wrote a layer, and then a path. `exact`: the layer's history entry records
 * the step. `squashed`: one layer holds several steps (buildah without --layers), narrowed per path
 * by what the steps name. `base-image`: the layer came with FROM. `image`: the builder sets it for
 * the image as a whole (creation time), shown on the FROM line. `unknown`: no history to go by.
 */
export type BlameKind = 'exact' | 'squashed' | 'inferred' | 'base-image' | 'image' | 'unknown';

export interface Blame {
  kind: BlameKind;
  /** One step, or the candidates when it cannot be narrowed down, in Dockerfile order. */
  steps: BuildStep[];
}

/** Steps that change files; the others only touch the config. */
const WRITES_FILES = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

export function blameLayers(image: ImageIndex, target: TargetSteps): Blame[] {
  const { steps, from } = target;
  const matched = alignHistory(image.history, steps);
  const firstMatched = matched.findIndex((step) => step >= 0);
  let layerEntries = image.history.flatMap((entry, index) => (entry.emptyLayer ? [] : [index]));
  // Histories that do not account for every layer are aligned from the end, where the target's steps are.
  const missing = image.layers.length - layerEntries.length;
  layerEntries = missing >= 0 ? [...new Array<number>(missing).fill(-1), ...layerEntries] : layerEntries.slice(-missing);

  return layerEntries.map((entry): Blame => {
    if (entry < 0) return { kind: 'unknown', steps: [from] };
    if (matched[entry] >= 0) {
      const candidates = [steps[matched[entry]]];
      // Steps recorded as empty right before this layer's entry had their changes committed into it.
      for (let earlier = entry - 1; earlier >= 0 && image.history[earlier].emptyLayer; earlier--) {
        const step = steps[matched[earlier]];
        if (matched[earlier] >= 0 && WRITES_FILES.has(step.keyword)) candidates.unshift(step);
      }
      return { kind: candidates.length > 1 ? 'squashed' : 'exact', steps: candidates };
    }
    if (firstMatched < 0 || entry < firstMatched) return { kind: 'base-image', steps: [from] };
    // An entry the alignment could not pair: the file-writing steps between its paired neighbours.
    const before = Math.max(-1, ...matched.slice(0, entry));
    const after = matched.slice(entry + 1).find((step) => step >= 0) ?? steps.length;
    const between = steps.slice(before + 1, after).filter((step) => WRITES_FILES.has(step.keyword));
    if (between.length === 0) return { kind: 'unknown', steps: [from] };
    return { kind: between.length > 1 ? 'squashed' : 'inferred', steps: between };
  });
}

/** Narrows a layer's blame to the steps that name `path` (or a path below or above it). */
export function blamePath(blame: Blame | undefined, path: string): Blame | undefined {
  if (!blame || blame.steps.length < 2) return blame;
  const absolute = `/${path}`;
  let bestLength = 0;
  let best: BuildStep[] = [];
  for (const step of blame.steps) {
    for (const mention of step.mentions) {
      const cleaned = mention.replace(/\/+$/, '') || '/';
      const related = absolute === cleaned || absolute.startsWith(`${cleaned}/`) || cleaned.startsWith(`${absolute}/`) || cleaned === '/';
      if (!related) continue;
      if (cleaned.length > bestLength) {
        bestLength = cleaned.length;
        best = [step];
      } else if (cleaned.length === bestLength && !best.includes(step)) {
        best.push(step);
      }
    }
  }
  return best.length === 1 ? { kind: 'inferred', steps: best } : blame;
}

/** Most certain first: a combined blame is as certain as its weaker side. */
const CERTAINTY: BlameKind[] = ['exact', 'inferred', 'squashed', 'base-image', 'image', 'unknown'];

/** One blame for a path both images hold: where they agree, else every step either names. */
export function combineBlames(a: Blame | undefined, b: Blame | undefined): Blame | undefined {
  if (!a || !b) return a ?? b;
  const shared = a.steps.filter((step) => b.steps.includes(step));
  if (shared.length > 0) return { kind: CERTAINTY.indexOf(a.kind) >= CERTAINTY.indexOf(b.kind) ? a.kind : b.kind, steps: shared };
  const union = [...a.steps, ...b.steps.filter((step) => !a.steps.includes(step))].sort((x, y) => x.region.startLine - y.region.startLine);
  return { kind: 'squashed', steps: union };
}
