import type { NixSuggestion } from '../../findings/index.js';
import { nixForPackages } from '../../nix/index.js';
import type { PackageManager, PackageSpec } from '../../shell/index.js';
import { code } from './regions.js';

/** The Nix answer of one install command, for the findings of its packages. */
export interface InstallNix {
  /** The whole answer: every package of the install. */
  readonly whole: NixSuggestion;
  /** What the finding of `spec` carries. */
  of(spec: PackageSpec): NixSuggestion;
}

/**
 * One install's Nix answer is stated once, with its first package in file order; the findings of the
 * other packages carry one short sentence pointing there, the same for all of them.
 *
 * The answer is about the whole install (one `contents` list, one Python environment), so it is
 * as long as the install. Repeated in each of its N findings, reports grew as N²: one `apk add`
 * of 2,000 packages made a 125 MB JSON report, and 10,000 a report too long for a string. A
 * per-package answer would keep each finding whole but say the shared part N times and lose
 * the one list a flake needs; a pointer keeps the report linear and the answer whole. Reporters
 * need no change: each finding still has a `nix` with a summary, and the text report, which
 * prints an answer once while it repeats, prints the pointer once after the full answer.
 */
export function nixOncePerInstall(manager: PackageManager, specs: readonly PackageSpec[]): InstallNix {
  const names = [...new Set(specs.map((spec) => spec.name))];
  const whole = nixForPackages(manager, names);
  const first = specs.reduce<PackageSpec | undefined>((earliest, spec) => (earliest && earliest.word.span.start <= spec.word.span.start ? earliest : spec), undefined);
  if (!first || names.length < 2) return { whole, of: () => whole };
  const pointer: NixSuggestion = { summary: `One Nix answer covers the ${names.length} packages of this install: it is given with ${code(first.name)}.` };
  return { whole, of: (spec) => (spec === first ? whole : pointer) };
}
