import type { Header } from 'tar-stream';
import { parseImageConfig } from './config.js';
import { ContentHasher, headFirst } from './content-hasher.js';
import { ImageArchiveError } from './errors.js';
import { FilesystemIndex, LayerChanges } from './filesystem.js';
import { forEachLayerEntry } from './layer-entries.js';
import { resolveLayout, type LayoutOptions } from './layout.js';
import { OuterArchive } from './outer-archive.js';
import { displayPath, normaliseEntryPath } from './paths.js';
import type { BuildEnvironment, EntryType, FileEntry, ImageIndex, IndexWarning, LayerInfo } from './types.js';

export interface IndexOptions extends LayoutOptions {
  /** What the build saw (CPU features, variation settings); recorded and used to explain differences. */
  environment?: BuildEnvironment;
}

/**
 * Reads a `docker save` archive or an OCI image layout archive into an index of its final
 * filesystem. Layers are streamed from the archive in order and hashed as they pass; nothing is
 * extracted and no layer is held in memory. Throws `ImageArchiveError` for bad archives.
 */
export async function indexImageArchive(file: string, options: IndexOptions = {}): Promise<ImageIndex> {
  const archive = await OuterArchive.open(file);
  const image = await resolveLayout(archive, options);
  const { config, history } = parseImageConfig(await archive.readJson(image.configMember), file, image.configMember);
  if (config.diffIds.length > 0 && config.diffIds.length !== image.layers.length) {
    throw new ImageArchiveError(file, `the config lists ${config.diffIds.length} layers but the manifest ${image.layers.length}`, image.configMember);
  }
  const filesystem = new FilesystemIndex();
  const warnings: IndexWarning[] = [];
  const layers: LayerInfo[] = [];
  for (const [layerIndex, layer] of image.layers.entries()) {
    const member = archive.get(layer.member);
    const changes = new LayerChanges();
    let entryCount = 0;
    const compression = await forEachLayerEntry(archive, member, layerIndex, async (header, content) => {
      entryCount++;
      const warn = (message: string) => warnings.push({ message, layer: layerIndex, entry: header.name });
      const entry = await readEntry(header, content, layerIndex, filesystem, changes, warn);
      if (entry) changes.add(entry);
    });
    changes.applyTo(filesystem);
    layers.push({
      digest: layer.digest,
      diffId: config.diffIds[layerIndex],
      mediaType: layer.mediaType,
      member: member.name,
      size: member.size,
      compression,
      entryCount,
    });
  }
  return {
    source: { kind: image.kind, path: file },
    files: filesystem.files,
    config,
    configDigest: image.configDigest,
    history,
    layers,
    environment: options.environment,
    warnings,
  };
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

function xattrsOf(pax: Record<string, string>): string | undefined {
  const lines = Object.keys(pax)
    .filter((key) => key.startsWith('SCHILY.xattr.'))
    .sort()
    .map((key) => `${key.slice('SCHILY.xattr.'.length)}=${Buffer.from(pax[key], 'latin1').toString('base64')}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
