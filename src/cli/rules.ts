import { parseArgs } from 'node:util';
import { Chalk } from 'chalk';
import { ruleExamples, ruleTags, type RuleMeta } from '../findings/index.js';
import { loadUserRules, ruleCatalog, ruleHeading } from '../rules/index.js';
import { inertJsonToRunner, inertToRunner, terminalLines, terminalText } from '../report/index.js';
import { EXIT, UsageError, wantsColor, type CliIO } from './io.js';
import { HELP_OPTION } from './options.js';

export const RULES_USAGE = `Usage: repro-audit rules [RULE...] [options]

Lists the rules (id, name, default severity, summary) of the static audit and of
\`rebuild\`/\`compare\`, or documents the rules named (by id or name) in full.

Options:
  -f, --format <fmt>        text | json | markdown (default: text)
      --rules <module>      also list the rules of a local JS module or directory (repeatable)

Exit codes: 0 listed, 2 usage error (an unknown rule) or a rules module that cannot be loaded.
`;

export async function runRulesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', short: 'f' }, rules: { type: 'string', multiple: true }, ...HELP_OPTION },
  });
  if (values.help) {
    io.stdout(RULES_USAGE);
    return EXIT.ok;
  }
  const user = [];
  for (const specifier of values.rules ?? []) user.push(...(await loadUserRules(specifier, io.cwd)));
  let rules = ruleCatalog(user);
  if (positionals.length > 0) {
    rules = rules.filter((rule) => positionals.some((wanted) => wanted.toUpperCase() === rule.id.toUpperCase() || wanted === rule.name));
    if (rules.length === 0) throw new UsageError(`no rule ${positionals.join(', ')} (run \`repro-audit rules\` for the list)`);
  }
  const format = values.format ?? 'text';
  // Rules loaded with --rules describe themselves; their text is printed, never run by a CI log.
  if (format === 'json') {
    io.stdout(inertJsonToRunner(`${JSON.stringify(rules.map((rule) => ({ id: rule.id, name: rule.name, summary: rule.summary, severity: rule.severity, tags: ruleTags(rule), precision: rule.precision, hadolint: rule.hadolint ?? [], docs: rule.docs, ...(rule.helpUri ? { helpUri: rule.helpUri } : {}) })), null, 2)}\n`));
  } else if (format === 'markdown') {
    io.stdout(inertToRunner(rules.map(ruleMarkdown).join('\n')));
  } else if (format === 'text') {
    const chalk = new Chalk({ level: wantsColor(io) ? 1 : 0 });
    if (positionals.length > 0) io.stdout(inertToRunner(terminalLines(rules.map(ruleMarkdown).join('\n'))));
    else for (const rule of rules) io.stdout(inertToRunner(`${chalk.bold(terminalText(rule.id))}  ${terminalText(rule.name).padEnd(28)} ${rule.severity.padEnd(8)} ${terminalText(rule.summary)}\n`));
  } else throw new UsageError(`unknown --format ${format} (use text, json or markdown)`);
  return EXIT.ok;
}

/** A rule's page: why it matters, failing and passing examples, the fix, the Nix way. */
export function ruleMarkdown(rule: RuleMeta): string {
  const { file, language } = ruleExamples(rule);
  const sections = [
    `## ${ruleHeading(rule)}`,
    `${rule.summary}. Default severity: **${rule.severity}**. Tags: ${ruleTags(rule).join(', ')}.${rule.hadolint?.length ? ` Also silenced by hadolint's ${rule.hadolint.join(', ')}.` : ''}${rule.shell ? ' Also reads the `run:` steps of GitHub workflows and composite actions (bash, sh, the default shell).' : ''}`,
    `### Why it matters\n${rule.docs.why}`,
    `### Failing example${file === 'Dockerfile' ? '' : ` (\`${file}\`)`}\n\`\`\`${language}\n${rule.docs.failing.trimEnd()}\n\`\`\``,
    `### Passing example\n\`\`\`${language}\n${rule.docs.passing.trimEnd()}\n\`\`\``,
    `### Fix\n${rule.docs.fix}`,
  ];
  if (rule.docs.nix) sections.push(`### The Nix way\n${rule.docs.nix}`);
  return `${sections.join('\n\n')}\n`;
}
