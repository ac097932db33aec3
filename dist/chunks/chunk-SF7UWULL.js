import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/rule-help.ts
function ruleHelpMarkdown(rule) {
  const { docs } = rule;
  const sections = [
    `**${rule.id} ${rule.name}**: ${rule.summary}`,
    `### Why

${docs.why.trim()}`,
    `### Flagged

${fenced(docs.failing, "dockerfile")}`,
    `### Passing

${fenced(docs.passing, "dockerfile")}`,
    `### How to fix

${docs.fix.trim()}`
  ];
  if (docs.nix) sections.push(`### The Nix way

${docs.nix.trim()}`);
  return sections.join("\n\n") + "\n";
}
function ruleHelpText(rule) {
  const { docs } = rule;
  const sections = [
    `${rule.id} ${rule.name}: ${rule.summary}`,
    `Why: ${docs.why.trim()}`,
    `Flagged:
${indent(docs.failing)}`,
    `Passing:
${indent(docs.passing)}`,
    `How to fix: ${docs.fix.trim()}`
  ];
  if (docs.nix) sections.push(`The Nix way: ${docs.nix.trim()}`);
  return sections.join("\n\n") + "\n";
}
function fenced(code, language = "") {
  const longestRun = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${code.replace(/\s+$/, "")}
${fence}`;
}
function indent(code) {
  return code.replace(/\s+$/, "").split("\n").map((line) => `    ${line}`).join("\n");
}

export {
  ruleHelpMarkdown,
  ruleHelpText,
  fenced
};
