import type { PackageSpec, ShellWord, VariableScope } from '../types.js';

/**
 * The text of a word for version analysis. When a variable has no known value it is read as empty,
 * which is what the build does by default (`ARG V` without a default and no `--build-arg`):
 * `git-core-${version}` then has no version, as it would at build time.
 */
export function specText(word: ShellWord): string {
  if (word.value !== undefined) return word.value;
  return stripQuotes(word.raw)
    .replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)|`[^`]*`/g, '')
    .replace(/\\(.)/g, '$1');
}

/**
 * A word's text with quotes removed and its expansions kept as written, each hidden behind a
 * placeholder free of the characters spec parsers split on (`${CUDA/./-}` holds a `/`): `restore`
 * puts them back into a name parsed from it.
 */
export function literalText(raw: string): { text: string; restore(name: string): string } {
  const expansions: string[] = [];
  const text = stripQuotes(raw)
    .replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)|`[^`]*`/g, (expansion) => `\u0000${expansions.push(expansion) - 1}\u0000`)
    .replace(/\\(.)/g, '$1');
  return { text, restore: (name) => name.replace(/\u0000(\d+)\u0000/g, (_, index: string) => expansions[Number(index)] ?? '') };
}

/**
 * The texts a word stands for after the shell's field splitting: an unquoted expansion whose value
 * holds spaces (`pip install $PACKAGES`) becomes several arguments; a quoted one stays one.
 */
export function specTexts(word: ShellWord): string[] {
  if (isOpaque(word)) return [];
  const text = specText(word);
  if (!word.raw.includes('$') || /^["']/.test(word.raw)) return [text];
  return text.split(/\s+/).filter(Boolean);
}

/**
 * A word that is nothing but an unknown expansion or a command substitution (`$runDeps`,
 * `$(apk --print-arch | …)`): it names packages nobody can know before the build, so it names none here.
 */
export function isOpaque(word: ShellWord): boolean {
  return word.value === undefined && /^["']?(\$\(|`|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?["']?$)/.test(word.raw);
}

function stripQuotes(raw: string): string {
  return raw.replace(/^(['"])(.*)\1$/s, '$2').replace(/["']/g, '');
}

/** What `.` does not match: a regular expression's `(.*)$` fails on any of these. */
export const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * `text` before the first character `stop` matches (all of it when none does). `replace(/#.*$/, '')`
 * meant the same for one-line text, but with a line break after it retried from every `#`.
 */
export function upTo(text: string, stop: RegExp): string {
  const at = text.search(stop);
  return at < 0 ? text : text.slice(0, at);
}

/** A local file or directory rather than a package name (`./x.deb`, `/tmp/x.rpm`, `~/pkg`). */
export function isLocalPath(text: string): boolean {
  return text === '.' || text === '..' || /^(\.{1,2}\/|\/|~\/)/.test(text);
}

export function isUrl(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}

export function hasWildcard(version: string): boolean {
  return /[*?[\]]/.test(version);
}

export function spec(word: ShellWord, name: string, version: string | undefined, exact: boolean): PackageSpec {
  return { name, version: version === '' ? undefined : version, exact, word };
}

/**
 * Variables a word expands that the Dockerfile never declares (no ARG, no ENV): their values come
 * from the base image's environment (`ENV AIRFLOW_VERSION=2.8.0` in `apache/airflow`), which the
 * audit cannot see, so a version made of them can be neither confirmed nor refuted.
 */
export function comesFromBaseImage(word: ShellWord, declared: VariableScope): boolean {
  if (word.value !== undefined) return false;
  const names = [...word.raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!);
  return names.length > 0 && names.every((name) => !declared.has(name));
}

/** How messages name a package: as written when a variable of unknown value is part of its name. */
export function writtenName(spec: PackageSpec): string {
  return spec.writtenName ?? spec.name;
}
