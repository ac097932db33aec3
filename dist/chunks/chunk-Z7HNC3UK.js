import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  describeReadProblem,
  formatBytes,
  readRegularFile
} from "./chunk-O33AYLXZ.js";

// src/registry/client.ts
import { createHash } from "node:crypto";

// src/registry/errors.ts
var RegistryError = class extends Error {
  kind;
  constructor(kind, message, options) {
    super(message, options);
    this.name = "RegistryError";
    this.kind = kind;
  }
};

// src/registry/http.ts
var defaultHttpOptions = {
  timeoutMs: 3e4,
  retries: 3,
  baseDelayMs: 500,
  maxRetryAfterMs: 6e4,
  fetch: (input, init) => globalThis.fetch(input, init),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var retryableStatuses = /* @__PURE__ */ new Set([429, 500, 502, 503, 504]);
var transientErrorCodes = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT"
]);
async function fetchWithRetry(url, init, what, options = defaultHttpOptions) {
  for (let attempt = 0; ; attempt++) {
    const lastAttempt = attempt >= options.retries;
    let response;
    try {
      response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
    } catch (error) {
      const failure = describeNetworkError(error, url, what, options.timeoutMs);
      if (lastAttempt || !failure.transient) throw failure.error;
      await options.sleep(backoff(attempt, options));
      continue;
    }
    if (!retryableStatuses.has(response.status) || lastAttempt) return response;
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
    await response.body?.cancel().catch(() => void 0);
    if (retryAfter !== void 0 && retryAfter > options.maxRetryAfterMs) {
      throw new RegistryError(
        "rate-limited",
        `${what} answered ${response.status} and asks to retry after ${Math.ceil(retryAfter / 1e3)} s; try again later (on Docker Hub, \`docker login\` raises the pull limit)`
      );
    }
    await options.sleep(retryAfter ?? backoff(attempt, options));
  }
}
async function readBodyLimited(response, maxBytes, what) {
  const limit = formatBytes(maxBytes);
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => void 0);
    throw new RegistryError("malformed", `${what} is ${formatBytes(declared)}, over the ${limit} limit`);
  }
  const chunks = [];
  let length = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > maxBytes) {
        await reader.cancel().catch(() => void 0);
        throw new RegistryError("malformed", `${what} went on past the ${limit} limit; stopped reading it`);
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks, length);
}
function backoff(attempt, options) {
  return options.baseDelayMs * 2 ** attempt;
}
function parseRetryAfter(value, now = Date.now()) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function describeNetworkError(error, url, what, timeoutMs) {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return {
      error: new RegistryError("timeout", `${what} did not answer within ${timeoutMs / 1e3} s (${url})`, { cause: error }),
      transient: false
    };
  }
  const code = errorCode(error);
  const origin = safeOrigin(url);
  let message;
  switch (code) {
    case "ECONNREFUSED":
      message = `cannot connect to ${what} at ${origin}: connection refused (is it running?)`;
      break;
    case "ENOTFOUND":
      message = `cannot resolve the host of ${what} (${origin}): no such host, or no network`;
      break;
    case "ENETUNREACH":
    case "EHOSTUNREACH":
      message = `cannot reach ${what} at ${origin}: network unreachable`;
      break;
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "SELF_SIGNED_CERT_IN_CHAIN":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "CERT_HAS_EXPIRED":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      message = `TLS certificate of ${what} (${origin}) is not trusted (${code}); list it as an insecure registry only if it is yours`;
      break;
    default:
      message = `cannot reach ${what} at ${origin}: ${code ?? (error instanceof Error ? error.message : String(error))}`;
  }
  return {
    error: new RegistryError("unreachable", message, { cause: error }),
    transient: code !== void 0 && transientErrorCodes.has(code)
  };
}
function errorCode(error) {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const candidate = current;
    if (typeof candidate.code === "string") return candidate.code;
    current = candidate.cause ?? candidate.errors?.[0];
  }
  return void 0;
}
function safeOrigin(url) {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

// src/registry/auth.ts
var MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;
function parseChallenge(header) {
  if (!header) return void 0;
  const match = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!match) return void 0;
  const params = {};
  const pairs = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const pair of match[2].matchAll(pairs)) {
    params[pair[1].toLowerCase()] = pair[2] !== void 0 ? pair[2].replace(/\\(.)/g, "$1") : pair[3];
  }
  return { scheme: match[1].toLowerCase(), params };
}
async function authorize(challenge, target, credentialsFor, http) {
  if (challenge?.scheme === "basic") {
    const credentials2 = await credentialsFor(target.registry);
    if (!credentials2?.username || credentials2.password === void 0) throw denied(target, false);
    return basic(credentials2.username, credentials2.password);
  }
  if (challenge?.scheme !== "bearer" || !challenge.params.realm) {
    throw new RegistryError(
      "unauthorized",
      `registry ${target.registry} asked for authentication without a usable challenge (${challenge?.scheme ?? "no WWW-Authenticate header"})`
    );
  }
  const credentials = await credentialsFor(target.registry);
  return `Bearer ${await fetchBearerToken(challenge.params, target, credentials, http)}`;
}
async function fetchBearerToken(params, target, credentials, http) {
  let realm;
  try {
    realm = new URL(params.realm);
  } catch {
    throw new RegistryError("unauthorized", `registry ${target.registry} sent an invalid token realm: ${params.realm}`);
  }
  if (credentials && realm.protocol !== "https:") refusePlainHttpRealm(realm, target);
  const scope = params.scope ?? `repository:${target.repository}:pull`;
  const what = `token service of ${target.registry}`;
  let response;
  if (credentials?.identityToken) {
    const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: credentials.identityToken, client_id: "repro-audit", scope });
    if (params.service) form.set("service", params.service);
    response = await fetchWithRetry(realm.href, { method: "POST", body: form, headers: { "Content-Type": "application/x-www-form-urlencoded" } }, what, http);
  } else {
    if (params.service) realm.searchParams.set("service", params.service);
    realm.searchParams.set("scope", scope);
    const headers = {};
    if (credentials?.username && credentials.password !== void 0) headers.Authorization = basic(credentials.username, credentials.password);
    response = await fetchWithRetry(realm.href, { headers }, what, http);
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel().catch(() => void 0);
    throw denied(target, credentials !== void 0);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => void 0);
    throw new RegistryError("server", `${what} (${realm.origin}) answered ${response.status} ${response.statusText}`);
  }
  const bytes = await readBodyLimited(response, MAX_TOKEN_RESPONSE_BYTES, `the answer of the ${what} (${realm.origin})`);
  let body;
  try {
    body = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    throw new RegistryError("malformed", `${what} (${realm.origin}) did not answer with JSON`);
  }
  const token = typeof body.token === "string" ? body.token : typeof body.access_token === "string" ? body.access_token : void 0;
  if (!token) throw new RegistryError("malformed", `${what} (${realm.origin}) answered without a token`);
  return token;
}
function refusePlainHttpRealm(realm, target) {
  if (!target.allowPlainHttp) {
    throw new RegistryError("unauthorized", `refusing to send the credentials for ${target.registry} to ${realm.origin} over plain HTTP`);
  }
  if (realm.hostname.toLowerCase() !== hostnameOf(target.registry)) {
    throw new RegistryError(
      "unauthorized",
      `refusing to send the credentials for ${target.registry} to ${realm.origin}: its token service is on another host and speaks plain HTTP (only the registry's own host, or HTTPS, gets them)`
    );
  }
}
function hostnameOf(registry) {
  try {
    return new URL(`http://${registry}`).hostname.toLowerCase();
  } catch {
    return registry.toLowerCase();
  }
}
function basic(username, password) {
  return `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;
}
function denied(target, hadCredentials) {
  const login = target.registry === "docker.io" ? "docker login" : `docker login ${target.registry}`;
  return new RegistryError(
    "unauthorized",
    hadCredentials ? `access to ${target.registry}/${target.repository} denied with the stored credentials; check them with \`${login}\` (or the repository does not exist)` : `access to ${target.registry}/${target.repository} denied: the registry requires credentials; run \`${login}\` (credentials are read from $DOCKER_CONFIG/config.json or ~/.docker/config.json)`
  );
}

