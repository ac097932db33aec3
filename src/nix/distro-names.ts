/**
 * Distro package names rewritten towards nixpkgs names: split-package suffixes (`-dev`), sonames and
 * versions (`libssl3`, `libglib2.0-0`). Pure string work, apart from the data set that checks the
 * candidates (mapping.ts).
 */

/** Split-package suffixes: the files of one upstream package that a distro ships separately. */
const SPLIT_SUFFIXES = [
  '-dev', '-devel', '-headers', '-static', '-libs', '-lib', '-common', '-doc', '-dbg', '-openrc',
  '-utils', '-bin', '-tools', '-progs', '-data', '-full', '-extra', '-serial', '-examples', '-gold', '-lang', '-trust',
  '-compat',
];

/**
 * Rewrites a distro package name towards a nixpkgs name; each candidate is tried against the
 * hand-written map first, then the index. Only names the data set knows come out, so nothing is
 * invented; what cannot be found stays unmapped.
 */
export function distroCandidates(name: string): string[] {
  const out: string[] = [];
  const push = (candidate: string) => {
    if (candidate && candidate !== name && !out.includes(candidate)) out.push(candidate);
  };
  const stems = [name];
  for (const suffix of SPLIT_SUFFIXES) if (name.endsWith(suffix)) stems.push(name.slice(0, -suffix.length));
  for (const stem of stems) {
    push(stem);
    // nixpkgs writes a major version with an underscore: llvm19 → llvm_19, clang19 → clang_19.
    push(stem.replace(/(?<=[a-z])(\d+)$/, '_$1'));
    // Sonames and Debian's versioned library packages: libssl3, libpq5, libicu72, libglib2.0-0, libffi8.
    const unversioned = stem.slice(0, versionSuffixStart(stem));
    // libpcre2-8-0: the library's own name ends in a digit, the soname follows after dashes.
    const soname = stem.slice(0, sonameSuffixStart(stem));
    for (const base of [stem, unversioned, soname]) {
      push(base);
      push(`${base}-dev`);
      if (base.startsWith('lib') && base.length > 4) push(base.slice(3));
    }
    // postgresql-18-jit, postgresql-contrib-18: extensions of one major version.
    const postgres = /^postgresql(?:-contrib)?-(\d+)(?:-[a-z]+)?$/.exec(stem);
    if (postgres) push(`postgresql_${postgres[1]}`);
  }
  return out;
}

/*
 * The two suffix finders below read a name backwards from its end. As regular expressions
 * (`/(?<=[a-z])[-.]?\d+(\.\d+)*(-\d+)?(t64)?$/` and `/(-\d+)+(t64)?$/`) they were tried from every
 * position of the name, each attempt running to its end: quadratic time on a word such as
 * `lib-1-1-1-…`, which a Dockerfile can make as long as it likes. Each returns where the longest
 * matching suffix starts (what the leftmost regex match removed), or the name's length.
 */

/** Start of the run of digits that ends at `end` (`end` itself when there is none). */
function digitsStart(name: string, end: number): number {
  let start = end;
  while (start > 0 && name.charCodeAt(start - 1) >= 48 && name.charCodeAt(start - 1) <= 57) start--;
  return start;
}

/** Start of the `-digits` groups that end at `end` (all of them, or only the last): `-8-0` of `libpcre2-8-0`. */
function dashGroupsStart(name: string, end: number, onlyLast: boolean): number {
  let start = end;
  for (;;) {
    const digits = digitsStart(name, start);
    if (digits === start || name[digits - 1] !== '-') return start;
    start = digits - 1;
    if (onlyLast) return start;
  }
}

/** The name without, and with, a trailing `t64` (Debian's 64-bit time transition). */
function suffixEnds(name: string): number[] {
  return name.endsWith('t64') ? [name.length, name.length - 3] : [name.length];
}

const isLowerLetter = (name: string, index: number): boolean => index >= 0 && name.charCodeAt(index) >= 97 && name.charCodeAt(index) <= 122;

/** `-8-0` of `libpcre2-8-0`, `-1t64` of `libfoo-1t64`. */
function sonameSuffixStart(name: string): number {
  let best = name.length;
  for (const end of suffixEnds(name)) {
    const start = dashGroupsStart(name, end, false);
    if (start < end) best = Math.min(best, start);
  }
  return best;
}

/**
 * A version after a letter: `3` of `libssl3`, `2.0-0` of `libglib2.0-0`, `-2.1` of `libevent-2.1`:
 * an optional `-` or `.`, dotted digits, at most one `-digits`, an optional `t64`.
 */
function versionSuffixStart(name: string): number {
  let best = name.length;
  for (const end of suffixEnds(name)) {
    for (const dottedEnd of new Set([end, dashGroupsStart(name, end, true)])) {
      let start = digitsStart(name, dottedEnd);
      if (start === dottedEnd) continue;
      while (name[start - 1] === '.' && digitsStart(name, start - 1) < start - 1) start = digitsStart(name, start - 1);
      if (isLowerLetter(name, start - 1)) best = Math.min(best, start);
      else if ((name[start - 1] === '-' || name[start - 1] === '.') && isLowerLetter(name, start - 2)) best = Math.min(best, start - 1);
    }
  }
  return best;
}

