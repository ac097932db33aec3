import { createHash } from 'node:crypto';
import type { ImageName } from '../model/index.js';
import { authorize, denied, parseChallenge, type AuthTarget } from './auth.js';
import { dockerConfigCredentials, type CredentialsLookup } from './credentials.js';
import { RegistryError } from './errors.js';
import { defaultHttpOptions, fetchWithRetry, readBodyLimited, type HttpOptions } from './http.js';
import {
  acceptHeader,
  formatPlatform,
  isDigest,
  manifestKind,
  parseManifest,
  parsePlatform,
  selectPlatform,
  type ParsedManifest,
  type Platform,
} from './manifest.js';

/**
 * Turns an image name into the digest to pin. Without a platform: the digest of what the tag points
 * at (the multi-platform index when there is one). With one: that platform's manifest digest.
 * The fixer only knows this interface, so tests and offline runs inject their own.
 */
export interface DigestResolver {
  resolve(name: ImageName, platform?: string): Promise<string>;
}

export interface RegistryClientOptions {
  /** Registries (`host[:port]`) reached over plain HTTP; loopback hosts always are. */
  insecureRegistries?: string[];
  /** Defaults to the docker CLI's config (`$DOCKER_CONFIG` or `~/.docker`). */
  credentials?: CredentialsLookup;
  http?: Partial<HttpOptions>;
}

/** Registry manifests are capped at 4 MiB by the distribution spec implementations. */
const maxManifestBytes = 4 * 1024 * 1024;

/** Docker Hub's name in image references is not the host its API answers on. */
const dockerHubApiHost = 'registry-1.docker.io';

export class RegistryClient implements DigestResolver {
  private readonly http: HttpOptions;
  private readonly credentials: CredentialsLookup;
  private readonly insecure: Set<string>;
  private readonly authorizations = new Map<string, { header: string; usedCredentials: boolean }>();
  private readonly resolved = new Map<string, Promise<string>>();

  constructor(options: RegistryClientOptions = {}) {
    this.http = { ...defaultHttpOptions, ...options.http };
    this.credentials = options.credentials ?? dockerConfigCredentials();
    this.insecure = new Set((options.insecureRegistries ?? []).map((host) => host.toLowerCase()));
  }

  resolve(name: ImageName, platform?: string): Promise<string> {
    const key = `${name.registry}/${name.repository}:${name.tag ?? ''}@${name.digest ?? ''}#${platform ?? ''}`;
    let result = this.resolved.get(key);
    if (!result) {
      result = this.resolveUncached(name, platform === undefined ? undefined : parsePlatform(platform));
      this.resolved.set(key, result);
    }
    return result;
  }

  private async resolveUncached(name: ImageName, platform: Platform | undefined): Promise<string> {
    if (name.digest && !platform) return name.digest;
    const reference = name.digest ?? name.tag ?? 'latest';

    // HEAD first: Docker Hub does not count HEAD requests against the pull rate limit.
    const head = await this.manifestRequest('HEAD', name, reference);
    await head.body?.cancel().catch(() => undefined);
    const headerDigest = head.headers.get('docker-content-digest');
    const headerType = head.headers.get('content-type');
    if (headerType && !manifestKind(headerType)) {
      throw new RegistryError('malformed', `${describe(name)} has an unsupported manifest media type ${headerType} in registry ${name.registry}`);
    }
    const headKind = manifestKind(headerType);
    if (headerDigest && isDigest(headerDigest) && (!platform || headKind === 'manifest')) return headerDigest;

    // No usable header, or an index we must read to pick a platform: fetch the bytes.
    const top = await this.getManifest(name, headerDigest && isDigest(headerDigest) ? headerDigest : reference);
    if (!platform || top.manifest.kind === 'manifest') return top.digest;
    const entry = selectPlatform(top.manifest.entries, platform);
    if (!entry) {
      const available = top.manifest.entries.flatMap((candidate) =>
        candidate.platform && candidate.platform.os !== 'unknown' ? [formatPlatform(candidate.platform)] : [],
      );
      throw new RegistryError(
        'platform-not-found',
        `${describe(name)} has no ${formatPlatform(platform)} image in registry ${name.registry} (available: ${available.join(', ') || 'none'})`,
      );
    }
    return entry.digest;
  }

