import { writeFile } from 'node:fs/promises';
import { Ajv, type JSONSchemaType } from 'ajv';
import { describeReadProblem, readRegularFile } from '../../safe-fs/index.js';
import { ImageArchiveError } from './errors.js';
import type { BuildEnvironment, BuildMachine, FileEntry, HistoryEntry, ImageConfig, ImageIndex, IndexWarning, LayerInfo } from './types.js';

/**
 * `--record out.json`: an image's index, config, history and build environment (since version 2
 * with the machine it was built on) in one versioned JSON file, so images built on several machines
 * can be compared without moving the images. Version 1 files still read (they name no machine).
 */

export const MANIFEST_SCHEMA = 'repro-audit/image-manifest@2';
const MANIFEST_SCHEMAS = ['repro-audit/image-manifest@1', MANIFEST_SCHEMA] as const;

/** A Debian+gcc image records in ~10 MB; a manifest larger than this is refused, not read. */
export const MAX_MANIFEST_BYTES = 256 * 1024 * 1024;

export interface ImageManifest {
  schema: (typeof MANIFEST_SCHEMAS)[number];
  /** Where the image was read from when recorded. */
  source: { kind: 'docker-archive' | 'oci-archive'; path: string };
  configDigest?: string;
  config: ImageConfig;
  history: HistoryEntry[];
  layers: LayerInfo[];
  environment?: BuildEnvironment;
  warnings: IndexWarning[];
  /** Sorted by path. */
  files: FileEntry[];
}

export function toManifest(image: ImageIndex): ImageManifest {
  if (image.source.kind === 'manifest') throw new Error('the image was itself read from a manifest; write that file instead');
  return {
    schema: MANIFEST_SCHEMA,
    source: { kind: image.source.kind, path: image.source.path },
    configDigest: image.configDigest,
    config: image.config,
    history: image.history,
    layers: image.layers,
    environment: image.environment,
    warnings: image.warnings,
    files: [...image.files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}

/** The manifest file's text; `repro-audit rebuild --record` writes it with the CLI's safe writer. */
export function manifestText(image: ImageIndex): string {
  return `${JSON.stringify(toManifest(image), null, 1)}\n`;
}

export async function writeManifest(image: ImageIndex, file: string): Promise<void> {
  await writeFile(file, manifestText(image));
}

/** Reads a manifest written by `writeManifest`; throws `ImageArchiveError` naming what is wrong. */
export async function readManifest(file: string): Promise<ImageIndex> {
  const read = readRegularFile(file, MAX_MANIFEST_BYTES);
  if ('problem' in read) throw new ImageArchiveError(file, `cannot read: ${describeReadProblem(read.problem)}`);
  return indexFromManifest(read.bytes.toString('utf8'), file);
}

/**
 * The index a manifest's text records (`file` names it in errors); throws `ImageArchiveError`.
 * `checked: true` is for text known to be as this module wrote it (checksummed by the caller): the
 * schema's validation, a tenth of a second on a distribution's base image, is skipped.
 */
export function indexFromManifest(text: string, file: string, options: { checked?: boolean } = {}): ImageIndex {
  return manifestToIndex(parseManifest(text, file, options), file);
}

export function parseManifest(text: string, file: string, options: { checked?: boolean } = {}): ImageManifest {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ImageArchiveError(file, `not a JSON file (${(error as Error).message})`);
  }
  const schema = (document as { schema?: unknown } | null)?.schema;
  if (!MANIFEST_SCHEMAS.includes(schema as ImageManifest['schema'])) {
    const seen = typeof schema === 'string' ? `schema ${schema}` : 'no "schema" field';
    throw new ImageArchiveError(file, `not a repro-audit image manifest (${seen}; expected ${MANIFEST_SCHEMAS.join(' or ')})`);
  }
  if (options.checked) return document as ImageManifest;
  const validate = validator();
  if (!validate(document)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath ? ` at ${first.instancePath}` : '';
    throw new ImageArchiveError(file, `malformed image manifest${where}: ${first?.message ?? 'invalid'}`);
  }
  return document as ImageManifest;
}

function manifestToIndex(manifest: ImageManifest, file: string): ImageIndex {
  const files = new Map<string, FileEntry>();
  for (const entry of manifest.files) {
    if (files.has(entry.path)) throw new ImageArchiveError(file, `malformed image manifest: path ${entry.path} listed twice`);
    if (entry.layer >= manifest.layers.length) {
      throw new ImageArchiveError(file, `malformed image manifest: ${entry.path} names layer ${entry.layer} of ${manifest.layers.length}`);
    }
    files.set(entry.path, entry);
  }
  return {
    source: { kind: 'manifest', path: file },
    files,
    config: manifest.config,
    configDigest: manifest.configDigest,
    history: manifest.history,
    layers: manifest.layers,
    environment: manifest.environment,
    warnings: manifest.warnings,
  };
}

const stringList = { type: 'array', items: { type: 'string' } } as const;
const optionalStringList = { ...stringList, nullable: true } as const;
const optionalString = { type: 'string', nullable: true } as const;

const isoTime = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$' } as const;

const machineSchema: JSONSchemaType<BuildMachine> & { nullable: true } = {
  type: 'object',
  nullable: true,
  required: ['host', 'builder', 'cpu', 'axesHeld', 'axesVaried'],
  properties: {
    host: { type: 'string' },
    hostName: optionalString,
    kernel: optionalString,
    builder: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, version: optionalString } },
    cpu: {
      type: 'object',
      required: ['flags', 'source'],
      properties: {
        model: optionalString,
        flags: { type: 'array', items: { type: 'string', pattern: '^[a-z0-9_.]+$' }, maxItems: 1024 },
        source: { type: 'string', enum: ['proc-cpuinfo', 'cpuid-probe', 'unknown'] },
        unknownBecause: optionalString,
      },
    },
    sourceDateEpoch: optionalString,
    axesHeld: stringList,
    axesVaried: stringList,
    buildWindow: {
      type: 'object',
      nullable: true,
      required: ['startedAt', 'finishedAt'],
      properties: { startedAt: isoTime, finishedAt: isoTime },
    },
  },
};

