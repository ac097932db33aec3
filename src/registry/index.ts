export { RegistryClient, describe as describeImage, type DigestResolver, type RegistryClientOptions } from './client.js';
export { dockerConfigCredentials, type CredentialsLookup, type RegistryCredentials } from './credentials.js';
export { RegistryError, type RegistryErrorKind } from './errors.js';
export { defaultHttpOptions, fetchWithRetry, readBodyLimited, type HttpOptions } from './http.js';
export { formatPlatform, isDigest, parsePlatform, type Platform } from './manifest.js';