  /** GETs a manifest and digests its exact bytes; checks them against the header and a digest reference. */
  private async getManifest(name: ImageName, reference: string): Promise<{ digest: string; manifest: ParsedManifest }> {
    const response = await this.manifestRequest('GET', name, reference);
    const body = await readBodyLimited(response, maxManifestBytes, `the manifest of ${describe(name)} from registry ${name.registry}`);
    const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
    const headerDigest = response.headers.get('docker-content-digest');
    for (const expected of [headerDigest, isDigest(reference) ? reference : null]) {
      if (expected?.startsWith('sha256:') && expected !== digest) {
        throw new RegistryError('malformed', `manifest of ${describe(name)} does not match its digest ${expected} (got ${digest})`);
      }
    }
    const manifest = parseManifest(body, response.headers.get('content-type'), `${describe(name)} in registry ${name.registry}`);
    return { digest, manifest };
  }

  /** A manifest request, answering an auth challenge once; non-2xx statuses become errors. */
  private async manifestRequest(method: 'HEAD' | 'GET', name: ImageName, reference: string): Promise<Response> {
    const { base, allowPlainHttp } = this.endpoint(name.registry);
    const url = `${base}/v2/${name.repository}/manifests/${reference}`;
    const what = `registry ${name.registry}`;
    const target: AuthTarget = { registry: name.registry, repository: name.repository, allowPlainHttp };
    const authKey = `${name.registry}/${name.repository}`;
    const send = (authorization?: string) =>
      fetchWithRetry(url, { method, headers: { Accept: acceptHeader, ...(authorization ? { Authorization: authorization } : {}) } }, what, this.http);

    let auth = this.authorizations.get(authKey);
    let response = await send(auth?.header);
    if (response.status === 401) {
      await response.body?.cancel().catch(() => undefined);
      let usedCredentials = false;
      const credentials: CredentialsLookup = async (registry) => {
        const found = await this.credentials(registry);
        usedCredentials = found !== undefined;
        return found;
      };
      const header = await authorize(parseChallenge(response.headers.get('www-authenticate')), target, credentials, this.http);
      auth = { header, usedCredentials };
      this.authorizations.set(authKey, auth);
      response = await send(header);
    }
    if (response.ok) return response;
    await response.body?.cancel().catch(() => undefined);
    switch (response.status) {
      case 401:
      case 403:
        throw denied(target, auth?.usedCredentials ?? false);
      case 404:
        throw new RegistryError(
          'not-found',
          isDigest(reference)
            ? `manifest ${describe(name)} not found in registry ${name.registry}`
            : `tag ${describe(name)} not found in registry ${name.registry}`,
        );
      case 429:
        throw new RegistryError('rate-limited', `${what} kept answering 429 Too Many Requests; try again later (on Docker Hub, \`docker login\` raises the pull limit)`);
      default:
        throw new RegistryError('server', `${what} answered ${response.status} ${response.statusText} for ${describe(name)}`);
    }
  }

  private endpoint(registry: string): { base: string; allowPlainHttp: boolean } {
    const host = registry.toLowerCase();
    if (host === 'docker.io' || host === 'index.docker.io') return { base: `https://${dockerHubApiHost}`, allowPlainHttp: false };
    const plain = isLoopback(host) || this.insecure.has(host);
    return { base: `${plain ? 'http' : 'https'}://${host}`, allowPlainHttp: plain };
  }
}

function isLoopback(host: string): boolean {
  const hostname = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:\d+$/, '');
  return hostname === 'localhost' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** `node:20` / `ghcr.io/x/y@sha256:...`, as the user would write it. */
export function describe(name: ImageName): string {
  return `${name.familiar}${name.tag ? `:${name.tag}` : name.digest ? '' : ':latest'}${name.digest ? `@${name.digest}` : ''}`;
}