const manifestSchema: JSONSchemaType<ImageManifest> = {
  type: 'object',
  required: ['schema', 'source', 'config', 'history', 'layers', 'warnings', 'files'],
  properties: {
    schema: { type: 'string', enum: MANIFEST_SCHEMAS },
    source: {
      type: 'object',
      required: ['kind', 'path'],
      properties: { kind: { type: 'string', enum: ['docker-archive', 'oci-archive'] }, path: { type: 'string' } },
    },
    configDigest: optionalString,
    config: {
      type: 'object',
      required: ['env', 'labels', 'exposedPorts', 'volumes', 'diffIds'],
      properties: {
        architecture: optionalString,
        os: optionalString,
        variant: optionalString,
        created: optionalString,
        env: stringList,
        entrypoint: optionalStringList,
        cmd: optionalStringList,
        workingDir: optionalString,
        user: optionalString,
        labels: { type: 'object', required: [], additionalProperties: { type: 'string' } },
        exposedPorts: stringList,
        volumes: stringList,
        stopSignal: optionalString,
        shell: optionalStringList,
        diffIds: stringList,
      },
    },
    history: {
      type: 'array',
      items: {
        type: 'object',
        required: ['createdBy', 'emptyLayer'],
        properties: { createdBy: { type: 'string' }, created: optionalString, comment: optionalString, emptyLayer: { type: 'boolean' } },
      },
    },
    layers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['size', 'compression', 'entryCount'],
        properties: {
          digest: optionalString,
          diffId: optionalString,
          mediaType: optionalString,
          member: optionalString,
          size: { type: 'integer', minimum: 0 },
          compression: { type: 'string', enum: ['none', 'gzip', 'zstd'] },
          entryCount: { type: 'integer', minimum: 0 },
        },
      },
    },
    environment: {
      type: 'object',
      nullable: true,
      required: ['label'],
      properties: {
        label: { type: 'string' },
        cpu: {
          type: 'object',
          nullable: true,
          required: [],
          properties: { model: optionalString, features: optionalStringList },
        },
        settings: {
          type: 'object',
          nullable: true,
          required: [],
          additionalProperties: { type: ['string', 'number', 'boolean'] },
        },
        machine: machineSchema,
      },
    },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['message'],
        properties: { message: { type: 'string' }, layer: { type: 'integer', nullable: true }, entry: optionalString },
      },
    },
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'type', 'mode', 'uid', 'gid', 'size', 'mtime', 'layer'],
        properties: {
          path: { type: 'string', minLength: 1, pattern: '^(?!/)(?!.*(^|/)\\.\\.?(/|$)).*[^/]$' },
          type: { type: 'string', enum: ['file', 'directory', 'symlink', 'hardlink', 'char-device', 'block-device', 'fifo'] },
          mode: { type: 'integer', minimum: 0, maximum: 0o7777 },
          uid: { type: 'integer', minimum: 0 },
          gid: { type: 'integer', minimum: 0 },
          size: { type: 'integer', minimum: 0 },
          sha256: { type: 'string', nullable: true, pattern: '^[a-f0-9]{64}$' },
          codeDigest: { type: 'string', nullable: true, pattern: '^[a-f0-9]{64}$' },
          linkTarget: optionalString,
          mtime: { type: 'number' },
          xattrs: optionalString,
          device: optionalString,
          layer: { type: 'integer', minimum: 0 },
        },
      },
    },
  },
};

// Compiled on first use: most runs never read a manifest.
let compiled: ReturnType<Ajv['compile']> | undefined;
function validator() {
  return (compiled ??= new Ajv({ allowUnionTypes: true }).compile(manifestSchema));
}
