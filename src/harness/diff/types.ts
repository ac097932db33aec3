import type { FileEntry, ImageIndex } from '../image/types.js';

/** One way an entry differs between the two images. */
export type Aspect = 'type' | 'content' | 'link' | 'device' | 'mode' | 'owner' | 'xattrs' | 'mtime';

export interface PathDifference {
  path: string;
  change: 'added' | 'removed' | 'changed';
  /** The entry in the first image (absent when added). */
  a?: FileEntry;
  /** The entry in the second image (absent when removed). */
  b?: FileEntry;
  /** For `changed`: every aspect that differs, in the order of `Aspect`. */
  aspects: Aspect[];
}

export interface ConfigDifference {
  /** e.g. `Env.PATH`, `Labels.build-date`, `Cmd`, `created`, `history[7].created`. */
  field: string;
  /** Values as text (arrays as JSON); undefined when the field is absent on that side. */
  a?: string;
  b?: string;
}

export interface ImageDiff {
  a: ImageIndex;
  b: ImageIndex;
  /** Sorted by path. */
  paths: PathDifference[];
  config: ConfigDifference[];
  /** How many leading layers are byte-identical (same uncompressed digest) in both images. */
  sharedLayers: number;
}
