import type { ConfigDifference, PathDifference } from '../diff/types.js';
import type { ContentProbe } from '../image/content-probe.js';
import { differOnlyInTimestamps } from '../image/timestamps.js';
import type { BuildEnvironment } from '../image/types.js';
import type { DifferenceClass } from './rules.js';

export interface Classified {
  class: DifferenceClass;
  /** Why this class, for the finding's details, e.g. `only the modification time differs`. */
  reason: string;
  /** For `time`: a file's modification time, a date inside a file, or the image's own stamps. */
  timeSource?: 'file-time' | 'embedded' | 'image';
}

export interface ProbePair {
  a: Map<string, ContentProbe>;
  b: Map<string, ContentProbe>;
}

/** Whether the two builds ran with different CPU features (undefined: not known). */
export function cpuDiffers(a: BuildEnvironment | undefined, b: BuildEnvironment | undefined): boolean | undefined {
  if (!a?.cpu || !b?.cpu) return undefined;
  const features = (env: BuildEnvironment) => [...new Set(env.cpu?.features ?? [])].sort().join(' ');
  if (a.cpu.features && b.cpu.features) return features(a) !== features(b);
  return a.cpu.model !== b.cpu.model;
}

/**
 * The classes one path's difference falls in: at most one for its data (content, cpu or time) and
 * one for its metadata (permissions). A file whose content changed also has a new mtime; that is
 * not reported separately.
 */
export function classifyPath(difference: PathDifference, probes: ProbePair | undefined, cpu: boolean | undefined): Classified[] {
  if (difference.change === 'added') return [{ class: 'file-set', reason: 'only in the second build' }];
  if (difference.change === 'removed') return [{ class: 'file-set', reason: 'only in the first build' }];
  const { a, b, aspects } = difference as Required<PathDifference>;
  const results: Classified[] = [];
  if (aspects.includes('type')) results.push({ class: 'content', reason: `a ${a.type} in the first build, a ${b.type} in the second` });
  else if (aspects.includes('link')) results.push({ class: 'content', reason: `link target \`${a.linkTarget}\` vs \`${b.linkTarget}\`` });
  else if (aspects.includes('device')) results.push({ class: 'content', reason: `device ${a.device} vs ${b.device}` });
  else if (aspects.includes('content')) results.push(classifyContent(difference, probes, cpu));
  else if (aspects.includes('mtime')) results.push({ class: 'time', timeSource: 'file-time', reason: `only the modification time differs (${isoTime(a.mtime)} vs ${isoTime(b.mtime)})` });

  const metadata: string[] = [];
  if (aspects.includes('mode')) metadata.push(`mode ${octal(a.mode)} vs ${octal(b.mode)}`);
  if (aspects.includes('owner')) metadata.push(`owner ${a.uid}:${a.gid} vs ${b.uid}:${b.gid}`);
  if (aspects.includes('xattrs')) metadata.push('extended attributes differ');
  if (metadata.length > 0) results.push({ class: 'permissions', reason: metadata.join(', ') });
  return results;
}

function classifyContent(difference: PathDifference, probes: ProbePair | undefined, cpu: boolean | undefined): Classified {
  const { a, b, path } = difference as Required<PathDifference>;
  if (a.codeDigest && b.codeDigest) {
    if (a.codeDigest !== b.codeDigest) {
      if (cpu) return { class: 'cpu', reason: 'ELF executable code differs and the builds ran on CPUs with different features' };
      const known = cpu === false ? 'although both builds had the same CPU features' : '(the builds\' CPU features are not known)';
      return { class: 'content', reason: `ELF executable code differs ${known}` };
    }
  }
  const probeA = probes?.a.get(path);
  const probeB = probes?.b.get(path);
  if (probeA && probeB) {
    if (probeA.gzipMaskedDigest && probeA.gzipMaskedDigest === probeB.gzipMaskedDigest) {
      return { class: 'time', timeSource: 'embedded', reason: 'only the gzip header\'s timestamp differs' };
    }
    if (probeA.timeMaskedDigest === probeB.timeMaskedDigest) {
      const where = a.codeDigest ? 'ELF data (the code is identical)' : 'content';
      return { class: 'time', timeSource: 'embedded', reason: `the ${where} differs only in text that looks like dates or times` };
    }
  }
  if (a.codeDigest && b.codeDigest) return { class: 'content', reason: 'ELF data differs; the executable code is identical' };
  return { class: 'content', reason: `content differs (${a.size} vs ${b.size} bytes)` };
}

export function classifyConfig(difference: ConfigDifference): Classified {
  const isTimeField = difference.field === 'created' || difference.field === 'history.created';
  if (isTimeField || (difference.a !== undefined && difference.b !== undefined && differOnlyInTimestamps(difference.a, difference.b))) {
    return { class: 'time', timeSource: isTimeField ? 'image' : 'embedded', reason: `\`${difference.field}\` differs only in a timestamp` };
  }
  const show = (value: string | undefined) => (value === undefined ? 'unset' : `\`${truncate(value, 80)}\``);
  return { class: 'config', reason: `\`${difference.field}\`: ${show(difference.a)} vs ${show(difference.b)}` };
}

export function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function octal(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

function isoTime(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().replace('.000Z', 'Z');
}
