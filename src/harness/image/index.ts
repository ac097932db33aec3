export type {
  BuildEnvironment,
  BuildMachine,
  EntryType,
  FileEntry,
  HistoryEntry,
  ImageConfig,
  ImageIndex,
  ImageSourceKind,
  IndexWarning,
  LayerChain,
  LayerInfo,
} from './types.js';
export { AbsentLayerError, indexImage, indexImageArchive, indexImagePair, wholeChain, type IndexOptions } from './index-archive.js';
export { contentLeftOut, probeFiles, MAX_TEXT_DIFF_BYTES, type ContentProbe } from './content-probe.js';
export { indexFromManifest, readManifest, writeManifest, manifestText, parseManifest, toManifest, MANIFEST_SCHEMA, type ImageManifest } from './manifest.js';
export { ImageArchiveError } from './errors.js';
export { differOnlyInTimestamps, maskTimestamps } from './timestamps.js';
export { displayPath } from './paths.js';
