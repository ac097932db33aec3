import { createHash } from 'node:crypto';
import type { Header } from 'tar-stream';
import { parseImageConfig } from './config.js';
import { ContentHasher, headFirst } from './content-hasher.js';
import { ImageArchiveError } from './errors.js';
import { FilesystemIndex, LayerChanges } from './filesystem.js';
import { forEachLayerEntry } from './layer-entries.js';
import { layerCompression } from './layer-stream.js';
import { resolveLayout, type LayoutOptions, type ResolvedLayer } from './layout.js';
import { OuterArchive } from './outer-archive.js';
import { displayPath, normaliseEntryPath } from './paths.js';
import type { BuildEnvironment, EntryType, FileEntry, ImageIndex, IndexWarning, LayerChain, LayerInfo } from './types.js';

export interface IndexOptions extends LayoutOptions {
  /** What the build saw (CPU features, variation settings); recorded and used to explain differences. */
  environment?: BuildEnvironment;
  /**
   * Indexes of layers this image may begin with (a base image's, the other build's): the longest
   * chain whose uncompressed layer digests begin this image's is taken as it is, and only the
   * layers above it are read. A layer's index depends on the layers below it (hard links, paths
   * below symbolic links), so only a whole chain from the bottom is ever reused.
   */
  knownChains?: readonly LayerChain[];
  /**
   * Digests of blobs the source left out because their layers are in `knownChains` (an export
   * that did not write a base image's layers again). Reading one is an `AbsentLayerError`.
   */
  absentBlobs?: ReadonlySet<string>;
  /**
   * Also return the chain of this image's first `chainAfter` layers (all of them when it has fewer),
   * for another image that begins with them. The layers of a chain are checked against their
   * uncompressed digests as they are read.
   */
  chainAfter?: number;
}

/** A layer was needed whose blob the source does not hold (see `IndexOptions.absentBlobs`). */
export class AbsentLayerError extends ImageArchiveError {
  constructor(file: string, member: string) {
    super(file, 'the layer was left out of this export and its index is not known', member);
    this.name = 'AbsentLayerError';
  }
}

/**
 * Reads a `docker save` archive or an OCI image layout (archive or directory) into an index of its
 * final filesystem. Layers are streamed from the archive in order and hashed as they pass; nothing
 * is extracted and no layer is held in memory. Throws `ImageArchiveError` for bad archives.
 */
export async function indexImageArchive(file: string, options: IndexOptions = {}): Promise<ImageIndex> {
  return (await indexImage(file, options)).image;
}

/** `indexImageArchive`, and the chain of the first `options.chainAfter` layers when asked. */
export async function indexImage(file: string, options: IndexOptions = {}): Promise<{ image: ImageIndex; chain?: LayerChain }> {
  const { archive, image, config, history } = await openImage(file, options);
  const absent = options.absentBlobs ?? new Set<string>();
  const start = longestChain(config.diffIds, options.knownChains ?? []);
  const filesystem = new FilesystemIndex(start?.files);
  const warnings: IndexWarning[] = [...(start?.warnings ?? [])];
  const layers: LayerInfo[] = [];
  for (const [layerIndex, known] of (start?.layers ?? []).entries()) layers.push(await knownLayer(archive, image.layers[layerIndex]!, known, absent));
  const chainOf = (): LayerChain => ({ diffIds: config.diffIds.slice(0, layers.length), files: new Map(filesystem.files), layers: [...layers], warnings: [...warnings] });
  // The chain ends at `chainAfter` layers, or with the image when it has fewer.
  const chainEnd = options.chainAfter === undefined ? undefined : Math.min(options.chainAfter, image.layers.length);
  let chain = chainEnd === layers.length ? chainOf() : undefined;
  for (let layerIndex = layers.length; layerIndex < image.layers.length; layerIndex++) {
    const layer = image.layers[layerIndex]!;
    if (layer.digest && absent.has(layer.digest)) throw new AbsentLayerError(file, layer.member);
    const member = archive.get(layer.member);
    const changes = new LayerChanges();
    const diffId = config.diffIds[layerIndex];
    // A chain is reused in place of reading its layers: they must be what their digests say.
    const digest = chainEnd !== undefined && layerIndex < chainEnd && diffId ? createHash('sha256') : undefined;
    let entryCount = 0;
    const compression = await forEachLayerEntry(
      archive,
      member,
      layerIndex,
      async (header, content) => {
        entryCount++;
        const warn = (message: string) => warnings.push({ message, layer: layerIndex, entry: header.name });
        const entry = await readEntry(header, content, layerIndex, filesystem, changes, warn);
        if (entry) changes.add(entry);
      },
      digest,
    );
    if (digest && `sha256:${digest.digest('hex')}` !== diffId) {
      throw new ImageArchiveError(file, `the layer's content does not match its digest ${diffId} in the config`, member.name);
    }
    changes.applyTo(filesystem);
    layers.push({ digest: layer.digest, diffId, mediaType: layer.mediaType, member: member.name, size: member.size, compression, entryCount });
    if (chainEnd === layerIndex + 1) chain = chainOf();
  }
  return {
    image: {
      source: { kind: image.kind, path: file },
      files: filesystem.files,
      config,
      configDigest: image.configDigest,
      history,
      layers,
      environment: options.environment,
      warnings,
    },
    chain,
  };
}

/**
 * Indexes two images that may begin with the same layers (two builds of one Dockerfile on one base
 * image): the layers both begin with are read once, from the first image, and the second starts
 * from their index.
 */
