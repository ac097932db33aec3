/**
 * The rules: the built-in ones (one file each in rules/), user rules loaded with `--rules`, and the
 * engine that runs them over a model and applies settings and suppressions.
 */
export { builtinRules, combineRules, loadUserRules, RuleLoadError, ruleProblem } from './catalog.js';
export { instructionRef, runRules, type RuleRunResult, type RuleSetting, type RunRulesOptions } from './engine.js';
export { defineRule, type AuditSettings, type ReportDescriptor, type Rule, type RuleContext } from './rule.js';