// src/registry/credentials.ts
import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
var dockerHubKey = "https://index.docker.io/v1/";
var dockerHubAliases = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
function dockerConfigCredentials(options = {}) {
  const env = options.env ?? process.env;
  const configDir = options.configDir ?? env.DOCKER_CONFIG ?? path.join(os.homedir(), ".docker");
  const configPath = path.join(configDir, "config.json");
  let config;
  return async (registry) => {
    config ??= readDockerConfig(configPath);
    const file = await config;
    if (!file) return void 0;
    const serverKey = dockerHubAliases.has(registry) ? dockerHubKey : registry;
    const helper = findByHost(file.credHelpers ?? {}, registry) ?? file.credsStore;
    if (helper) {
      const fromHelper = await runCredentialHelper(helper, serverKey, env);
      if (fromHelper) return fromHelper;
    }
    const entry = findByHost(file.auths ?? {}, registry);
    return entry ? decodeAuthEntry(entry, registry, configPath) : void 0;
  };
}
var MAX_DOCKER_CONFIG_BYTES = 16 * 1024 * 1024;
async function readDockerConfig(configPath) {
  const read = readRegularFile(configPath, MAX_DOCKER_CONFIG_BYTES);
  if ("problem" in read) {
    if (read.problem.kind === "missing") return void 0;
    throw new RegistryError("credentials", `cannot read ${configPath}: ${describeReadProblem(read.problem)}`);
  }
  const text = read.bytes.toString("utf8");
  try {
    const parsed = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not a JSON object");
    return parsed;
  } catch (error) {
    throw new RegistryError("credentials", `${configPath} is not valid JSON: ${error.message}`);
  }
}
function findByHost(entries, registry) {
  const wanted = dockerHubAliases.has(registry) ? "docker.io" : registry;
  for (const [key, value] of Object.entries(entries)) {
    const host = key.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, "").toLowerCase();
    const normalised = dockerHubAliases.has(host) ? "docker.io" : host;
    if (normalised === wanted) return value;
  }
  return void 0;
}
function decodeAuthEntry(entry, registry, configPath) {
  if (entry.identitytoken) return { identityToken: entry.identitytoken };
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon <= 0) {
      throw new RegistryError("credentials", `the \`auth\` of ${registry} in ${configPath} is not base64 of user:password`);
    }
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  if (entry.username && entry.password) return { username: entry.username, password: entry.password };
  return void 0;
}
function runCredentialHelper(helper, serverUrl, env) {
  const program = `docker-credential-${helper}`;
  return new Promise((resolve, reject) => {
    const child = execFile(program, ["get"], { env, timeout: 3e4, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) {
        const code = error.code;
        if (code === "ENOENT") {
          reject(new RegistryError("credentials", `credential helper ${program} is configured but not installed (not on PATH)`));
          return;
        }
        if (/not found/i.test(`${stdout}${stderr}`)) {
          resolve(void 0);
          return;
        }
        reject(new RegistryError("credentials", `credential helper ${program} failed: ${(stderr || stdout || error.message).trim()}`));
        return;
      }
      try {
        const answer = JSON.parse(stdout);
        if (!answer.Secret) return resolve(void 0);
        resolve(answer.Username === "<token>" ? { identityToken: answer.Secret } : { username: answer.Username, password: answer.Secret });
      } catch {
        reject(new RegistryError("credentials", `credential helper ${program} printed something that is not JSON`));
      }
    });
    child.stdin?.end(serverUrl);
  });
}

