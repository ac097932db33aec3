import { baseName, parentOf } from './paths.js';
import type { FileEntry } from './types.js';

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';

/**
 * The union filesystem of the layers applied so far, as an index of entries. Children are tracked
 * per directory so a whiteout or opaque directory removes a subtree in time proportional to it.
 */
export class FilesystemIndex {
  readonly files = new Map<string, FileEntry>();
  private readonly children = new Map<string, Set<string>>();

  get(path: string): FileEntry | undefined {
    return this.files.get(path);
  }

  set(entry: FileEntry): void {
    const existing = this.files.get(entry.path);
    if (existing?.type === 'directory' && entry.type !== 'directory') this.clearDirectory(entry.path);
    this.files.set(entry.path, entry);
    // Link the path into every ancestor, including those the layers never listed: a directory with
    // a children set is already linked to its own parent, so the walk stops there.
    for (let child = entry.path; child !== ''; child = parentOf(child)) {
      const parent = parentOf(child);
      const siblings = this.children.get(parent);
      if (siblings) {
        siblings.add(child);
        break;
      }
      this.children.set(parent, new Set([child]));
    }
  }

  remove(path: string): void {
    this.clearDirectory(path);
    this.files.delete(path);
    this.children.get(parentOf(path))?.delete(path);
  }

  clearDirectory(path: string): void {
    const below = this.children.get(path);
    if (!below) return;
    this.children.delete(path);
    for (const child of below) {
      this.clearDirectory(child);
      this.files.delete(child);
    }
  }

}

/** The nearest ancestor that is a symlink: entries below it are recorded, never followed. */
export function symlinkAncestor(path: string, lookup: (path: string) => FileEntry | undefined): string | undefined {
  for (let parent = parentOf(path); parent !== ''; parent = parentOf(parent)) {
    if (lookup(parent)?.type === 'symlink') return parent;
  }
  return undefined;
}

/**
 * One layer's changes, gathered while it streams and applied when it ends: whiteouts and opaque
 * markers hide what lower layers hold, whatever their position in the layer tar relative to the
 * layer's own entries.
 */
export class LayerChanges {
  private readonly entries = new Map<string, FileEntry>();
  private readonly whiteouts: string[] = [];
  private readonly opaqueDirectories: string[] = [];

  /** Records a whiteout when `path` is one and returns true; the entry itself is then not a file. */
  takeWhiteout(path: string): boolean {
    const name = baseName(path);
    if (!name.startsWith(WHITEOUT_PREFIX)) return false;
    const parent = parentOf(path);
    if (name === OPAQUE_MARKER) this.opaqueDirectories.push(parent);
    else if (!name.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) {
      const hidden = name.slice(WHITEOUT_PREFIX.length);
      this.whiteouts.push(parent === '' ? hidden : `${parent}/${hidden}`);
    }
    return true;
  }

  add(entry: FileEntry): void {
    this.entries.delete(entry.path);
    this.entries.set(entry.path, entry);
  }

  get(path: string): FileEntry | undefined {
    return this.entries.get(path);
  }

  applyTo(index: FilesystemIndex): void {
    for (const directory of this.opaqueDirectories) index.clearDirectory(directory);
    for (const path of this.whiteouts) index.remove(path);
    for (const entry of this.entries.values()) index.set(entry);
  }
}
