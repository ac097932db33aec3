import type { PackageSpec, ShellWord } from '../types.js';

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

function stripQuotes(raw: string): string {
  return raw.replace(/^(['"])(.*)\1$/s, '$2').replace(/["']/g, '');
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