// src/registry/manifest.ts
var mediaTypes = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  dockerManifestList: "application/vnd.docker.distribution.manifest.list.v2+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json"
};
var indexTypes = /* @__PURE__ */ new Set([mediaTypes.ociIndex, mediaTypes.dockerManifestList]);
var manifestTypes = /* @__PURE__ */ new Set([mediaTypes.ociManifest, mediaTypes.dockerManifest]);
var acceptHeader = [
  mediaTypes.ociIndex,
  mediaTypes.dockerManifestList,
  mediaTypes.ociManifest,
  mediaTypes.dockerManifest
].join(", ");
function manifestKind(mediaType) {
  const bare = mediaType?.split(";")[0]?.trim().toLowerCase();
  if (!bare) return void 0;
  if (indexTypes.has(bare)) return "index";
  if (manifestTypes.has(bare)) return "manifest";
  return void 0;
}
var digestPattern = /^sha256:[0-9a-f]{64}$|^sha512:[0-9a-f]{128}$/;
function isDigest(value) {
  return digestPattern.test(value);
}
function parseManifest(body, headerType, what) {
  let json;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    throw new RegistryError("malformed", `malformed manifest for ${what}: not valid JSON`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new RegistryError("malformed", `malformed manifest for ${what}: not a JSON object`);
  }
  const document = json;
  if (document.schemaVersion !== 2) {
    throw new RegistryError(
      "malformed",
      `unsupported manifest for ${what}: schemaVersion ${JSON.stringify(document.schemaVersion)} (only schema 2 / OCI manifests have stable digests)`
    );
  }
  const mediaType = (typeof document.mediaType === "string" ? document.mediaType : void 0) ?? headerType?.split(";")[0]?.trim() ?? (Array.isArray(document.manifests) ? mediaTypes.ociIndex : mediaTypes.ociManifest);
  const kind = manifestKind(mediaType);
  if (!kind) throw new RegistryError("malformed", `unsupported manifest media type ${mediaType} for ${what}`);
  if (kind === "manifest") {
    if (typeof document.config !== "object" || document.config === null || !Array.isArray(document.layers)) {
      throw new RegistryError("malformed", `malformed manifest for ${what}: no config or layers`);
    }
    return { kind, mediaType, entries: [] };
  }
  if (!Array.isArray(document.manifests)) {
    throw new RegistryError("malformed", `malformed image index for ${what}: no manifests list`);
  }
  const entries = document.manifests.map((raw, position) => {
    const entry = raw;
    if (typeof entry?.digest !== "string" || !isDigest(entry.digest)) {
      throw new RegistryError("malformed", `malformed image index for ${what}: entry ${position} has no valid digest`);
    }
    const platform = entry.platform;
    return {
      digest: entry.digest,
      mediaType: typeof entry.mediaType === "string" ? entry.mediaType : void 0,
      platform: platform && typeof platform.os === "string" && typeof platform.architecture === "string" ? { os: platform.os, architecture: platform.architecture, variant: typeof platform.variant === "string" ? platform.variant : void 0 } : void 0
    };
  });
  return { kind, mediaType, entries };
}
function parsePlatform(text) {
  const parts = text.trim().toLowerCase().split("/");
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !/^[a-z0-9._-]+$/.test(part))) {
    throw new RegistryError("platform-not-found", `invalid platform "${text}": expected os/arch or os/arch/variant, e.g. linux/amd64`);
  }
  const [os2, arch, variant] = parts;
  const architecture = { x86_64: "amd64", "x86-64": "amd64", aarch64: "arm64", armhf: "arm", armel: "arm" }[arch] ?? arch;
  return { os: os2, architecture, variant };
}
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function variantOf(platform) {
  if (platform.architecture === "arm64") return platform.variant ?? "v8";
  return platform.variant;
}
function selectPlatform(entries, wanted) {
  const sameArch = entries.filter(
    (entry) => entry.platform && entry.platform.os === wanted.os && entry.platform.architecture === wanted.architecture
  );
  if (wanted.variant !== void 0 || wanted.architecture === "arm64") {
    const exact = sameArch.find((entry) => variantOf(entry.platform) === variantOf(wanted));
    if (exact || wanted.variant !== void 0) return exact;
  }
  return sameArch.find((entry) => !entry.platform.variant) ?? sameArch[0];
}

