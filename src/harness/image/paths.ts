/**
 * Layer entry names become index keys lexically: strip `./` and `/`, resolve `..` without looking
 * at anything (symlinks are never followed), and refuse names that climb out of the root.
 */
export function normaliseEntryPath(name: string): string | undefined {
  const parts: string[] = [];
  for (const part of name.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else {
      parts.push(part);
    }
  }
  return parts.join('/');
}

export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** How paths are shown to users: absolute, as inside the container. */
export function displayPath(path: string): string {
  return `/${path}`;
}
