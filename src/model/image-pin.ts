import type { Severity } from '../findings/index.js';
import { isFullSha256Digest, parseImageName } from './image-name.js';
import type { ImageName } from './types.js';

/** What is wrong with how an image reference is pinned, said the same way wherever the image is named. */
export interface ImagePinProblem {
  /** `error` for `latest`, no tag or a broken digest; undefined: the rule's own severity (a mutable tag). */
  severity?: Severity;
  message: string;
  /** Undefined when the text is not a valid reference (only its broken digest is reported). */
  name?: ImageName;
}

/**
 * Judges an image reference by its resolved text: nothing to say when it is pinned by a full
 * sha256 digest, comes from a trusted registry, or is not a reference at all; otherwise the
 * problem, said of `subject`, the image as the reader knows it ("The base image `node:20`", "The
 * image `postgres:16` of service `db`"). `mayNameBuildContext`: the reference may be a named build
 * context (`COPY --from=NAME`, `RUN --mount=from=NAME`), not only an image.
 */
export function imagePinProblem(resolved: string, subject: string, trustedRegistries: readonly string[], options: { mayNameBuildContext?: boolean } = {}): ImagePinProblem | undefined {
  const name = parseImageName(resolved);
  const brokenDigest = `${subject} has a digest that is not a full sha256 (\`sha256:\` and 64 hex digits), so it pins nothing.`;
  if (!name) return resolved.includes('@') ? { severity: 'error', message: brokenDigest } : undefined;
  if (trustedRegistries.some((prefix) => resolved.startsWith(prefix) || name.registry === prefix.replace(/\/+$/, ''))) return undefined;
  if (name.digest && isFullSha256Digest(name.digest)) return undefined;
  if (name.digest) return { severity: 'error', message: brokenDigest, name };
  if (!name.tag && options.mayNameBuildContext && !resolved.includes('/')) {
    // BuildKit resolves `--from=NAME` to a named build context (`--build-context NAME=...`) before an
    // image; `templates` or `context2` are such names, `gloursdocker/docker` (a user's image) is not.
    return {
      severity: 'note',
      message: `${subject} is no stage of this Dockerfile and has no registry, path, tag or digest: it is most likely a named build context (\`--build-context ${name.familiar}=...\`), whose content this Dockerfile cannot pin. If it is an image, it means \`latest\`: pin it by digest.`,
      name,
    };
  }
  if (!name.tag) return { severity: 'error', message: `${subject} has no tag, which means \`latest\`: it changes with every release. Pin it by digest.`, name };
  if (name.tag === 'latest') return { severity: 'error', message: `${subject} uses \`latest\`, which changes with every release. Pin a version tag and its digest.`, name };
  return { message: `${subject} is a mutable tag: it can point to different images tomorrow. Pin it by digest (\`${name.familiar}:${name.tag}@sha256:...\`).`, name };
}
