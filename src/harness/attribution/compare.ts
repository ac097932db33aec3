import type { Finding } from '../../findings/index.js';
import { maskBuilderStamps, type BuildWindow, type MaskedStamps } from '../diff/builder-stamps.js';
import { diffImages } from '../diff/diff-images.js';
import type { ImageDiff } from '../diff/types.js';
import { contentLeftOut, probeFiles } from '../image/content-probe.js';
import { indexImageArchive, type IndexOptions } from '../image/index-archive.js';
import { readManifest } from '../image/manifest.js';
import type { BuildEnvironment, ImageIndex, IndexWarning } from '../image/types.js';
import { attributeDiff, type AttributionOptions } from './findings.js';
import type { ProbePair } from './classify.js';

export interface Comparison {
  diff: ImageDiff;
  findings: Finding[];
  /** Problems met while reading each image (hostile or odd entries), for the user. */
  warnings: { a: IndexWarning[]; b: IndexWarning[] };
  /** What was masked as stamped by the builder's clock, when `builderStampWindows` was given. */
  masked?: MaskedStamps;
}

export interface CompareIndexesOptions extends Omit<AttributionOptions, 'probes'> {
  /**
   * When each image was built, for a builder that cannot clamp its own timestamps: differences
   * that are only its clock are masked (see `maskBuilderStamps`).
   */
  builderStampWindows?: readonly [BuildWindow, BuildWindow];
  /**
   * For images whose sources left layers out (`IndexOptions.absentBlobs`): the two images indexed
   * again from sources holding every layer, called when a file to look at again lies in one.
   */
  reindexWhole?: () => Promise<[ImageIndex, ImageIndex]>;
}

export interface CompareArchivesOptions extends Omit<AttributionOptions, 'probes'>, Omit<IndexOptions, 'environment'> {
  /** What each build saw (CPU features, variation settings), in the order of the archives. */
  environments?: [BuildEnvironment | undefined, BuildEnvironment | undefined];
}

/** Two image archives in, findings out: index both, diff, look again at differing files, attribute. */
export async function compareImageArchives(archiveA: string, archiveB: string, options: CompareArchivesOptions = {}): Promise<Comparison> {
  const [a, b] = await Promise.all([
    indexImageArchive(archiveA, { ...options, environment: options.environments?.[0] }),
    indexImageArchive(archiveB, { ...options, environment: options.environments?.[1] }),
  ]);
  return compareIndexes(a, b, options);
}

/** Two manifests recorded with `--record` (e.g. on two CI runners) in, findings out. */
export async function compareManifests(manifestA: string, manifestB: string, options: Omit<AttributionOptions, 'probes'> = {}): Promise<Comparison> {
  const [a, b] = await Promise.all([readManifest(manifestA), readManifest(manifestB)]);
  return compareIndexes(a, b, options);
}

/** Works on any two indexes; files are probed again only where both came from archives. */
export async function compareIndexes(a: ImageIndex, b: ImageIndex, options: CompareIndexesOptions = {}): Promise<Comparison> {
  let diff = diffImages(a, b);
  let masked: MaskedStamps | undefined;
  if (options.builderStampWindows) ({ diff, masked } = maskBuilderStamps(diff, options.builderStampWindows));
  const contentChanged = diff.paths
    .filter((difference) => difference.aspects.includes('content') && difference.a?.codeDigest === difference.b?.codeDigest)
    .map((difference) => difference.path);
  const probes: ProbePair = { a: new Map(), b: new Map() };
  if (options.reindexWhole && (contentLeftOut(a, contentChanged) || contentLeftOut(b, contentChanged))) {
    const [wholeA, wholeB] = await options.reindexWhole();
    return compareIndexes(wholeA, wholeB, { ...options, reindexWhole: undefined });
  }
  if (contentChanged.length > 0) [probes.a, probes.b] = await Promise.all([probeFiles(a, contentChanged), probeFiles(b, contentChanged)]);
  return { diff, findings: attributeDiff(diff, { ...options, probes }), warnings: { a: a.warnings, b: b.warnings }, ...(masked ? { masked } : {}) };
}
