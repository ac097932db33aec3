import { formatBytes } from '../safe-fs/index.js';
import { RegistryError } from './errors.js';

export interface HttpOptions {
  /** Per attempt, in milliseconds. */
  timeoutMs: number;
  /** Further attempts after the first one, for 429, 5xx and dropped connections. */
  retries: number;
  /** First backoff delay; doubles on each retry. */
  baseDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the request fails with the wait in the message. */
  maxRetryAfterMs: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
}

export const defaultHttpOptions: HttpOptions = {
  timeoutMs: 30_000,
  retries: 3,
  baseDelayMs: 500,
  maxRetryAfterMs: 60_000,
  fetch: (input, init) => globalThis.fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const retryableStatuses = new Set([429, 500, 502, 503, 504]);

/** Connection failures worth another attempt; a refused connection or unknown host is not. */
const transientErrorCodes = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * `fetch` with a timeout per attempt and exponential backoff on 429/5xx and dropped connections,
 * honouring `Retry-After`. Network failures become `RegistryError`s naming `what` (e.g. the
 * registry host). The final response is returned whatever its status; callers interpret it.
 */
export async function fetchWithRetry(
  url: string,
  init: RequestInit,
  what: string,
  options: HttpOptions = defaultHttpOptions,
): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const lastAttempt = attempt >= options.retries;
    let response: Response;
    try {
      response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const failure = describeNetworkError(error, url, what, options.timeoutMs);
      if (lastAttempt || !failure.transient) throw failure.error;
      await options.sleep(backoff(attempt, options));
      continue;
    }
    if (!retryableStatuses.has(response.status) || lastAttempt) return response;

    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    await response.body?.cancel().catch(() => undefined);
    if (retryAfter !== undefined && retryAfter > options.maxRetryAfterMs) {
      throw new RegistryError(
        'rate-limited',
        `${what} answered ${response.status} and asks to retry after ${Math.ceil(retryAfter / 1000)} s; ` +
          'try again later (on Docker Hub, `docker login` raises the pull limit)',
      );
    }
    await options.sleep(retryAfter ?? backoff(attempt, options));
  }
}

/**
 * A response body, read only up to `maxBytes`: past that the stream is cancelled and the request
 * fails. A server answering in a registry's name can declare any length or none (chunked) and
 * never stop, and `arrayBuffer()` or `json()` would hold all of it in memory until the timeout.
 */
export async function readBodyLimited(response: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  const limit = formatBytes(maxBytes);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new RegistryError('malformed', `${what} is ${formatBytes(declared)}, over the ${limit} limit`);
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new RegistryError('malformed', `${what} went on past the ${limit} limit; stopped reading it`);
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks, length);
}

function backoff(attempt: number, options: HttpOptions): number {
  return options.baseDelayMs * 2 ** attempt;
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(
  error: unknown,
  url: string,
  what: string,
  timeoutMs: number,
): { error: RegistryError; transient: boolean } {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return {
      error: new RegistryError('timeout', `${what} did not answer within ${timeoutMs / 1000} s (${url})`, { cause: error }),
      transient: false,
    };
  }
  const code = errorCode(error);
  const origin = safeOrigin(url);
  let message: string;
  switch (code) {
    case 'ECONNREFUSED':
      message = `cannot connect to ${what} at ${origin}: connection refused (is it running?)`;
      break;
    case 'ENOTFOUND':
      message = `cannot resolve the host of ${what} (${origin}): no such host, or no network`;
      break;
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      message = `cannot reach ${what} at ${origin}: network unreachable`;
      break;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'CERT_HAS_EXPIRED':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      message = `TLS certificate of ${what} (${origin}) is not trusted (${code}); list it as an insecure registry only if it is yours`;
      break;
    default:
      message = `cannot reach ${what} at ${origin}: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
  return {
    error: new RegistryError('unreachable', message, { cause: error }),
    transient: code !== undefined && transientErrorCodes.has(code),
  };
}

/** undici wraps the system error: `TypeError('fetch failed', { cause })`, sometimes an AggregateError. */
function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof candidate.code === 'string') return candidate.code;
    current = candidate.cause ?? candidate.errors?.[0];
  }
  return undefined;
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
