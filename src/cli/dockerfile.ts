import { readDockerfile } from '../engine/index.js';
import { parseDockerfileText, type DockerfileModel } from '../model/index.js';
import { fileErrorLine, type CliIO } from './io.js';

/**
 * The Dockerfile a command names (`nixify Dockerfile`, `compare --dockerfile Dockerfile`), read
 * with the audit's reader (size limit, no binary, valid UTF-8) and parsed with the build args.
 * The model keeps the name as given. Undefined when the file cannot be read: the reason is on
 * stderr, as `file:line: message`.
 */
export async function readDockerfileModel(io: CliIO, file: string, buildArgs: Record<string, string>): Promise<DockerfileModel | undefined> {
  const read = readDockerfile(file, io.cwd);
  if ('error' in read) {
    io.stderr(fileErrorLine(read.error));
    return undefined;
  }
  return parseDockerfileText(read.text, file, { buildArgs });
}