// src/registry/client.ts
var maxManifestBytes = 4 * 1024 * 1024;
var dockerHubApiHost = "registry-1.docker.io";
var RegistryClient = class {
  http;
  credentials;
  insecure;
  authorizations = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  constructor(options = {}) {
    this.http = { ...defaultHttpOptions, ...options.http };
    this.credentials = options.credentials ?? dockerConfigCredentials();
    this.insecure = new Set((options.insecureRegistries ?? []).map((host) => host.toLowerCase()));
  }
  resolve(name, platform) {
    const key = `${name.registry}/${name.repository}:${name.tag ?? ""}@${name.digest ?? ""}#${platform ?? ""}`;
    let result = this.resolved.get(key);
    if (!result) {
      result = this.resolveUncached(name, platform === void 0 ? void 0 : parsePlatform(platform));
      this.resolved.set(key, result);
    }
    return result;
  }
  async resolveUncached(name, platform) {
    if (name.digest && !platform) return name.digest;
    const reference = name.digest ?? name.tag ?? "latest";
    const head = await this.manifestRequest("HEAD", name, reference);
    await head.body?.cancel().catch(() => void 0);
    const headerDigest = head.headers.get("docker-content-digest");
    const headerType = head.headers.get("content-type");
    if (headerType && !manifestKind(headerType)) {
      throw new RegistryError("malformed", `${describe(name)} has an unsupported manifest media type ${headerType} in registry ${name.registry}`);
    }
    const headKind = manifestKind(headerType);
    if (headerDigest && isDigest(headerDigest) && (!platform || headKind === "manifest")) return headerDigest;
    const top = await this.getManifest(name, headerDigest && isDigest(headerDigest) ? headerDigest : reference);
    if (!platform || top.manifest.kind === "manifest") return top.digest;
    const entry = selectPlatform(top.manifest.entries, platform);
    if (!entry) {
      const available = top.manifest.entries.flatMap(
        (candidate) => candidate.platform && candidate.platform.os !== "unknown" ? [formatPlatform(candidate.platform)] : []
      );
      throw new RegistryError(
        "platform-not-found",
        `${describe(name)} has no ${formatPlatform(platform)} image in registry ${name.registry} (available: ${available.join(", ") || "none"})`
      );
    }
    return entry.digest;
  }
  /** GETs a manifest and digests its exact bytes; checks them against the header and a digest reference. */
  async getManifest(name, reference) {
    const response = await this.manifestRequest("GET", name, reference);
    const body = await readBodyLimited(response, maxManifestBytes, `the manifest of ${describe(name)} from registry ${name.registry}`);
    const digest = `sha256:${createHash("sha256").update(body).digest("hex")}`;
    const headerDigest = response.headers.get("docker-content-digest");
    for (const expected of [headerDigest, isDigest(reference) ? reference : null]) {
      if (expected?.startsWith("sha256:") && expected !== digest) {
        throw new RegistryError("malformed", `manifest of ${describe(name)} does not match its digest ${expected} (got ${digest})`);
      }
    }
    const manifest = parseManifest(body, response.headers.get("content-type"), `${describe(name)} in registry ${name.registry}`);
    return { digest, manifest };
  }
  /** A manifest request, answering an auth challenge once; non-2xx statuses become errors. */
  async manifestRequest(method, name, reference) {
    const { base, allowPlainHttp } = this.endpoint(name.registry);
    const url = `${base}/v2/${name.repository}/manifests/${reference}`;
    const what = `registry ${name.registry}`;
    const target = { registry: name.registry, repository: name.repository, allowPlainHttp };
    const authKey = `${name.registry}/${name.repository}`;
    const send = (authorization) => fetchWithRetry(url, { method, headers: { Accept: acceptHeader, ...authorization ? { Authorization: authorization } : {} } }, what, this.http);
    let auth = this.authorizations.get(authKey);
    let response = await send(auth?.header);
    if (response.status === 401) {
      await response.body?.cancel().catch(() => void 0);
      let usedCredentials = false;
      const credentials = async (registry) => {
        const found = await this.credentials(registry);
        usedCredentials = found !== void 0;
        return found;
      };
      const header = await authorize(parseChallenge(response.headers.get("www-authenticate")), target, credentials, this.http);
      auth = { header, usedCredentials };
      this.authorizations.set(authKey, auth);
      response = await send(header);
    }
    if (response.ok) return response;
    await response.body?.cancel().catch(() => void 0);
    switch (response.status) {
      case 401:
      case 403:
        throw denied(target, auth?.usedCredentials ?? false);
      case 404:
        throw new RegistryError(
          "not-found",
          isDigest(reference) ? `manifest ${describe(name)} not found in registry ${name.registry}` : `tag ${describe(name)} not found in registry ${name.registry}`
        );
      case 429:
        throw new RegistryError("rate-limited", `${what} kept answering 429 Too Many Requests; try again later (on Docker Hub, \`docker login\` raises the pull limit)`);
      default:
        throw new RegistryError("server", `${what} answered ${response.status} ${response.statusText} for ${describe(name)}`);
    }
  }
  endpoint(registry) {
    const host = registry.toLowerCase();
    if (host === "docker.io" || host === "index.docker.io") return { base: `https://${dockerHubApiHost}`, allowPlainHttp: false };
    const plain = isLoopback(host) || this.insecure.has(host);
    return { base: `${plain ? "http" : "https"}://${host}`, allowPlainHttp: plain };
  }
};
function isLoopback(host) {
  const hostname = host.startsWith("[") ? host.slice(1, host.indexOf("]")) : host.replace(/:\d+$/, "");
  return hostname === "localhost" || hostname === "::1" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
function describe(name) {
  return `${name.familiar}${name.tag ? `:${name.tag}` : name.digest ? "" : ":latest"}${name.digest ? `@${name.digest}` : ""}`;
}

export {
  RegistryError,
  defaultHttpOptions,
  fetchWithRetry,
  readBodyLimited,
  dockerConfigCredentials,
  isDigest,
  parsePlatform,
  formatPlatform,
  RegistryClient,
  describe
};
