/**
 * The rules: the built-in ones (one file each in rules/), user rules loaded with `--rules`, and the
 * engine that runs them over a model and applies settings and suppressions.
 */
export { builtinRules, combineRules, loadUserRules, REBUILD_RULES, ruleCatalog, ruleHeading, RuleLoadError } from './catalog.js';
export { ruleFileKind, runDocumentRules, runRules, type DocumentSource, type RuleSetting } from './engine.js';
export { BUILD_FAILS_IN_BOTH_LEGS, LEG_TIMED_OUT, STEP_FAILS_IN_ONE_LEG, VARIATION_NOT_IN_EFFECT } from './rebuild/build-steps.js';
export { DIFFERENCE_RULES } from './rebuild/differences.js';
export {
  defineFileRule,
  defineRule,
  type AuditSettings,
  type DocumentKind,
  type DocumentModels,
  type DocumentRule,
  type DocumentRuleContext,
  type DockerfileRule,
  type ReportDescriptor,
  type Rule,
  type RuleContext,
} from './rule.js';
