import { createTwoFilesPatch } from 'diff';
import type { Finding, Region } from '../../findings/index.js';
import type { DockerfileModel } from '../../model/index.js';
import { DIFFERENCE_RULES } from '../../rules/index.js';
import type { ImageDiff, PathDifference } from '../diff/types.js';
import { displayPath } from '../image/paths.js';
import type { BuildEnvironment, FileEntry } from '../image/types.js';
import { blameLayers, blamePath, combineBlames, type Blame, type BlameKind } from './blame.js';
import { classifyConfig, classifyPath, cpuDiffers, truncate, type Classified, type ProbePair } from './classify.js';
import { alignHistory } from './history-match.js';
import { RULE_OF_CLASS, type DifferenceClass } from './rules.js';
import { stepsOfTarget, type BuildStep, type TargetSteps } from './steps.js';

export interface AttributionOptions {
  /** The Dockerfile both images were built from; without it findings point at line 1. */
  model?: DockerfileModel;
  /** Path reported in findings when there is no model (defaults to the first image's path). */
  file?: string;
  /** The stage that was built (`--target`); the last stage by default. */
  target?: string;
  /** Second-pass probes of differing files (`probeFiles`), to tell timestamps from content. */
  probes?: ProbePair;
}

/** Paths listed in a finding's `properties.paths`; the count is always exact. */
const MAX_LISTED_PATHS = 500;
const MAX_DETAIL_LINES = 100;
const MAX_TEXT_DIFFS = 5;
const MAX_TEXT_DIFF_CHARS = 8 * 1024;

interface Item {
  label: string;
  reason: string;
  timeSource?: Classified['timeSource'];
  textDiff?: string;
}

interface Group {
  class: DifferenceClass;
  blame: Blame;
  items: Item[];
}

/**
 * Turns an image diff into findings: one per Dockerfile step and class of difference, placed on
 * the step that made it, with the paths and the evidence in `details` and `properties`.
 */
