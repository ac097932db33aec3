/**
 * What an image is, once read: its final filesystem as an index of entries (no contents), its
 * config and history, and where its layers came from. Built from an archive by
 * `indexImageArchive` or from a recorded manifest by `readManifest`; compared by `diffImages`.
 */

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'char-device' | 'block-device' | 'fifo';

export interface FileEntry {
  /** Normalised: no leading `/` or `./`, no `..`, no trailing `/`; the root itself is never an entry. */
  path: string;
  type: EntryType;
  /** Permission bits, setuid/setgid/sticky included (`mode & 0o7777`). */
  mode: number;
  uid: number;
  gid: number;
  /** Bytes of content (0 for everything but regular files). */
  size: number;
  /** Hex sha256 of the content of regular files (and of hard links whose target is known). */
  sha256?: string;
  /** Hex sha256 over the executable segments of an ELF file: differs when the machine code does. */
  codeDigest?: string;
  /** Symlink target as stored, or the normalised path a hard link points at. */
  linkTarget?: string;
  /** Modification time in seconds since the epoch (fractional when the archive records it). */
  mtime: number;
  /** Extended attributes (`security.capability`, ...) as sorted `name=base64` lines, when any. */
  xattrs?: string;
  /** `major,minor` of device nodes. */
  device?: string;
  /** Index (0-based, in application order) of the layer that last wrote this path. */
  layer: number;
}

export interface HistoryEntry {
  createdBy: string;
  created?: string;
  comment?: string;
  emptyLayer: boolean;
}

/** The parts of the image config that describe how the image runs; compared field by field. */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  created?: string;
  env: string[];
  entrypoint?: string[];
  cmd?: string[];
  workingDir?: string;
  user?: string;
  labels: Record<string, string>;
  exposedPorts: string[];
  volumes: string[];
  stopSignal?: string;
  shell?: string[];
  /** Uncompressed layer digests as the config lists them. */
  diffIds: string[];
}

export interface LayerInfo {
  /** Digest of the blob as stored (compressed when it is), when the archive names it. */
  digest?: string;
  /** Digest of the uncompressed layer tar from the config's `rootfs.diff_ids`. */
  diffId?: string;
  mediaType?: string;
  /**
   * Member of the archive holding the layer; absent for images read from a manifest and for layers
   * an export left out (their index was known: `IndexOptions.absentBlobs`).
   */
  member?: string;
  /** Size of the stored blob in bytes. */
  size: number;
  compression: 'none' | 'gzip' | 'zstd';
  /** Number of entries the layer tar holds (whiteouts included). */
  entryCount: number;
}

/** What a build saw: passed in by whoever built the image, recorded, and used to explain differences. */
export interface BuildEnvironment {
  /** Short name of the leg, e.g. `avx`, `no-avx`, `runner-a`. */
  label: string;
  cpu?: {
    /** e.g. `Westmere`, `max`, or the host's model name. */
    model?: string;
    /** Feature flags the build could use, lower-case (`avx`, `avx2`, `sse4_2`, ...). */
    features?: string[];
  };
  /** Other variation settings of the leg, e.g. `SOURCE_DATE_EPOCH`, `TZ`, `jobs`, `builder`. */
  settings?: Record<string, string | number | boolean>;
  /** Where the leg was built: what a build record says about its machine (`rebuild --record`). */
  machine?: BuildMachine;
}

/** The machine a leg ran on, as the leg saw it. */
export interface BuildMachine {
  /** The engine's endpoint (`unix:///var/run/docker.sock`, `tcp://…`), or `local` for buildah here. */
  host: string;
  /** The host's name as its engine or kernel reports it. */
  hostName?: string;
  /** The kernel release build steps ran on. */
  kernel?: string;
  builder: { name: string; version?: string };
  cpu: {
    /** The host's model name, or `QEMU <model> (emulated)`. */
    model?: string;
    /** Features as /proc/cpuinfo names them (`avx512f`, `sse4_2`, ...). */
    flags: string[];
    /**
     * Where model and flags come from: /proc/cpuinfo as a build step sees it, CPUID inside the
     * leg's QEMU CPU model (only the code-generation features), or nowhere (and why).
     */
    source: 'proc-cpuinfo' | 'cpuid-probe' | 'unknown';
    /** Why the CPU is unknown (for example, the base image has no `cat`). */
    unknownBecause?: string;
  };
  sourceDateEpoch?: string;
  /** The axes held equal between the legs of the run, and those varied. */
  axesHeld: string[];
  axesVaried: string[];
  /**
   * For a builder that cannot clamp its own timestamps (the classic Docker builder): when the build
   * ran (ISO times), so a comparison with another record masks the times it stamped, as between legs.
   */
  buildWindow?: { startedAt: string; finishedAt: string };
}

export interface IndexWarning {
  message: string;
  layer?: number;
  /** The entry name as the archive spelled it. */
  entry?: string;
}

/**
 * The index of an image's first layers: its file system after them, and what was read on the way.
 * Layers are content-addressed, so an image whose layers begin with the same uncompressed digests
 * has exactly this file system at that point, and need not read them again.
 */
export interface LayerChain {
  /** Uncompressed digests of the chain's layers, bottom first. */
  diffIds: readonly string[];
  files: ReadonlyMap<string, FileEntry>;
  layers: readonly LayerInfo[];
  warnings: readonly IndexWarning[];
}

export type ImageSourceKind = 'docker-archive' | 'oci-archive' | 'manifest';

export interface ImageIndex {
  source: { kind: ImageSourceKind; path: string };
  /** Final filesystem after applying every layer with whiteouts, keyed by normalised path. */
  files: Map<string, FileEntry>;
  config: ImageConfig;
  /** sha256 digest of the config blob, `sha256:<hex>`. */
  configDigest?: string;
  history: HistoryEntry[];
  layers: LayerInfo[];
  environment?: BuildEnvironment;
  warnings: IndexWarning[];
}
