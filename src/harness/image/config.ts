import { ImageArchiveError } from './errors.js';
import type { HistoryEntry, ImageConfig } from './types.js';

/** Reads the fields of an image config (OCI or Docker, same shape) that describe the image. */
export function parseImageConfig(document: unknown, file: string, member: string): { config: ImageConfig; history: HistoryEntry[] } {
  if (!isRecord(document)) throw new ImageArchiveError(file, 'the image config is not a JSON object', member);
  const runtime = isRecord(document.config) ? document.config : {};
  const rootfs = isRecord(document.rootfs) ? document.rootfs : {};
  const config: ImageConfig = {
    architecture: text(document.architecture),
    os: text(document.os),
    variant: text(document.variant),
    created: text(document.created),
    env: strings(runtime.Env) ?? [],
    entrypoint: strings(runtime.Entrypoint),
    cmd: strings(runtime.Cmd),
    workingDir: text(runtime.WorkingDir) || undefined,
    user: text(runtime.User) || undefined,
    labels: stringRecord(runtime.Labels),
    exposedPorts: Object.keys(isRecord(runtime.ExposedPorts) ? runtime.ExposedPorts : {}).sort(),
    volumes: Object.keys(isRecord(runtime.Volumes) ? runtime.Volumes : {}).sort(),
    stopSignal: text(runtime.StopSignal),
    shell: strings(runtime.Shell),
    diffIds: strings(rootfs.diff_ids) ?? [],
  };
  const history = (Array.isArray(document.history) ? document.history : []).filter(isRecord).map(
    (entry): HistoryEntry => ({
      createdBy: text(entry.created_by) ?? '',
      created: text(entry.created),
      comment: text(entry.comment),
      emptyLayer: entry.empty_layer === true,
    }),
  );
  return { config, history };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, String(entry)]));
}
