import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the result cache lives, and how it knows its own folders. The cache root is shared: the
 * rebuild harness keeps its helpers in `<root>/cpu-helpers/`, older versions kept results in
 * `<root>/<build id>/`, and a user may point `--cache-dir` at any folder, even `.`:
 *
 *     <root>/CACHEDIR.TAG           ours (https://bford.info/cachedir/): backup tools skip the folder
 *     <root>/cpu-helpers/           the harness's; never touched here
 *     <root>/harness-images/        the harness's base images (src/harness/builders/image-store.ts); never touched here
 *     <root>/results/<build id>/    one folder per build of repro-audit
 *         in-use                    created with the folder; each run touches it (liveness for pruning)
 *         <sha256>.json             entries
 *
 * A root that holds anything else (a checkout, a home folder) is not ours: the cache goes into
 * `<root>/repro-audit-cache/` instead, created and tagged by us, and nothing beside it is read,
 * written or removed.
 */
export const TAG_FILE = 'CACHEDIR.TAG';
export const RESULTS_FOLDER = 'results';
export const IN_USE_MARKER = 'in-use';
/** The harness's folders: its compiled helpers (src/harness/cpu/helpers.ts) and base images. */
export const IMAGE_STORE_FOLDER = 'harness-images';
const HARNESS_FOLDERS = new Set(['cpu-helpers', IMAGE_STORE_FOLDER]);
const SUBFOLDER = 'repro-audit-cache';
/** What versions before this layout wrote straight into the root: a folder per build id. */
export const LEGACY_BUILD_FOLDER = /^[0-9a-f]{16}$/;

const TAG_SIGNATURE = 'Signature: 8a477f597d28d172789f06886806bc55';
const TAG_TEXT = `${TAG_SIGNATURE}\n# This file is a cache directory tag created by repro-audit.\n# For information about cache directory tags, see https://bford.info/cachedir/\n`;

export interface CacheBase {
  /** The folder our layout starts at: the root, or our subfolder of a root that is not ours. */
  dir: string;
  /** The root itself is ours (tagged, or nothing but our layout in it): its legacy folders may be cleaned. */
  isRoot: boolean;
}

/** Whether `dir` carries our tag. */
function isTagged(dir: string): boolean {
  try {
    return fs.readFileSync(path.join(dir, TAG_FILE), 'utf8').startsWith(`${TAG_SIGNATURE}\n# This file is a cache directory tag created by repro-audit.`);
  } catch {
    return false;
  }
}

/**
 * Names that may be in a root we have not tagged yet: the harness's folders, and build folders of
 * older versions. (`results` is not among them: we tag a root before creating it, so an untagged
 * root holding one holds someone else's.)
 */
function isOurName(name: string): boolean {
  return HARNESS_FOLDERS.has(name) || LEGACY_BUILD_FOLDER.test(name);
}

/**
 * Reads where the cache is, creating nothing. A root is ours when tagged, or when it is missing,
 * empty or holds only our layout's names (the harness may have made it first; older versions left
 * their build folders there); otherwise our subfolder of it is used.
 */
export function locateCache(root: string): CacheBase {
  if (isTagged(root)) return { dir: root, isRoot: true };
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { dir: root, isRoot: true };
    return { dir: path.join(root, SUBFOLDER), isRoot: false };
  }
  if (names.every(isOurName)) return { dir: root, isRoot: true };
  return { dir: path.join(root, SUBFOLDER), isRoot: false };
}

export type Claim = { dir: string; notice?: string } | { refused: string };

/**
 * Makes the base folder ours before the first write: creates and tags it, or checks that the
 * existing one is ours. A subfolder of that name we did not tag is someone else's: no cache.
 */
export function claimBase(base: CacheBase, root: string): Claim {
  try {
    if (base.isRoot) fs.mkdirSync(base.dir, { recursive: true });
    else {
      try {
        fs.mkdirSync(base.dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (!isRealDirectory(base.dir) || !isTagged(base.dir)) return { refused: `${base.dir} exists and is not a repro-audit cache` };
        return { dir: base.dir };
      }
    }
    writeTag(base.dir);
  } catch (error) {
    return { refused: `cannot create ${base.dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const notice = base.isRoot ? undefined : `${root} holds files that are not repro-audit's, so results are cached in ${base.dir}`;
  return { dir: base.dir, notice };
}

function writeTag(dir: string): void {
  try {
    fs.writeFileSync(path.join(dir, TAG_FILE), TAG_TEXT, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Creates `name` inside `parent` unless it exists; either way it must be a real folder (a link
 * planted there would lead our writes elsewhere). Returns false when it is not.
 */
export function ensureFolder(parent: string, name: string): boolean {
  const dir = path.join(parent, name);
  try {
    fs.mkdirSync(dir);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EEXIST' && isRealDirectory(dir);
  }
}

/** Marks a build folder in use now (its marker's time); with `create`, makes the marker the first time. */
export function touchInUse(buildDir: string, create: boolean): void {
  const marker = path.join(buildDir, IN_USE_MARKER);
  const now = new Date();
  try {
    fs.lutimesSync(marker, now, now);
  } catch (error) {
    if (!create) throw error;
    fs.writeFileSync(marker, '', { flag: 'wx' });
  }
}

export function isRealDirectory(dir: string): boolean {
  try {
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}
