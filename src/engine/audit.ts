import path from 'node:path';
import type { FileError, Finding, Severity } from '../findings/finding.js';
import { compareFindings } from '../findings/finding.js';
import { parseDockerfile } from '../model/parse.js';
import { instructionsWithTriggers } from '../model/queries.js';
import type { DockerfileModel } from '../model/types.js';
import { ConfigError, defaultConfig, discoverConfig, loadConfig, type Config } from '../config/config.js';
import { builtinRules, combineRules, loadUserRules } from '../rules/catalog.js';
import { runRules, type RuleSetting } from '../rules/engine.js';
import type { AuditSettings, BuildContextReader, Rule } from '../rules/rule.js';
import type { AuditReport } from '../report/types.js';
import type { DigestResolver } from '../registry/client.js';
import { createContextReader } from './context.js';
import { DEFAULT_MAX_FILE_BYTES, discoverDockerfiles, readDockerfile } from './files.js';

export interface AuditOptions {
  /** Files and directories to audit. */
  paths: string[];
  cwd: string;
  /** Explicit config file; otherwise `.repro-audit.yml` is discovered from cwd upwards (`false`: none). */
  configFile?: string | false;
  /** Build context for every file; defaults to each Dockerfile's directory. */
  context?: string;
  /** `--build-arg` values (override the config's `build-args`). */
  buildArgs?: Record<string, string>;
  /** Local modules with extra rules (`--rules`). */
  rulesModules?: string[];
  maxFileBytes?: number;
  /**
   * Resolve every image reference's digest now (network), so RA101 findings carry the exact pin as
   * their machine-applicable fix (shown as SARIF `fixes`, applied by `--fix`).
   */
  digests?: { resolver: DigestResolver; platform?: string };
}

export interface AuditRun extends AuditReport {
  config: Config;
  /** The effective threshold from the config (the CLI flag overrides it). */
  failOn?: Severity | 'none';
}

export interface PreparedAudit {
  config: Config;
  rules: Rule[];
  ruleSettings: Map<string, RuleSetting>;
  settings: AuditSettings;
  buildArgs: Record<string, string>;
}

/** Loads config and rules once; throws `ConfigError`/`RuleLoadError` with a clear message. */
export async function prepareAudit(options: Pick<AuditOptions, 'cwd' | 'configFile' | 'rulesModules' | 'buildArgs'>): Promise<PreparedAudit> {
  const configFile =
    options.configFile === false ? undefined : options.configFile ? path.resolve(options.cwd, options.configFile) : discoverConfig(options.cwd);
  const config = configFile ? loadConfig(configFile) : defaultConfig(options.cwd);
  const userRules = [];
  for (const specifier of options.rulesModules ?? []) userRules.push(...(await loadUserRules(specifier, options.cwd)));
  const rules = combineRules(builtinRules, userRules);
  return {
    config,
    rules,
    ruleSettings: resolveRuleSettings(config, rules),
    settings: { trustedRegistries: config.trustedRegistries },
    buildArgs: { ...config.buildArgs, ...options.buildArgs },
  };
}

/** Maps the config's rule keys (ids or names) to rule ids, refusing unknown ones. */
function resolveRuleSettings(config: Config, rules: readonly Rule[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const [key, setting] of config.rules) {
    const rule = rules.find((candidate) => candidate.id.toUpperCase() === key.toUpperCase() || candidate.name === key);
    if (!rule) throw new ConfigError(config.file ?? '.repro-audit.yml', setting.line, `unknown rule \`${key}\` (see \`repro-audit rules\`)`);
    settings.set(rule.id, setting);
  }
  return settings;
}

export interface FileAudit {
  findings: Finding[];
  errors: FileError[];
  /** The parsed file (not sent across threads). */
  model?: DockerfileModel;
}

