/**
 * Versioned runtime attributes (`nodejs_22`, `python312`, `go_1_26`, `postgresql_17`, ...): which
 * versions this nixpkgs carries, the attribute of a version, and the nearest one when a version is
 * gone. The versioned runtimes are complete in the index (see data/REVISION.md), so a version that
 * is missing really is gone.
 */
import { isIndexedAttr, nixpkgsIndex } from './data/index.js';

/** A family of versioned attributes and its unversioned (default) attribute. */
interface Family {
  /** The unversioned attribute (`nodejs`), what a floating tag or an unversioned package means. */
  base: string;
  /** Reads the version of one of the family's attributes (`python312` → [3, 12]). */
  parse: RegExp;
  /** How many version components the attribute names carry (Node: the major; Python: major.minor). */
  components: number;
  attr(version: number[]): string;
}

const FAMILIES: Family[] = [
  { base: 'nodejs', parse: /^nodejs_(\d+)$/, components: 1, attr: ([major]) => `nodejs_${major}` },
  { base: 'python3', parse: /^python(3)(\d+)$/, components: 2, attr: ([major, minor]) => `python${major}${minor}` },
  { base: 'go', parse: /^go_(1)_(\d+)$/, components: 2, attr: ([major, minor]) => `go_${major}_${minor}` },
  { base: 'postgresql', parse: /^postgresql_(\d+)$/, components: 1, attr: ([major]) => `postgresql_${major}` },
  { base: 'php', parse: /^php(\d)(\d)$/, components: 2, attr: ([major, minor]) => `php${major}${minor}` },
  { base: 'ruby', parse: /^ruby_(\d+)_(\d+)$/, components: 2, attr: ([major, minor]) => `ruby_${major}_${minor}` },
  { base: 'jdk', parse: /^jdk(\d+)$/, components: 1, attr: ([major]) => `jdk${major}` },
  { base: 'temurin-bin', parse: /^temurin-bin-(\d+)$/, components: 1, attr: ([major]) => `temurin-bin-${major}` },
  { base: 'temurin-jre-bin', parse: /^temurin-jre-bin-(\d+)$/, components: 1, attr: ([major]) => `temurin-jre-bin-${major}` },
  { base: 'gcc', parse: /^gcc(\d+)$/, components: 1, attr: ([major]) => `gcc${major}` },
];

/** `3.11.2-1+b1` → [3, 11, 2]; undefined when the text does not start with a number. */
export function leadingVersion(text: string | undefined): number[] | undefined {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(text ?? '');
  return match ? match[1].split('.').map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const versionsCache = new Map<Family, { version: number[]; attr: string }[]>();

/** The family's attributes in the index, oldest first. */
function versionsOf(family: Family): { version: number[]; attr: string }[] {
  let versions = versionsCache.get(family);
  if (!versions) {
    versions = [...nixpkgsIndex().attributes]
      .map((attr) => ({ attr, match: family.parse.exec(attr) }))
      .filter((entry): entry is { attr: string; match: RegExpExecArray } => entry.match !== null)
      .map(({ attr, match }) => ({ attr, version: match.slice(1).map(Number) }))
      .sort((a, b) => compare(a.version, b.version));
    versionsCache.set(family, versions);
  }
  return versions;
}

function familyOf(attr: string): Family | undefined {
  return FAMILIES.find((family) => family.base === attr || family.parse.test(attr));
}

/** The versions a family's attribute stands for in this revision (`python3 = python314 in this revision`), from the data set's notes. */
function defaultVersions(): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const row of nixpkgsIndex().runtimes) {
    for (const match of row.note.matchAll(/\b([\w-]+)(?: \(unversioned\))? = ([\w-]+) in this revision/g)) defaults.set(match[1], match[2]);
  }
  return defaults;
}

let defaults: Map<string, string> | undefined;

/** The versioned attribute the unversioned one is in this revision (`nodejs` → `nodejs_24`), when the data set says. */
export function defaultVersionOf(attr: string): string | undefined {
  defaults ??= defaultVersions();
  return defaults.get(attr);
}

/** What a version request resolved to: the attribute, and whether it is the version asked for. */
export interface VersionChoice {
  attr: string;
  /** `exact`: the version asked for (to the components nixpkgs names); `nearest`: that version is gone. */
  match: 'exact' | 'nearest';
}

/**
 * The attribute of `version` in the family of `attr` (`python3` and 3.11.2 → `python311`), else the
 * nearest version this nixpkgs has: the oldest newer one (an upgrade is the usual way forward),
 * else the newest. Undefined when `attr` has no versioned family or the version is not a number.
 */
export function versionedAttr(attr: string, version: number[] | undefined): VersionChoice | undefined {
  const family = familyOf(attr);
  if (!family || !version || version.length < family.components) return undefined;
  const wanted = version.slice(0, family.components);
  const exact = family.attr(wanted);
  if (isIndexedAttr(exact)) return { attr: exact, match: 'exact' };
  const versions = versionsOf(family);
  const nearest = versions.find((candidate) => compare(candidate.version, wanted) > 0) ?? versions[versions.length - 1];
  return nearest ? { attr: nearest.attr, match: 'nearest' } : undefined;
}

/** `python312` → `3.12`; the version an attribute of a family names, for messages. */
export function versionName(attr: string): string | undefined {
  const family = familyOf(attr);
  const match = family?.parse.exec(attr);
  return match ? match.slice(1).join('.') : undefined;
}
