import type { HistoryEntry } from '../image/types.js';
import type { BuildStep } from './steps.js';

/**
 * Pairs image history entries with Dockerfile steps. The entries of the target stage follow the
 * base image's, in order, but builders differ in what they record (BuildKit: `RUN /bin/sh -c x #
 * buildkit`; buildah/classic: `/bin/sh -c x`, `|1 A=b /bin/sh -c x`, `/bin/sh -c #(nop) ENV ...`;
 * buildah without --layers puts a whole stage in one layer). So the pairing is an alignment by
 * similarity, not by position: it survives extra, missing and merged entries.
 */

export interface HistoryText {
  /** Upper-case keyword when the entry names one; RUN when it is a bare shell command. */
  keyword?: string;
  text: string;
}

const KEYWORDS = /^(ADD|ARG|CMD|COPY|ENTRYPOINT|ENV|EXPOSE|HEALTHCHECK|LABEL|MAINTAINER|ONBUILD|RUN|SHELL|STOPSIGNAL|USER|VOLUME|WORKDIR)\b\s*/;

export function parseCreatedBy(createdBy: string): HistoryText {
  let text = createdBy.trim().replace(/\s*# buildkit$/, '');
  let keyword: string | undefined;
  const nop = /^\/bin\/sh -c #\(nop\)\s*/.exec(text);
  if (nop) text = text.slice(nop[0].length);
  const named = KEYWORDS.exec(text);
  if (named) {
    keyword = named[1];
    text = text.slice(named[0].length);
  }
  if (!keyword || keyword === 'RUN') {
    // `|2 A=1 B=2 ` lists the build args a RUN saw.
    const args = /^\|(\d+)\s/.exec(text);
    if (args) text = skipWords(text.slice(args[0].length), Number(args[1]));
    const shell = /^(?:\/bin\/(?:ba|da)?sh|\/usr\/bin\/env\s+\w+|\S*sh)(?:\s+-[a-z]+(?:\s+\w+)?)*\s+-c\s+/.exec(text);
    if (shell) {
      text = text.slice(shell[0].length);
      keyword = 'RUN';
    }
  }
  return { keyword, text: text.replace(/\s+/g, ' ').trim() };
}

function skipWords(text: string, count: number): string {
  let rest = text;
  for (let i = 0; i < count; i++) rest = rest.replace(/^(?:[^\s'"]+|'[^']*'|"(?:[^"\\]|\\.)*")+\s*/, '');
  return rest;
}

/** How alike a history entry and a step are, 0 (unrelated) to 1 (same instruction). */
export function similarity(entry: HistoryText, step: BuildStep): number {
  if (entry.keyword && entry.keyword !== step.keyword) return 0;
  const stepText = step.keyword === 'RUN' ? runText(step.text) : step.text;
  const keywordScore = entry.keyword ? 0.3 : 0;
  if (entry.text === stepText) return 1;
  return keywordScore + (1 - keywordScore) * tokenOverlap(entry.text, stepText);
}

/** Exec-form RUN is recorded as the joined command line. */
function runText(text: string): string {
  if (!text.startsWith('[')) return text;
  try {
    const words = JSON.parse(text) as unknown;
    return Array.isArray(words) ? words.join(' ') : text;
  } catch {
    return text;
  }
}

const TOKEN_SEPARATORS = /[\s"'\[\],=]+/;

function tokenOverlap(a: string, b: string): number {
  const tokensA = new Set(a.split(TOKEN_SEPARATORS).filter(Boolean));
  const tokensB = new Set(b.split(TOKEN_SEPARATORS).filter(Boolean));
  if (tokensA.size === 0 || tokensB.size === 0) return 0;
  let shared = 0;
  for (const token of tokensA) if (tokensB.has(token)) shared++;
  return shared / Math.max(tokensA.size, tokensB.size);
}

const MIN_MATCH = 0.45;

/**
 * For each history entry, the index of the step it records, or -1. An order-preserving alignment
 * maximising total similarity; among equal alignments the latest entries win, since the target
 * stage's entries come after the base image's.
 */
export function alignHistory(history: HistoryEntry[], steps: BuildStep[]): number[] {
  const entries = history.map((entry) => parseCreatedBy(entry.createdBy));
  const rows = entries.length;
  const columns = steps.length;
  const score = (i: number, j: number) => {
    const value = similarity(entries[i], steps[j]);
    return value >= MIN_MATCH ? value : 0;
  };
  const best: Float64Array[] = Array.from({ length: rows + 1 }, () => new Float64Array(columns + 1));
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= columns; j++) {
      const match = score(i - 1, j - 1);
      best[i][j] = Math.max(best[i - 1][j], best[i][j - 1], match > 0 ? best[i - 1][j - 1] + match : 0);
    }
  }
  const matched = new Array<number>(rows).fill(-1);
  for (let i = rows, j = columns; i > 0 && j > 0; ) {
    const match = score(i - 1, j - 1);
    if (match > 0 && best[i][j] === best[i - 1][j - 1] + match) {
      matched[i - 1] = j - 1;
      i--;
      j--;
    } else if (best[i][j] === best[i - 1][j]) {
      // Skipping the entry keeps the step free to pair with an earlier one.
      i--;
    } else {
      j--;
    }
  }
  return matched;
}
