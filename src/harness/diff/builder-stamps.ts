import type { ImageDiff } from './types.js';

/** When one leg's build ran: the times its builder stamps fall in. */
export interface BuildWindow {
  startedAt: Date;
  finishedAt: Date;
}

/** What `maskBuilderStamps` took out of a diff, for the run's note. */
export interface MaskedStamps {
  /** Paths whose only remaining difference was a builder-stamped modification time. */
  fileTimes: number;
  /** Config fields (`created`, `history.created`) that differed only by the builder's clock. */
  configFields: string[];
}

/**
 * A builder that cannot clamp its timestamps (the classic Docker builder) stamps the image's
 * creation time, every history entry and the file times of whatever a step writes with its own
 * clock, so two builds of the same Dockerfile differ in them whatever the Dockerfile does. Those
 * differences say nothing about the Dockerfile and are masked. A difference is masked only when each
 * side lies inside its own leg's build window; a time the build took from elsewhere (a context
 * file's, `touch -d`, SOURCE_DATE_EPOCH, the base image's) falls outside and is compared as is.
 */
export function maskBuilderStamps(diff: ImageDiff, windows: readonly [BuildWindow, BuildWindow]): { diff: ImageDiff; masked: MaskedStamps } {
  const [inA, inB] = windows.map(within);
  let fileTimes = 0;
  const paths = diff.paths.flatMap((difference) => {
    const { a, b } = difference;
    if (!a || !b || !difference.aspects.includes('mtime') || !inA!(a.mtime * 1000) || !inB!(b.mtime * 1000)) return [difference];
    fileTimes++;
    const aspects = difference.aspects.filter((aspect) => aspect !== 'mtime');
    return aspects.length > 0 ? [{ ...difference, aspects }] : [];
  });
  const configFields: string[] = [];
  const stampedByBuilder = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && inA!(Date.parse(x)) && inB!(Date.parse(y));
  const config = diff.config.filter((difference) => {
    const masked =
      difference.field === 'created'
        ? stampedByBuilder(difference.a, difference.b)
        : difference.field === 'history.created' &&
          diff.a.history.every((entry, index) => entry.created === diff.b.history[index]?.created || stampedByBuilder(entry.created, diff.b.history[index]?.created));
    if (masked) configFields.push(difference.field);
    return !masked;
  });
  return { diff: { ...diff, paths, config }, masked: { fileTimes, configFields } };
}

/**
 * Whether a time (ms since the epoch) lies in the window. Archives may truncate file times to whole
 * seconds, so the window opens at the start's second; it closes a second after the end for clocks
 * that tick coarsely.
 */
function within(window: BuildWindow): (ms: number) => boolean {
  const from = Math.floor(window.startedAt.getTime() / 1000) * 1000;
  const to = window.finishedAt.getTime() + 1000;
  return (ms) => Number.isFinite(ms) && ms >= from && ms <= to;
}