export async function indexImagePair(files: readonly [string, string], options: readonly [IndexOptions, IndexOptions]): Promise<[ImageIndex, ImageIndex]> {
  const [a, b] = await Promise.all(files.map(async (file, index) => (await openImage(file, options[index]!)).config.diffIds));
  let shared = 0;
  while (shared < a!.length && shared < b!.length && a![shared] === b![shared]) shared++;
  const first = await indexImage(files[0], { ...options[0], ...(shared > 0 ? { chainAfter: shared } : {}) });
  const second = await indexImage(files[1], { ...options[1], knownChains: [...(options[1].knownChains ?? []), ...(first.chain ? [first.chain] : [])] });
  return [first.image, second.image];
}

async function openImage(file: string, options: LayoutOptions) {
  const archive = await OuterArchive.open(file);
  const image = await resolveLayout(archive, options);
  const { config, history } = parseImageConfig(await archive.readJson(image.configMember), file, image.configMember);
  if (config.diffIds.length > 0 && config.diffIds.length !== image.layers.length) {
    throw new ImageArchiveError(file, `the config lists ${config.diffIds.length} layers but the manifest ${image.layers.length}`, image.configMember);
  }
  return { archive, image, config, history };
}

/** An image's index as the chain of all its layers. */
export function wholeChain(image: ImageIndex): LayerChain {
  return { diffIds: image.config.diffIds, files: image.files, layers: image.layers, warnings: image.warnings };
}

/** The longest known chain whose layers are this image's first ones (by uncompressed digest). */
function longestChain(diffIds: readonly string[], chains: readonly LayerChain[]): LayerChain | undefined {
  let longest: LayerChain | undefined;
  for (const chain of chains) {
    const fits = chain.diffIds.length <= diffIds.length && chain.diffIds.every((digest, index) => digest.length > 0 && digest === diffIds[index]);
    if (fits && chain.diffIds.length > (longest?.diffIds.length ?? 0)) longest = chain;
  }
  return longest;
}

/**
 * A layer taken from a known chain, described as this source stores it: same content and entries,
 * its own blob (when the source holds it) and compression.
 */
async function knownLayer(archive: OuterArchive, layer: ResolvedLayer, known: LayerInfo, absent: ReadonlySet<string>): Promise<LayerInfo> {
  const described = { ...known, digest: layer.digest, mediaType: layer.mediaType };
  if (layer.digest && absent.has(layer.digest)) return { ...described, member: undefined };
  const member = archive.get(layer.member);
  return { ...described, member: member.name, size: member.size, compression: await layerCompression(archive, member) };
}

const ENTRY_TYPES: Partial<Record<Header['type'], EntryType>> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
  'character-device': 'char-device',
  'block-device': 'block-device',
  fifo: 'fifo',
};

async function readEntry(
  header: Header,
  content: AsyncIterable<Buffer>,
  layer: number,
  filesystem: FilesystemIndex,
  changes: LayerChanges,
  warn: (message: string) => void,
): Promise<FileEntry | undefined> {
  const path = normaliseEntryPath(header.name);
  if (path === undefined) {
    warn(`entry \`${header.name}\` climbs out of the image root; ignored`);
    return undefined;
  }
  if (path === '' || changes.takeWhiteout(path)) return undefined;
  const type = ENTRY_TYPES[header.type];
  if (!type) {
    warn(`entry \`${header.name}\` has unsupported type ${header.type}; ignored`);
    return undefined;
  }
  const through = changes.symlinkAncestor(path, filesystem);
  if (through) warn(`entry \`${header.name}\` lies below the symlink ${displayPath(through)}; indexed under its own name, not followed`);
  const pax = (header.pax ?? {}) as Record<string, string>;
  const entry: FileEntry = {
    path,
    type,
    mode: header.mode & 0o7777,
    uid: header.uid,
    gid: header.gid,
    size: 0,
    mtime: pax.mtime !== undefined && Number.isFinite(Number(pax.mtime)) ? Number(pax.mtime) : header.mtime.getTime() / 1000,
    xattrs: xattrsOf(pax),
    layer,
  };
  if (type === 'file') {
    const hasher = new ContentHasher();
    let size = 0;
    for await (const chunk of headFirst(content)) {
      hasher.update(chunk);
      size += chunk.length;
    }
    Object.assign(entry, { size }, hasher.digest());
  } else if (type === 'symlink') {
    entry.linkTarget = header.linkname;
  } else if (type === 'hardlink') {
    const target = normaliseEntryPath(header.linkname);
    if (!target) {
      warn(`hard link \`${header.name}\` points outside the image root (\`${header.linkname}\`); ignored`);
      return undefined;
    }
    entry.linkTarget = target;
    const linked = changes.get(target) ?? filesystem.get(target);
    if (linked?.type === 'file') Object.assign(entry, { size: linked.size, sha256: linked.sha256, codeDigest: linked.codeDigest });
    else warn(`hard link \`${header.name}\` points at \`${header.linkname}\`, which is not a file in the layers so far`);
  } else if (type === 'char-device' || type === 'block-device') {
    entry.device = `${header.devmajor},${header.devminor}`;
  }
  return entry;
}

/**
 * overlayfs keeps its own bookkeeping in `user.overlay.*` attributes when mounted in a user
 * namespace (copy-up origins, impure directories), and buildah's overlay storage there writes them
 * into layers: they record how the builder's storage got there, not what the image holds, and
 * differ whenever one build copied a directory up and the other did not.
 */
const STORAGE_XATTR = 'SCHILY.xattr.user.overlay.';

function xattrsOf(pax: Record<string, string>): string | undefined {
  const lines = Object.keys(pax)
    .filter((key) => key.startsWith('SCHILY.xattr.') && !key.startsWith(STORAGE_XATTR))
    .sort()
    .map((key) => `${key.slice('SCHILY.xattr.'.length)}=${Buffer.from(pax[key], 'latin1').toString('base64')}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
