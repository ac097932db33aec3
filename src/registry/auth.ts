import type { CredentialsLookup, RegistryCredentials } from './credentials.js';
import { RegistryError } from './errors.js';
import { fetchWithRetry, readBodyLimited, type HttpOptions } from './http.js';

/** A token answer is a JWT and a few fields: kilobytes. */
const MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `WWW-Authenticate: Bearer realm="...",service="...",scope="..."` (quoted values may hold commas). */
export function parseChallenge(header: string | null): Challenge | undefined {
  if (!header) return undefined;
  const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!match) return undefined;
  const params: Record<string, string> = {};
  const pairs = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const pair of match[2]!.matchAll(pairs)) {
    params[pair[1]!.toLowerCase()] = pair[2] !== undefined ? pair[2].replace(/\\(.)/g, '$1') : pair[3]!;
  }
  return { scheme: match[1]!.toLowerCase(), params };
}

export interface AuthTarget {
  /** Registry as the user names it (`docker.io`, `localhost:5000`): the credentials key. */
  registry: string;
  repository: string;
  /** Whether plain HTTP is acceptable for sending credentials (loopback or configured insecure). */
  allowPlainHttp: boolean;
}

/**
 * Answers a 401 challenge with an `Authorization` header value: an anonymous or credentialed bearer
 * token from the challenge's realm, or Basic credentials. Throws `unauthorized` when the registry
 * wants credentials we do not have.
 */
export async function authorize(
  challenge: Challenge | undefined,
  target: AuthTarget,
  credentialsFor: CredentialsLookup,
  http: HttpOptions,
): Promise<string> {
  if (challenge?.scheme === 'basic') {
    const credentials = await credentialsFor(target.registry);
    if (!credentials?.username || credentials.password === undefined) throw denied(target, false);
    return basic(credentials.username, credentials.password);
  }
  if (challenge?.scheme !== 'bearer' || !challenge.params.realm) {
    throw new RegistryError(
      'unauthorized',
      `registry ${target.registry} asked for authentication without a usable challenge (${challenge?.scheme ?? 'no WWW-Authenticate header'})`,
    );
  }
  const credentials = await credentialsFor(target.registry);
  return `Bearer ${await fetchBearerToken(challenge.params, target, credentials, http)}`;
}

async function fetchBearerToken(
  params: Record<string, string>,
  target: AuthTarget,
  credentials: RegistryCredentials | undefined,
  http: HttpOptions,
): Promise<string> {
  let realm: URL;
  try {
    realm = new URL(params.realm!);
  } catch {
    throw new RegistryError('unauthorized', `registry ${target.registry} sent an invalid token realm: ${params.realm}`);
  }
  if (credentials && realm.protocol !== 'https:') refusePlainHttpRealm(realm, target);
  const scope = params.scope ?? `repository:${target.repository}:pull`;
  const what = `token service of ${target.registry}`;
  let response: Response;
  if (credentials?.identityToken) {
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: 'repro-audit', scope });
    if (params.service) form.set('service', params.service);
    response = await fetchWithRetry(realm.href, { method: 'POST', body: form, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, what, http);
  } else {
    if (params.service) realm.searchParams.set('service', params.service);
    realm.searchParams.set('scope', scope);
    const headers: Record<string, string> = {};
    if (credentials?.username && credentials.password !== undefined) headers.Authorization = basic(credentials.username, credentials.password);
    response = await fetchWithRetry(realm.href, { headers }, what, http);
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel().catch(() => undefined);
    throw denied(target, credentials !== undefined);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new RegistryError('server', `${what} (${realm.origin}) answered ${response.status} ${response.statusText}`);
  }
  const bytes = await readBodyLimited(response, MAX_TOKEN_RESPONSE_BYTES, `the answer of the ${what} (${realm.origin})`);
  let body: { token?: unknown; access_token?: unknown };
  try {
    body = JSON.parse(Buffer.from(bytes).toString('utf8')) as typeof body;
  } catch {
    throw new RegistryError('malformed', `${what} (${realm.origin}) did not answer with JSON`);
  }
  const token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
  if (!token) throw new RegistryError('malformed', `${what} (${realm.origin}) answered without a token`);
  return token;
}

/**
 * Credentials travel in clear only to the registry's own host, and only when plain HTTP is accepted
 * for it (loopback, or listed as insecure). A realm elsewhere is any server the registry names: a
 * loopback registry naming `http://attacker.example/token` must not hand it the user's login.
 */
function refusePlainHttpRealm(realm: URL, target: AuthTarget): void {
  if (!target.allowPlainHttp) {
    throw new RegistryError('unauthorized', `refusing to send the credentials for ${target.registry} to ${realm.origin} over plain HTTP`);
  }
  if (realm.hostname.toLowerCase() !== hostnameOf(target.registry)) {
    throw new RegistryError(
      'unauthorized',
      `refusing to send the credentials for ${target.registry} to ${realm.origin}: its token service is on another host and speaks plain HTTP (only the registry's own host, or HTTPS, gets them)`,
    );
  }
}

/** `localhost:5000` → `localhost`, `[::1]:5000` → `[::1]`, as `URL.hostname` writes them. */
function hostnameOf(registry: string): string {
  try {
    return new URL(`http://${registry}`).hostname.toLowerCase();
  } catch {
    return registry.toLowerCase();
  }
}

function basic(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

export function denied(target: AuthTarget, hadCredentials: boolean): RegistryError {
  const login = target.registry === 'docker.io' ? 'docker login' : `docker login ${target.registry}`;
  return new RegistryError(
    'unauthorized',
    hadCredentials
      ? `access to ${target.registry}/${target.repository} denied with the stored credentials; check them with \`${login}\` (or the repository does not exist)`
      : `access to ${target.registry}/${target.repository} denied: the registry requires credentials; run \`${login}\` (credentials are read from $DOCKER_CONFIG/config.json or ~/.docker/config.json)`,
  );
}