export function attributeDiff(diff: ImageDiff, options: AttributionOptions = {}): Finding[] {
  const target = options.model ? stepsOfTarget(options.model, options.target) : undefined;
  const layerBlameA = target ? blameLayers(diff.a, target) : [];
  const layerBlameB = target ? blameLayers(diff.b, target) : [];
  const cpu = cpuDiffers(diff.a.environment, diff.b.environment);
  const groups = new Map<string, Group>();
  const add = (blame: Blame | undefined, classified: Classified, label: string, textDiff?: string) => {
    const resolved = blame ?? { kind: 'unknown' as BlameKind, steps: target ? [target.from] : [] };
    const key = `${resolved.steps.map((step) => step.region.startLine).join(',')}|${classified.class}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { class: classified.class, blame: resolved, items: [] }));
    group.items.push({ label, reason: classified.reason, timeSource: classified.timeSource, textDiff });
  };

  // A layer both images hold (the same digest) did not make a difference: where one side's entry
  // comes from such a layer (the base image's), the other side's step replaced it.
  const shared = (entry: FileEntry | undefined) => entry !== undefined && entry.layer < diff.sharedLayers;
  for (const difference of diff.paths) {
    const { a, b } = difference;
    const blameA = a && !(shared(a) && b && !shared(b)) ? blamePath(layerBlameA[a.layer], difference.path) : undefined;
    const blameB = b && !(shared(b) && a && !shared(a)) ? blamePath(layerBlameB[b.layer], difference.path) : undefined;
    const blame = combineBlames(blameA, blameB);
    for (const classified of classifyPath(difference, options.probes, cpu)) {
      const textDiff = classified.class === 'permissions' ? undefined : unifiedDiff(difference, options.probes);
      add(blame, classified, displayPath(difference.path), textDiff);
    }
  }
  const historyA = target ? alignHistory(diff.a.history, target.steps) : [];
  for (const difference of diff.config) {
    add(target && configBlame(difference.field, target, historyA), classifyConfig(difference), `config ${difference.field}`);
  }

  const file = options.model?.file ?? options.file ?? diff.a.source.path;
  const legs = describeLegs(diff.a.environment, diff.b.environment);
  return [...groups.values()].map((group) => toFinding(group, file, legs));
}

function toFinding(group: Group, file: string, legs: string | undefined): Finding {
  const rule = DIFFERENCE_RULES.find((candidate) => candidate.id === RULE_OF_CLASS[group.class])!;
  const steps = group.blame.steps;
  const last = steps.at(-1);
  const region: Region = last
    ? { startLine: steps[0].region.startLine, startColumn: steps[0].region.startColumn, endLine: last.region.endLine, endColumn: last.region.endColumn }
    : { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  const subject = describeSubject(group);
  const where = describeSteps(group.blame);
  const details = [
    `${group.items.length} difference${group.items.length === 1 ? '' : 's'} (${group.class}), attributed ${attributionText(group.blame.kind)}${where ? ` to ${where}` : ''}:`,
    ...group.items.slice(0, MAX_DETAIL_LINES).map((item) => `  ${item.label}: ${item.reason}`),
    ...(group.items.length > MAX_DETAIL_LINES ? [`  ... and ${group.items.length - MAX_DETAIL_LINES} more`] : []),
    ...(legs ? ['', `Builds compared: ${legs}`] : []),
    ...group.items.filter((item) => item.textDiff).slice(0, MAX_TEXT_DIFFS).flatMap((item) => ['', item.textDiff!]),
  ].join('\n');
  const paths = group.items.map((item) => item.label);
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message: `${subject} ${explanation(group, where)}`,
    file,
    region,
    instruction: last?.ref,
    details,
    properties: {
      class: group.class,
      paths: paths.slice(0, MAX_LISTED_PATHS),
      pathCount: paths.length,
      attribution: group.blame.kind,
      ...(steps.length > 1 ? { instructions: steps.map((step) => `${step.keyword} (line ${step.region.startLine})`) } : {}),
      ...(legs ? { legs } : {}),
    },
  };
}

function describeSubject(group: Group): string {
  const [first] = group.items;
  const others = group.items.length - 1;
  const name = first.label.startsWith('config ') ? `The image config field \`${first.label.slice(7)}\`` : `\`${first.label}\``;
  return others > 0 ? `${name} and ${others} other${others === 1 ? '' : 's'}` : name;
}

function explanation(group: Group, where: string | undefined): string {
  const step = where ? `${where}` : 'a step';
  const plural = group.items.length > 1;
  const differ = plural ? 'differ' : 'differs';
  switch (group.class) {
    case 'time': {
      const sources = new Set(group.items.map((item) => item.timeSource));
      if (sources.size === 1 && sources.has('image')) {
        return `${differ} between the two builds only in timestamps: the builder stamps the image with the build time; set SOURCE_DATE_EPOCH for the build (BuildKit and buildah then use it for the image and its history).`;
      }
      if (sources.size === 1 && sources.has('file-time')) {
        return `${differ} between the two builds only in modification times: ${step} leaves files stamped with the time of the build; clamp file times to SOURCE_DATE_EPOCH (BuildKit: rewrite-timestamp=true; buildah: --timestamp).`;
      }
      return `${differ} between the two builds only in timestamps: ${step} records the build time; derive times from SOURCE_DATE_EPOCH (and clamp file times) so rebuilds match.`;
    }
    case 'cpu':
      return `${plural ? 'have' : 'has'} different machine code when built on CPUs with different features: ${step} compiles for the build machine's CPU (e.g. -march=native); name a fixed target such as -march=x86-64-v2.`;
    case 'content':
      return `${differ} in content between two builds of the same Dockerfile: the output of ${step} is not deterministic; see the details for what changed.`;
    case 'permissions':
      return `${differ} in mode, owner or extended attributes between the two builds: ${step} does not set them explicitly; use COPY --chmod/--chown or fixed uids.`;
    case 'file-set':
      return `${plural ? 'exist' : 'exists'} in only one of the two builds: ${step} creates or removes files depending on something outside the Dockerfile.`;
    case 'config':
      return `${differ} between the two builds: ${step} sets a value that depends on the build run or machine.`;
  }
}

function describeSteps(blame: Blame): string | undefined {
  if (blame.steps.length === 0) return undefined;
  if (blame.kind === 'base-image' || blame.kind === 'image') return `the base image (\`FROM ${truncate(blame.steps[0].text, 60)}\`)`;
  return blame.steps.map((step) => `\`${step.keyword} ${truncate(step.text, 60)}\` (line ${step.region.startLine})`).join(' or ');
}

function attributionText(kind: BlameKind): string {
  switch (kind) {
    case 'exact':
      return 'by the image history';
    case 'squashed':
      return 'to one of several steps committed as one layer';
    case 'inferred':
      return 'by the paths the step names';
    case 'base-image':
      return 'to the base image';
    case 'image':
      return 'to the image as a whole';
    case 'unknown':
      return 'without a usable image history';
  }
}

/** Who sets a config field: the last instruction of its kind, the history's step, or the builder. */
function configBlame(field: string, target: TargetSteps, historyA: number[]): Blame {
  const image: Blame = { kind: 'image', steps: [target.from] };
  const history = /^history\[(\d+)\]/.exec(field);
  if (history) {
    const index = historyA[Number(history[1])];
    return index >= 0 ? { kind: 'exact', steps: [target.steps[index]] } : { kind: 'base-image', steps: [target.from] };
  }
  const [kind, ...rest] = field.split('.');
  const key = rest.join('.');
  const keyword: Record<string, string> = {
    Env: 'ENV', Labels: 'LABEL', Entrypoint: 'ENTRYPOINT', Cmd: 'CMD', WorkingDir: 'WORKDIR', User: 'USER',
    ExposedPorts: 'EXPOSE', Volumes: 'VOLUME', StopSignal: 'STOPSIGNAL', Shell: 'SHELL',
  };
  const wanted = keyword[kind];
  if (!wanted) return image;
  const mentionsKey = (step: BuildStep) => !key || step.sets.includes(key);
  const step = target.steps.filter((candidate) => candidate.keyword === wanted && mentionsKey(candidate)).at(-1);
  return step ? { kind: 'exact', steps: [step] } : { kind: 'base-image', steps: [target.from] };
}

function unifiedDiff(difference: PathDifference, probes: ProbePair | undefined): string | undefined {
  const a = probes?.a.get(difference.path)?.text;
  const b = probes?.b.get(difference.path)?.text;
  if (a === undefined || b === undefined || a === b) return undefined;
  const name = displayPath(difference.path);
  const patch = createTwoFilesPatch(`a${name}`, `b${name}`, a, b, 'first build', 'second build', { context: 2 });
  return patch.length > MAX_TEXT_DIFF_CHARS ? `${patch.slice(0, MAX_TEXT_DIFF_CHARS)}\n[diff truncated]` : patch;
}

function describeLegs(a: BuildEnvironment | undefined, b: BuildEnvironment | undefined): string | undefined {
  if (!a && !b) return undefined;
  const one = (env: BuildEnvironment | undefined) => {
    if (!env) return 'unknown';
    const parts: string[] = [];
    if (env.cpu?.model) parts.push(`cpu ${env.cpu.model}`);
    if (env.cpu?.features) parts.push(`features ${env.cpu.features.join(',') || 'none'}`);
    for (const [key, value] of Object.entries(env.settings ?? {})) parts.push(`${key}=${value}`);
    return `${env.label}${parts.length ? ` (${parts.join('; ')})` : ''}`;
  };
  return `${one(a)} vs ${one(b)}`;
}
