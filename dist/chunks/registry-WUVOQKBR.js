import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  RegistryClient,
  RegistryError,
  defaultHttpOptions,
  describe,
  dockerConfigCredentials,
  fetchWithRetry,
  formatPlatform,
  isDigest,
  parsePlatform,
  readBodyLimited
} from "./chunk-Z7HNC3UK.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";
export {
  RegistryClient,
  RegistryError,
  defaultHttpOptions,
  describe as describeImage,
  dockerConfigCredentials,
  fetchWithRetry,
  formatPlatform,
  isDigest,
  parsePlatform,
  readBodyLimited
};
