import { createHash } from 'node:crypto';
import type { Fix } from '../findings/index.js';
import { instructionsWithTriggers, type DockerfileModel, type Instruction } from '../model/index.js';
import { defaultHttpOptions, fetchWithRetry, RegistryError, type HttpOptions } from '../registry/index.js';
import { insertionAt } from './edits.js';
import type { NotFixable } from './pin.js';

/** An `ADD <url>` without `--checksum`: either the URL to hash, or why it cannot get one. */
export type AddCandidate = { instruction: Instruction; url: string } | { instruction: Instruction; reason: string };

/** Every ADD of a remote http(s) file that has no `--checksum` yet. */
export function addChecksumCandidates(model: DockerfileModel): AddCandidate[] {
  const candidates: AddCandidate[] = [];
  for (const instruction of instructionsWithTriggers(model)) {
    if (instruction.keyword !== 'ADD' || instruction.flags.some((flag) => flag.name === 'checksum')) continue;
    const sources = instruction.args.slice(0, -1);
    const remote = sources.filter((source) => /^https?:\/\//i.test(source.value ?? source.raw));
    if (remote.length === 0) continue;
    const source = remote[0]!;
    if (sources.length > 1) {
      candidates.push({ instruction, reason: '`ADD --checksum` needs exactly one source; split this ADD into one per URL' });
    } else if (source.value === undefined) {
      candidates.push({ instruction, reason: `the URL \`${source.raw}\` uses variables without a value; cannot download it` });
    } else if (isGitUrl(source.value)) {
      candidates.push({ instruction, reason: 'a Git source is pinned by commit (`#<commit>`), not by `--checksum`' });
    } else {
      candidates.push({ instruction, url: source.value });
    }
  }
  return candidates;
}

function isGitUrl(url: string): boolean {
  return /\.git(?:$|#)/i.test(url) || /^git@/i.test(url);
}

/** Inserts `--checksum=sha256:<hex>` right after the ADD keyword; nothing else changes. */
export function addChecksumFix(model: DockerfileModel, instruction: Instruction, sha256Hex: string): Fix | NotFixable {
  if (!/^[0-9a-f]{64}$/.test(sha256Hex)) return { reason: `"${sha256Hex}" is not a sha256 hex digest` };
  return {
    description: `Add --checksum=sha256:${sha256Hex} to ADD`,
    edits: [insertionAt(model, instruction.keywordSpan.end, ` --checksum=sha256:${sha256Hex}`)],
  };
}

/** Downloads `url` (following redirects, as BuildKit does) and returns the sha256 of its bytes. */
export async function downloadSha256(url: string, http: Partial<HttpOptions> = {}): Promise<string> {
  const options: HttpOptions = { ...defaultHttpOptions, timeoutMs: 10 * 60_000, ...http };
  const response = await fetchWithRetry(url, { redirect: 'follow' }, `the ADD source ${url}`, options);
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    throw new RegistryError('download', `downloading ${url} failed: ${response.status} ${response.statusText}`);
  }
  const hash = createHash('sha256');
  try {
    for await (const chunk of response.body) hash.update(chunk);
  } catch (error) {
    throw new RegistryError('download', `downloading ${url} failed midway: ${(error as Error).message}`, { cause: error });
  }
  return hash.digest('hex');
}
