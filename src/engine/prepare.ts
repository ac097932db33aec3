import path from 'node:path';
import type { AuditReport, Severity } from '../findings/index.js';
import { ConfigError, defaultConfig, discoverConfig, loadConfigFileReader, type Config } from '../config/index.js';
import { builtinRules, combineRules, loadUserRules, type AuditSettings, type Rule, type RuleSetting } from '../rules/index.js';
import type { PruneLimits } from './cache-prune.js';

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
  /** False: the config's `ignore-paths` skip nothing (`--no-ignore`). */
  applyIgnorePaths?: boolean;
  /** Reuse results of unchanged files across runs (see cache.ts); off when undefined. */
  cache?: { dir: string; id: string; limits?: Partial<PruneLimits> };
}

export interface AuditRun extends AuditReport {
  config: Config;
  /** The build args the files were audited with (the config's, overridden by `--build-arg`). */
  buildArgs: Record<string, string>;
  /** Text of audited files read while auditing, by the path findings carry. */
  sources: Map<string, string>;
  /** The effective threshold from the config (the CLI flag overrides it). */
  failOn?: Severity | 'none';
  /** What the search passed over and why, for the user (not findings, not errors). */
  notices: string[];
  /** Paths the user named that `ignore-paths` skipped. */
  ignored: string[];
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
  const config = configFile ? (await loadConfigFileReader()).loadConfig(configFile) : defaultConfig(options.cwd);
  const userRules = [];
  for (const specifier of options.rulesModules ?? []) userRules.push(...(await loadUserRules(specifier, options.cwd)));
  const rules = combineRules(builtinRules, userRules);
  return {
    config,
    rules,
    ruleSettings: resolveRuleSettings(config, rules),
    settings: { trustedRegistries: config.trustedRegistries, now: auditTime(process.env) },
    buildArgs: { ...config.buildArgs, ...options.buildArgs },
  };
}

/**
 * The time ages are judged against: `SOURCE_DATE_EPOCH` (seconds), as reproducible builds set it
 * for "now", else the clock.
 */
export function auditTime(env: NodeJS.ProcessEnv): number {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch.trim()) ? Number(epoch.trim()) * 1000 : Date.now();
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