/** Audits one Dockerfile's text. Never throws: problems become `errors` with file and line. */
export function auditText(text: string, file: string, prepared: PreparedAudit, context: BuildContextReader): FileAudit {
  const model = parseDockerfile(text, file, { buildArgs: prepared.buildArgs });
  const errors: FileError[] = model.problems
    .filter((problem) => problem.level === 'error')
    .map((problem) => ({ file, line: problem.region.startLine, column: problem.region.startColumn, message: problem.message }));
  const result = runRules(model, { rules: prepared.rules, context, settings: prepared.settings, ruleSettings: prepared.ruleSettings });
  return { findings: result.findings, errors: [...errors, ...shellSyntaxErrors(model), ...result.errors], model };
}

/** Shell syntax the RUN's shell will reject (unterminated quotes, stray operators): the build fails there. */
function shellSyntaxErrors(model: DockerfileModel): FileError[] {
  const errors: FileError[] = [];
  for (const instruction of instructionsWithTriggers(model)) {
    const error = instruction.script?.errors[0];
    if (!error) continue;
    const region = model.positions.regionOf(error);
    const excerpt = model.text.slice(error.start, Math.min(error.end, error.start + 40)).split(/\r?\n/)[0];
    errors.push({ file: model.file, line: region.startLine, column: region.startColumn, message: `shell syntax error in ${instruction.keyword} near \`${excerpt}\` (unterminated quote or misplaced operator?): the build's shell will reject it` });
  }
  return errors;
}

/** Audits one file from disk (reading, decoding and context included). */
export function auditFile(file: string, cwd: string, prepared: PreparedAudit, options: Pick<AuditOptions, 'context' | 'maxFileBytes'> = {}): FileAudit {
  const read = readDockerfile(file, cwd, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if ('error' in read) return { findings: [], errors: [read.error] };
  const contextRoot = options.context ? path.resolve(cwd, options.context) : path.dirname(path.resolve(cwd, file));
  try {
    return auditText(read.text, file, prepared, createContextReader(contextRoot));
  } catch (error) {
    // A crash here is our bug, not the user's; say so without losing the other files.
    return { findings: [], errors: [{ file, message: `internal error while auditing this file: ${(error as Error).message}` }] };
  }
}

/** Gives each RA101 finding the exact pin its reference resolves to now; registry failures become errors. */
async function attachDigestPins(result: FileAudit, model: DockerfileModel, digests: NonNullable<AuditOptions['digests']>): Promise<FileError[]> {
  const { resolvePins } = await import('../fix/pin.js');
  const errors: FileError[] = [];
  for (const outcome of await resolvePins(model, digests.resolver, digests.platform)) {
    const region = outcome.reference.region;
    if ('error' in outcome) errors.push({ file: model.file, line: region.startLine, column: region.startColumn, message: outcome.error });
    if (!('fix' in outcome)) continue;
    for (const finding of result.findings) {
      if (finding.ruleId === 'RA101' && finding.region.startLine === region.startLine && finding.region.startColumn === region.startColumn) finding.fix = outcome.fix;
    }
  }
  return errors;
}

/** The whole static audit: discover, read, parse, run rules, sort. */
export async function runAudit(options: AuditOptions): Promise<AuditRun> {
  const prepared = await prepareAudit(options);
  const discovery = discoverDockerfiles(options.paths, options.cwd, prepared.config.ignorePaths, prepared.config.root);
  const findings: Finding[] = [];
  const errors: FileError[] = [...discovery.errors];
  const results = options.digests
    ? discovery.files.map((file) => auditFile(file, options.cwd, prepared, options))
    : await (await import('./parallel.js')).auditFiles(discovery.files, options, prepared);
  for (const result of results) {
    if (options.digests && result.model) errors.push(...(await attachDigestPins(result, result.model, options.digests)));
    findings.push(...result.findings);
    errors.push(...result.errors);
  }
  findings.sort(compareFindings);
  return { findings, errors, rules: prepared.rules, files: discovery.files, config: prepared.config, failOn: prepared.config.failOn };
}
