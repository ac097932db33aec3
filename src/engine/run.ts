import path from 'node:path';
import { compareFindings, type FileError, type Finding } from '../findings/index.js';
import type { AuditTarget, FileAudit } from './audit.js';
import { ResultCache } from './cache.js';
import { addComposeBuilds } from './compose-builds.js';
import { contextRootFor, contextUnchanged } from './context.js';
import { readRegularFile } from '../safe-fs/index.js';
import { DEFAULT_MAX_FILE_BYTES, discoverFiles } from './files.js';
import { prepareAudit, type AuditOptions, type AuditRun, type PreparedAudit } from './prepare.js';

/**
 * The whole static audit: discover, answer what the result cache can, and parse only the rest.
 * The parsers (dockerfile-ast, the WebAssembly shell grammar) load only when some file needs them.
 */
export async function runAudit(options: AuditOptions): Promise<AuditRun> {
  const prepared = await prepareAudit(options);
  const discovery = discoverFiles(options.paths, options.cwd, options.applyIgnorePaths === false ? [] : prepared.config.ignorePaths, prepared.config.root);
  const targets = new Map<string, AuditTarget>([...discovery.kinds].map(([file, kind]) => [file, { kind }]));
  await addComposeBuilds(discovery, targets, options.cwd);
  const rootOf = (file: string) => targets.get(file)?.context ?? contextRootFor(file, targets.get(file)!.kind, options.cwd, options.context);
  // User rules may change without the build changing: no cache with them.
  const cache = options.cache && !options.rulesModules?.length ? new ResultCache(options.cache.dir, options.cache.id, { limits: options.cache.limits }) : undefined;
  const settings = cache ? settingsFingerprint(prepared, options) : '';

  const results = new Map<string, FileAudit>();
  const keys = new Map<string, string>();
  // Each file is read once: for its cache key, and the audit of a miss gets the same bytes.
  const preread = new Map<string, Buffer>();
  const sources = new Map<string, string>();
  for (const file of discovery.files) {
    const key = cache && cacheKey(cache, [settings, ...targetKey(targets.get(file)!, prepared)], file, rootOf(file), options, preread);
    if (!cache || !key) continue;
    keys.set(file, key);
    const hit = cache.get(key);
    if (hit && contextUnchanged(rootOf(file), hit.dependencies)) {
      results.set(file, { findings: hit.findings.map((finding) => renamed(finding, CACHED_FILE, file)), errors: hit.errors.map((error) => ({ ...error, file })) });
      sources.set(file, preread.get(file)!.toString('utf8'));
    }
  }

  const misses = discovery.files.filter((file) => !results.has(file));
  if (misses.length > 0) {
    const { auditFiles } = await import('./parallel.js');
    const audited = await auditFiles(misses, { ...options, recordDependencies: cache !== undefined }, prepared, preread, targets);
    misses.forEach((file, index) => {
      const result = audited[index]!;
      results.set(file, result);
      if (result.text !== undefined) sources.set(file, result.text);
      const key = keys.get(file);
      if (cache && key && result.dependencies) cache.set(key, { findings: result.findings.map((finding) => renamed(finding, file, CACHED_FILE)), errors: result.errors, dependencies: result.dependencies });
    });
    cache?.prune();
  }

  const findings: Finding[] = [];
  const errors: FileError[] = [...discovery.errors];
  for (const file of discovery.files) {
    const result = results.get(file)!;
    findings.push(...result.findings);
    errors.push(...result.errors);
  }
  findings.sort(compareFindings);
  const notices = [...discovery.notices, ...(cache?.notices ?? [])];
  return { findings, errors, rules: prepared.rules, files: discovery.files, config: prepared.config, buildArgs: prepared.buildArgs, failOn: prepared.config.failOn, sources, notices, ignored: discovery.ignored };
}

/**
 * How a cached result names the audited file: it is stored under a key of its absolute path, so the
 * next run may name it differently (relative, absolute). Other files a finding names (a script, a
 * requirements file: absolute paths inside the context) are kept as they are.
 */
const CACHED_FILE = '';

function renamed(finding: Finding, from: string, to: string): Finding {
  const name = (file: string) => (file === from ? to : file);
  return { ...finding, file: name(finding.file), ...(finding.related ? { related: finding.related.map((location) => ({ ...location, file: name(location.file) })) } : {}) };
}

/** Everything besides the file that decides its result: settings, build args, config rules. */
function settingsFingerprint(prepared: PreparedAudit, options: AuditOptions): string {
  return JSON.stringify({
    rules: prepared.rules.map((rule) => rule.id),
    // The audit's time matters only to the age of lock entries: see targetKey.
    settings: { ...prepared.settings, now: undefined },
    ruleSettings: [...prepared.ruleSettings].map(([id, setting]) => [id, setting.enabled, setting.severity, setting.options]),
    buildArgs: prepared.buildArgs,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
  });
}

/** What a file is audited as, for its cache key; a flake lock's result also depends on the day (entries age). */
function targetKey(target: AuditTarget, prepared: PreparedAudit): string[] {
  const parts = [target.kind, JSON.stringify(target.buildArgs ?? {})];
  if (target.kind === 'flake-lock') parts.push(new Date(prepared.settings.now).toISOString().slice(0, 10));
  return parts;
}

/** Undefined when the file cannot be read: the audit reports that, uncached. Keeps the bytes it read in `preread`. */
function cacheKey(cache: ResultCache, settings: string[], file: string, contextRoot: string, options: AuditOptions, preread: Map<string, Buffer>): string | undefined {
  const absolute = path.resolve(options.cwd, file);
  const read = readRegularFile(absolute, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if ('problem' in read) return undefined;
  preread.set(file, read.bytes);
  return cache.key([...settings, absolute, contextRoot], read.bytes);
}
