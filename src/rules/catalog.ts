import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import bundledRules from 'virtual:repro-audit-rules';
import { compareText, SEVERITIES, type RuleMeta } from '../findings/index.js';
import { TOOL_INFORMATION_URI } from '../report/index.js';
import * as kit from './kit.js';
import { BUILD_STEP_RULES } from './rebuild/build-steps.js';
import { DIFFERENCE_RULES } from './rebuild/differences.js';
import type { Rule } from './rule.js';

/** The rule kit, as a `--rules` module's default-exported function receives it. */
export type RuleKit = typeof kit;

/** Every rule's page: docs/rules.md on the project's home, one section per rule. */
const RULES_PAGE = `${TOOL_INFORMATION_URI}/blob/main/docs/rules.md`;

/** A rule's section heading, in docs/rules.md and `repro-audit rules ID`. */
export function ruleHeading(rule: Pick<RuleMeta, 'id' | 'name'>): string {
  return `${rule.id} ${rule.name}`;
}

/** The rule with the address of its section, anchored as GitHub anchors a heading (lower case, spaces as `-`, punctuation dropped). */
function documented<T extends RuleMeta>(rule: T): T {
  const anchor = ruleHeading(rule)
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
  return { ...rule, helpUri: `${RULES_PAGE}#${anchor}` };
}

export const builtinRules: readonly Rule[] = bundledRules.map(documented);

/** What `rebuild` and `compare` report: findings about the builds and about their differences. */
export const REBUILD_RULES: readonly RuleMeta[] = [...BUILD_STEP_RULES, ...DIFFERENCE_RULES].map(documented);

/**
 * Every rule repro-audit can report, in id order: the static audit's (built-in and those loaded
 * with `--rules`, refusing duplicate ids) and the rebuild harness's. `repro-audit rules` and
 * docs/rules.md list it; lint reports the static part, rebuild and compare `REBUILD_RULES`.
 */
export function ruleCatalog(userRules: readonly Rule[] = []): RuleMeta[] {
  return [...combineRules(builtinRules, userRules), ...REBUILD_RULES].sort((a, b) => compareText(a.id, b.id));
}

export class RuleLoadError extends Error {}

/**
 * Loads user rules from a local module: a `.js`/`.mjs`/`.cjs` file, or a directory (its
 * `index.js`/`package.json` entry, else every `.js`/`.mjs` file in it). A module exports rules as
 * its default export (one rule or an array) and/or as named exports. A default export that is a
 * function is given the rule kit (src/rules/kit.ts) and returns the rules: that is how a module
 * outside this package, loaded by whichever copy of repro-audit runs it, reaches the kit.
 */
export async function loadUserRules(specifier: string, cwd: string): Promise<Rule[]> {
  const target = path.resolve(cwd, specifier);
  if (!fs.existsSync(target)) throw new RuleLoadError(`--rules ${specifier}: no such file or directory`);
  const files = fs.statSync(target).isDirectory() ? moduleFilesIn(target) : [target];
  if (files.length === 0) throw new RuleLoadError(`--rules ${specifier}: no .js or .mjs rule modules in this directory`);
  const rules: Rule[] = [];
  for (const file of files) {
    if (/\.[cm]?tsx?$/.test(file)) throw new RuleLoadError(`--rules ${path.relative(cwd, file)}: TypeScript rules must be compiled to JavaScript first`);
    let exported: Record<string, unknown>;
    try {
      exported = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (error) {
      throw new RuleLoadError(`--rules ${path.relative(cwd, file)}: could not load the module: ${(error as Error).message}`);
    }
    const values: unknown[] = [];
    for (const [key, value] of Object.entries(exported)) {
      if (key !== 'default' || typeof value !== 'function') values.push(value);
      else values.push(await rulesOfFactory(value as (kit: RuleKit) => unknown, path.relative(cwd, file)));
    }
    const candidates = values.flatMap((value) => (Array.isArray(value) ? value : [value]));
    const found = candidates.filter((value): value is Rule => typeof value === 'object' && value !== null && typeof (value as Rule).check === 'function');
    if (found.length === 0) throw new RuleLoadError(`--rules ${path.relative(cwd, file)}: exports no rule (an object with id, name, summary, severity, tags, docs and check, or a default-exported function of the rule kit that returns rules)`);
    for (const rule of found) {
      const problem = ruleProblem(rule);
      if (problem) throw new RuleLoadError(`--rules ${path.relative(cwd, file)}: rule ${String(rule.id ?? '(no id)')}: ${problem}`);
      if (!rules.includes(rule)) rules.push(rule);
    }
  }
  return rules;
}

async function rulesOfFactory(factory: (kit: RuleKit) => unknown, shown: string): Promise<unknown> {
  try {
    return await factory(kit);
  } catch (error) {
    throw new RuleLoadError(`--rules ${shown}: its default export failed when given the rule kit: ${(error as Error).message}`);
  }
}

function moduleFilesIn(directory: string): string[] {
  for (const entry of ['index.js', 'index.mjs']) if (fs.existsSync(path.join(directory, entry))) return [path.join(directory, entry)];
  const manifest = path.join(directory, 'package.json');
  if (fs.existsSync(manifest)) {
    const main = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { main?: string }).main;
    if (main) return [path.join(directory, main)];
  }
  return fs
    .readdirSync(directory)
    .filter((name) => /\.(m?js|cjs)$/.test(name))
    .sort()
    .map((name) => path.join(directory, name));
}

/** What is wrong with a rule's metadata, or undefined when it is complete. */
export function ruleProblem(rule: Partial<RuleMeta> & { check?: unknown }): string | undefined {
  if (typeof rule.id !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(rule.id)) return 'id must be a string of letters, digits, `-` or `_`';
  if (typeof rule.name !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.name)) return 'name must be kebab-case';
  if (typeof rule.summary !== 'string' || rule.summary.length === 0 || rule.summary.length > 120) return 'summary must be one line of at most 120 characters';
  if (!SEVERITIES.includes(rule.severity as never)) return `severity must be one of ${SEVERITIES.join(', ')}`;
  if (!Array.isArray(rule.tags) || rule.tags.some((tag) => typeof tag !== 'string') || rule.tags.length > 10) return 'tags must be at most 10 strings';
  if (!['very-high', 'high', 'medium', 'low'].includes(rule.precision as string)) return 'precision must be very-high, high, medium or low';
  const docs = rule.docs;
  if (!docs || ['why', 'failing', 'passing', 'fix'].some((key) => typeof (docs as unknown as Record<string, unknown>)[key] !== 'string')) {
    return 'docs must have why, failing, passing and fix (strings)';
  }
  if (rule.helpUri !== undefined && (typeof rule.helpUri !== 'string' || !/^https?:\/\/[^\s]+$/.test(rule.helpUri))) return 'helpUri must be an http(s) URL';
  if (rule.producer !== 'rebuild' && typeof rule.check !== 'function') return 'check must be a function';
  return undefined;
}

/** The built-in rules plus user rules, refusing duplicate ids. */
export function combineRules(builtin: readonly Rule[], user: readonly Rule[]): Rule[] {
  const ids = new Map(builtin.map((rule) => [rule.id, 'built-in']));
  for (const rule of user) {
    if (ids.has(rule.id)) throw new RuleLoadError(`rule id ${rule.id} is used twice (${ids.get(rule.id)} and a --rules module)`);
    ids.set(rule.id, '--rules');
  }
  return [...builtin, ...user];
}
