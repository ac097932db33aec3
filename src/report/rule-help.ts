import { ruleExamples, type RuleMeta } from '../findings/index.js';
import { fencedCode } from './escape/markdown.js';

/**
 * A rule's documentation as one help page: why it matters, a flagged and a passing example, the
 * fix, and the Nix way. SARIF carries both forms; GitHub renders the Markdown one in the alert.
 */
export function ruleHelpMarkdown(rule: RuleMeta): string {
  const { docs } = rule;
  const { language } = ruleExamples(rule);
  const sections = [
    `**${rule.id} ${rule.name}**: ${rule.summary}`,
    `### Why\n\n${docs.why.trim()}`,
    `### Flagged\n\n${fencedCode(docs.failing, language)}`,
    `### Passing\n\n${fencedCode(docs.passing, language)}`,
    `### How to fix\n\n${docs.fix.trim()}`,
  ];
  if (docs.nix) sections.push(`### The Nix way\n\n${docs.nix.trim()}`);
  return sections.join('\n\n') + '\n';
}

export function ruleHelpText(rule: RuleMeta): string {
  const { docs } = rule;
  const sections = [
    `${rule.id} ${rule.name}: ${rule.summary}`,
    `Why: ${docs.why.trim()}`,
    `Flagged:\n${indent(docs.failing)}`,
    `Passing:\n${indent(docs.passing)}`,
    `How to fix: ${docs.fix.trim()}`,
  ];
  if (docs.nix) sections.push(`The Nix way: ${docs.nix.trim()}`);
  return sections.join('\n\n') + '\n';
}

function indent(code: string): string {
  return code
    .replace(/\s+$/, '')
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}
