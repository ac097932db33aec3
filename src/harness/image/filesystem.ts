import { baseName, parentOf } from './paths.js';
import type { FileEntry } from './types.js';

const WHITEOUT_PREFIX = '.wh.';
const OPAQUE_MARKER = '.wh..wh..opq';

/** One path of a tree, reached from the root one name at a time. */
interface PathNode {
  /** What a layer listed at this path; ancestors no layer listed have none. */
  entry?: FileEntry;
  children?: Map<string, PathNode>;
}

/**
 * Paths as a tree of their names. Image trees can be thousands of levels deep, and a path is then
 * tens of kilobytes: walking a tree of names costs the path's length, where looking up each
 * ancestor by its full path costs the square of it (and, for every entry of a deep tree, the cube).
 */
class PathTree {
  readonly root: PathNode = {};

  /** The node of `path`; with `create`, made with its missing ancestors. */
  find(path: string, create: boolean): PathNode | undefined {
    let node = this.root;
    for (const name of path.split('/')) {
      let child = node.children?.get(name);
      if (!child) {
        if (!create) return undefined;
        child = {};
        (node.children ??= new Map()).set(name, child);
      }
      node = child;
    }
    return node;
  }
}

/**
 * The union filesystem of the layers applied so far, as an index of entries. A whiteout or opaque
 * directory removes a subtree in time proportional to it, without recursion (a deep tree would
 * overflow the stack).
 */
export class FilesystemIndex {
  readonly files: Map<string, FileEntry>;
  private built: PathTree | undefined;

  /**
   * Starts from a file system known from an earlier read (a `LayerChain`'s files). Its tree is made
   * when a layer is applied on top: an image that adds nothing to a known chain never needs it.
   */
  constructor(known: ReadonlyMap<string, FileEntry> = new Map()) {
    this.files = new Map(known);
  }

  get tree(): PathTree {
    if (!this.built) {
      this.built = new PathTree();
      for (const entry of this.files.values()) this.built.find(entry.path, true)!.entry = entry;
    }
    return this.built;
  }

  get(path: string): FileEntry | undefined {
    return this.files.get(path);
  }

  set(entry: FileEntry): void {
    const node = this.tree.find(entry.path, true)!;
    if (node.entry?.type === 'directory' && entry.type !== 'directory') this.clearBelow(node);
    node.entry = entry;
    this.files.set(entry.path, entry);
  }

  remove(path: string): void {
    const parent = path.includes('/') ? this.tree.find(parentOf(path), false) : this.tree.root;
    const name = baseName(path);
    const node = parent?.children?.get(name);
    if (node) {
      this.clearBelow(node);
      parent!.children!.delete(name);
    }
    this.files.delete(path);
  }

  clearDirectory(path: string): void {
    const node = path === '' ? this.tree.root : this.tree.find(path, false);
    if (node) this.clearBelow(node);
  }

  private clearBelow(top: PathNode): void {
    const pending = [top];
    for (let node = pending.pop(); node; node = pending.pop()) {
      for (const child of node.children?.values() ?? []) {
        if (child.entry) this.files.delete(child.entry.path);
        pending.push(child);
      }
      node.children = undefined;
    }
  }
}

/**
 * One layer's changes, gathered while it streams and applied when it ends: whiteouts and opaque
 * markers hide what lower layers hold, whatever their position in the layer tar relative to the
 * layer's own entries.
 */
export class LayerChanges {
  private readonly entries = new Map<string, FileEntry>();
  private readonly tree = new PathTree();
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
    this.tree.find(entry.path, true)!.entry = entry;
  }

  get(path: string): FileEntry | undefined {
    return this.entries.get(path);
  }

  /**
   * The nearest ancestor of `path` that is a symlink, in this layer or below it: entries below one
   * are recorded, never followed. One walk down both trees, in time linear in the path's length.
   */
  symlinkAncestor(path: string, below: FilesystemIndex): string | undefined {
    const names = path.split('/');
    let here: PathNode | undefined = this.tree.root;
    let lower: PathNode | undefined = below.tree.root;
    let length = -1;
    let nearest: number | undefined;
    for (const name of names.slice(0, -1)) {
      here = here?.children?.get(name);
      lower = lower?.children?.get(name);
      length += name.length + 1;
      if ((here?.entry ?? lower?.entry)?.type === 'symlink') nearest = length;
    }
    return nearest === undefined ? undefined : path.slice(0, nearest);
  }

  applyTo(index: FilesystemIndex): void {
    for (const directory of this.opaqueDirectories) index.clearDirectory(directory);
    for (const path of this.whiteouts) index.remove(path);
    for (const entry of this.entries.values()) index.set(entry);
  }
}
