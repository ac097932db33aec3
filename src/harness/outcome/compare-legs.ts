import type { DockerfileModel } from '../../model/index.js';
import { compareIndexes, type Comparison } from '../attribution/index.js';
import type { LegResult } from '../builders/types.js';
import { AbsentLayerError, indexImageArchive, indexImagePair, wholeChain, type BuildEnvironment, type ImageIndex, type IndexOptions } from '../image/index.js';
import { NOT_BEFORE_MOUNT_PATH, PROBE_MOUNT_PATH, QEMU_MOUNT_PATH } from '../dockerfile/instrument.js';
import type { ProbeVerdict } from '../probe/verify.js';
import type { LegSpec } from '../variation/legs.js';

/** How the builder's own timestamps were kept from differing between the legs. */
export type StampHandling = 'clamped' | 'masked' | 'bitwise';

export interface LegComparison extends Comparison {
  images: [ImageIndex, ImageIndex];
}

/**
 * Indexes both legs' images and compares them. Differences that are only the builder's clock are
 * masked when the builder cannot clamp it (`masked`); `clamped` and `bitwise` compare everything.
 */
export async function compareLegs(
  model: DockerfileModel,
  legs: readonly [LegResult, LegResult],
  probes: readonly (ProbeVerdict | undefined)[],
  handling: StampHandling,
): Promise<LegComparison> {
  const [a, b] = legs.map((leg) => leg.leg.harnessArgs) as [Record<string, string>, Record<string, string>];
  const varied = Object.keys(a).filter((name) => a[name] !== b[name]);
  const index = async (whole: boolean) => {
    const images = await indexLegImages(legs, probes, whole);
    legs.forEach((leg, index) => maskHarnessArgs(images[index], leg.leg, varied));
    images.forEach(dropHarnessMountPoints);
    return images;
  };
  let images: [ImageIndex, ImageIndex];
  try {
    images = await index(false);
  } catch (error) {
    // A layer above the base's was left out of the export (it had a base layer's digest).
    if (!(error instanceof AbsentLayerError)) throw error;
    images = await index(true);
  }
  const windows = handling === 'masked' ? ([legs[0], legs[1]] as const) : undefined;
  const compared = await compareIndexes(images[0], images[1], {
    model,
    ...(windows ? { builderStampWindows: windows } : {}),
    reindexWhole: async () => (images = await index(true)),
  });
  return { ...compared, images };
}

/**
 * Starts indexing the first leg's image while the second leg builds, when its export left the base
 * image's layers out: what is left to read is what the build added. (A whole export is read with
 * the second leg's, `indexImagePair`, so that the layers both begin with are read once.)
 */
export function startIndexing(leg: LegResult): void {
  const { image } = leg;
  if (!image || image.absentBlobs.size === 0) return;
  image.index = indexImageArchive(image.path, { knownChains: image.knownChains, absentBlobs: image.absentBlobs });
  // Awaited by the comparison; a leg that fails or times out leaves it unread.
  image.index.catch(() => {});
}

/**
 * Both legs' images, indexed from what each export holds and the base layers' known index, the
 * layers both legs begin with read once; with `whole`, exported again with every layer first.
 */
async function indexLegImages(legs: readonly [LegResult, LegResult], probes: readonly (ProbeVerdict | undefined)[], whole: boolean): Promise<[ImageIndex, ImageIndex]> {
  const exported = await Promise.all(legs.map(async ({ image }) => (whole && image!.exportWhole ? { ...image!, path: await image!.exportWhole(), absentBlobs: new Set<string>(), index: undefined } : image!)));
  const [a, b] = exported.map((image, index): IndexOptions => ({ environment: buildEnvironment(legs[index]!, probes[index]), knownChains: image.knownChains, absentBlobs: image.absentBlobs }));
  const early = exported[0]!.index;
  if (!early) return indexImagePair([exported[0]!.path, exported[1]!.path], [a!, b!]);
  const first = { ...(await early), environment: a!.environment };
  return [first, await indexImageArchive(exported[1]!.path, { ...b!, knownChains: [...b!.knownChains!, wholeChain(first)] })];
}

/** One line per run saying how the builder's own timestamps were handled. */
export function stampsNote(handling: StampHandling, builder: string, sourceDateEpoch: string, comparison: LegComparison | undefined): string {
  switch (handling) {
    case 'clamped':
      return `builder timestamps: ${builder} clamps them to SOURCE_DATE_EPOCH=${sourceDateEpoch} (image creation, history, and the file times of every layer it builds); the images are compared bitwise`;
    case 'bitwise':
      return `builder timestamps: compared bitwise (--strict); ${builder} stamps the image's creation and history times and the times of files a step writes with its own clock, so those differ between any two builds`;
    case 'masked': {
      const masked = comparison?.masked;
      const what = masked ? ` (this run: ${masked.fileTimes} file time${masked.fileTimes === 1 ? '' : 's'}${masked.configFields.length ? `, ${masked.configFields.join(', ')}` : ''})` : '';
      return `builder timestamps: ${builder} cannot clamp them, so times it stamped with its own clock during each leg (image creation and history times, times of files a step wrote) are masked in the comparison${what}; --strict compares them bitwise`;
    }
  }
}

/**
 * buildah leaves an empty file or directory where the harness bind-mounted its helpers into build
 * steps (QEMU only in CPU-varied legs): the harness's, not the Dockerfile's, so a record of a QEMU
 * leg would differ from a native one by it. Dropped from the leg's index.
 */
export function dropHarnessMountPoints(image: ImageIndex): void {
  for (const mount of [PROBE_MOUNT_PATH, QEMU_MOUNT_PATH, NOT_BEFORE_MOUNT_PATH]) {
    const key = mount.slice(1);
    const entry = image.files.get(key);
    if (entry && entry.size === 0 && (entry.type === 'file' || entry.type === 'directory')) image.files.delete(key);
  }
}

/**
 * The classic builder records build args in each RUN's history (`|2 SOURCE_DATE_EPOCH=... TZ=...`).
 * The harness's own values differ between legs by design; masking them keeps those differences
 * from being blamed on the user's RUN lines.
 */
function maskHarnessArgs(image: ImageIndex, leg: LegSpec, varied: readonly string[]): void {
  const assignments = Object.entries(leg.harnessArgs).filter(([name]) => varied.includes(name)).map(([name, value]) => [`${name}=${value}`, `${name}=<varied by repro-audit>`] as const);
  for (const entry of image.history) {
    for (const [assignment, masked] of assignments) entry.createdBy = entry.createdBy.split(assignment).join(masked);
  }
}

export function buildEnvironment(result: LegResult, probe: ProbeVerdict | undefined): BuildEnvironment {
  const { leg } = result;
  const settings: Record<string, string | number | boolean> = { builder: leg.builder, network: leg.network, ...leg.harnessArgs };
  if (leg.cpuset) settings.cpuset = leg.cpuset;
  if (leg.clockLaterByMs) settings.clockLaterByMs = leg.clockLaterByMs;
  settings.contextDir = leg.contextDirName;
  return {
    label: leg.cpuModel ? (leg.cpuModel === 'Westmere' ? 'no-avx' : 'avx') : `leg-${leg.name}`,
    ...(leg.cpuModel || probe?.cpuFeatures ? { cpu: { ...(leg.cpuModel ? { model: leg.cpuModel } : {}), ...(probe?.cpuFeatures ? { features: probe.cpuFeatures } : {}) } } : {}),
    settings,
    ...(result.machine ? { machine: result.machine } : {}),
  };
}
