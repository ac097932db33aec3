export type {
  BuildEnvironment,
  EntryType,
  FileEntry,
  HistoryEntry,
  ImageConfig,
  ImageIndex,
  ImageSourceKind,
  IndexWarning,
  LayerInfo,
} from './types.js';
export { indexImageArchive, type IndexOptions } from './index-archive.js';
export { probeFiles, MAX_TEXT_DIFF_BYTES, type ContentProbe } from './content-probe.js';
export { readManifest, writeManifest, manifestText, parseManifest, toManifest, MANIFEST_SCHEMA, type ImageManifest } from './manifest.js';
export { ImageArchiveError } from './errors.js';
export { differOnlyInTimestamps, maskTimestamps } from './timestamps.js';
export { displayPath } from './paths.js';
