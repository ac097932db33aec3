import path from 'node:path';
import type { Finding } from '../../findings/index.js';
import { codegenFlags } from '../cpu/features.js';
import { maskBuilderStamps, type BuildWindow } from '../diff/builder-stamps.js';
import { diffImages } from '../diff/diff-images.js';
import { readManifest } from '../image/manifest.js';
import type { BuildEnvironment, ImageIndex } from '../image/types.js';
import { compareIndexes } from './compare.js';
import type { AttributionOptions } from './findings.js';

/** One build record, and the machine it names in messages. */
export interface RecordedBuild {
  file: string;
  image: ImageIndex;
  /** e.g. `runner-a.json (runner-a, AMD EPYC 7763 64-Core Processor)`. */
  machine: string;
  /** The code-generation features of its CPU (see CODEGEN_FEATURES); undefined when unknown. */
  features?: string[];
}

/** Records whose images are identical file by file and in config. */
export interface RecordGroup {
  members: RecordedBuild[];
}

export interface FleetComparison {
  groups: RecordGroup[];
  /** Each difference between the first group and another, with the machines on either side. */
  findings: Finding[];
  /** Image diffs computed: grouping compares each record with one member of each group so far. */
  imageDiffs: number;
}

/**
 * Compares N build records (`rebuild --record`, e.g. one per CI runner): groups identical ones, then
 * attributes each difference between the first group and every other to its instruction, naming
 * the machines on either side and the CPU features that separate them. Work grows with N times the
 * number of groups, not N²: a record joins the first group whose representative it equals.
 */
export async function compareRecords(files: readonly string[], options: Omit<AttributionOptions, 'probes'> = {}): Promise<FleetComparison> {
  const records = await Promise.all(files.map(async (file) => describeRecord(file, await readManifest(file))));
  const groups: RecordGroup[] = [];
  let imageDiffs = 0;
  for (const record of records) {
    const group = groups.find((candidate) => {
      imageDiffs++;
      const windows = stampWindows(candidate.members[0]!.image, record.image);
      let diff = diffImages(candidate.members[0]!.image, record.image);
      if (windows) diff = maskBuilderStamps(diff, windows).diff;
      return diff.paths.length === 0 && diff.config.length === 0;
    });
    if (group) group.members.push(record);
    else groups.push({ members: [record] });
  }
  const findings: Finding[] = [];
  const [first, ...others] = groups;
  for (const other of others) {
    const [a, b] = [first!.members[0]!, other.members[0]!];
    const windows = stampWindows(a.image, b.image);
    const compared = await compareIndexes(comparableCpu(a), comparableCpu(b), { ...options, ...(windows ? { builderStampWindows: windows } : {}) });
    imageDiffs++;
    findings.push(...compared.findings.map((finding) => withSides(finding, first!, other)));
  }
  return { groups, findings, imageDiffs };
}

/**
 * Both records from a builder that cannot clamp its stamps (they carry their build windows): the
 * times it stamped are masked, as between the legs of one rebuild.
 */
function stampWindows(a: ImageIndex, b: ImageIndex): [BuildWindow, BuildWindow] | undefined {
  const windowOf = (image: ImageIndex) => {
    const window = image.environment?.machine?.buildWindow;
    return window && { startedAt: new Date(window.startedAt), finishedAt: new Date(window.finishedAt) };
  };
  const [first, second] = [windowOf(a), windowOf(b)];
  return first && second ? [first, second] : undefined;
}

function describeRecord(file: string, image: ImageIndex): RecordedBuild {
  const machine = image.environment?.machine;
  const known = machine && machine.cpu.source !== 'unknown';
  const details = machine ? [machine.hostName ?? machine.host, machine.cpu.model ?? 'CPU unknown'] : [image.environment?.label ?? 'no machine recorded'];
  return { file, image, machine: `${path.basename(file)} (${details.join(', ')})`, ...(known ? { features: codegenFlags(machine.cpu.flags) } : {}) };
}

/**
 * The attribution tells a CPU difference by comparing the two builds' CPU features; /proc/cpuinfo
 * and the QEMU probe list different sets, so both sides are cut to the code-generation features.
 */
function comparableCpu(record: RecordedBuild): ImageIndex {
  if (!record.features) return record.image;
  const environment: BuildEnvironment = { ...(record.image.environment ?? { label: record.machine }), cpu: { model: record.image.environment?.machine?.cpu.model, features: record.features } };
  return { ...record.image, environment };
}

/** Features every machine of `group` has and no machine of `other` has. */
function featuresOnlyIn(group: RecordGroup, other: RecordGroup): string[] | undefined {
  if ([...group.members, ...other.members].some((member) => !member.features)) return undefined;
  const elsewhere = new Set(other.members.flatMap((member) => member.features!));
  return group.members[0]!.features!.filter((feature) => group.members.every((member) => member.features!.includes(feature)) && !elsewhere.has(feature));
}

/** What separates two groups' CPUs, in words: `machines with and without avx512f`. */
export function separatingText(withA: readonly string[] | undefined, withB: readonly string[] | undefined): string {
  if (!withA || !withB) return 'the CPU of some machines is unknown';
  if (withA.length === 0 && withB.length === 0) return 'no code-generation CPU feature separates the machines';
  if (withB.length === 0) return `differs between machines with and without ${withA.join(', ')}`;
  if (withA.length === 0) return `differs between machines with and without ${withB.join(', ')}`;
  return `differs between machines with ${withA.join(', ')} and machines with ${withB.join(', ')}`;
}

function withSides(finding: Finding, a: RecordGroup, b: RecordGroup): Finding {
  const onlyA = featuresOnlyIn(a, b);
  const onlyB = featuresOnlyIn(b, a);
  const names = (group: RecordGroup) => group.members.map((member) => member.machine);
  const cpu = separatingText(onlyA, onlyB);
  const sides = `first: ${names(a).join('; ')}. Second: ${names(b).join('; ')}.`;
  return {
    ...finding,
    message: `${finding.message} Across machines: ${cpu}.`,
    details: `${finding.details ?? ''}\n\nMachines on each side (${cpu}):\n  ${sides}`.trimStart(),
    properties: {
      ...finding.properties,
      machinesFirst: names(a),
      machinesSecond: names(b),
      ...(onlyA ? { featuresOnlyFirst: onlyA } : {}),
      ...(onlyB ? { featuresOnlySecond: onlyB } : {}),
    },
  };
}
