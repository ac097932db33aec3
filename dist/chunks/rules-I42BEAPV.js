import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  HELP_OPTION
} from "./chunk-S66H5MEK.js";
import {
  EXIT,
  UsageError,
  wantsColor
} from "./chunk-24FM7DH7.js";
import {
  loadUserRules,
  ruleCatalog,
  ruleHeading
} from "./chunk-3AQNB5RO.js";
import "./chunk-75MXF3LY.js";
import "./chunk-6E4CKGCT.js";
import "./chunk-HUMZK7UK.js";
import "./chunk-T74X72SU.js";
import "./chunk-SQ42UHQ5.js";
import "./chunk-WEEU3CX4.js";
import {
  Chalk
} from "./chunk-2MORHPSG.js";
import "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-I3VAFWKR.js";
import {
  terminalLines,
  terminalText
} from "./chunk-QQC64ZS2.js";
import {
  ruleExamples,
  ruleTags
} from "./chunk-DK4JW3AF.js";
import {
  inertJsonToRunner,
  inertToRunner
} from "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/cli/rules.ts
import { parseArgs } from "node:util";
var RULES_USAGE = `Usage: repro-audit rules [RULE...] [options]

Lists the rules (id, name, default severity, summary) of the static audit and of
\`rebuild\`/\`compare\`, or documents the rules named (by id or name) in full.

Options:
  -f, --format <fmt>        text | json | markdown (default: text)
      --rules <module>      also list the rules of a local JS module or directory (repeatable)

Exit codes: 0 listed, 2 usage error (an unknown rule) or a rules module that cannot be loaded.
`;
async function runRulesCommand(argv, io) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: "string", short: "f" }, rules: { type: "string", multiple: true }, ...HELP_OPTION }
  });
  if (values.help) {
    io.stdout(RULES_USAGE);
    return EXIT.ok;
  }
  const user = [];
  for (const specifier of values.rules ?? []) user.push(...await loadUserRules(specifier, io.cwd));
  let rules = ruleCatalog(user);
  if (positionals.length > 0) {
    rules = rules.filter((rule) => positionals.some((wanted) => wanted.toUpperCase() === rule.id.toUpperCase() || wanted === rule.name));
    if (rules.length === 0) throw new UsageError(`no rule ${positionals.join(", ")} (run \`repro-audit rules\` for the list)`);
  }
  const format = values.format ?? "text";
  if (format === "json") {
    io.stdout(inertJsonToRunner(`${JSON.stringify(rules.map((rule) => ({ id: rule.id, name: rule.name, summary: rule.summary, severity: rule.severity, tags: ruleTags(rule), precision: rule.precision, hadolint: rule.hadolint ?? [], docs: rule.docs, ...rule.helpUri ? { helpUri: rule.helpUri } : {} })), null, 2)}
`));
  } else if (format === "markdown") {
    io.stdout(inertToRunner(rules.map(ruleMarkdown).join("\n")));
  } else if (format === "text") {
    const chalk = new Chalk({ level: wantsColor(io) ? 1 : 0 });
    if (positionals.length > 0) io.stdout(inertToRunner(terminalLines(rules.map(ruleMarkdown).join("\n"))));
    else for (const rule of rules) io.stdout(inertToRunner(`${chalk.bold(terminalText(rule.id))}  ${terminalText(rule.name).padEnd(28)} ${rule.severity.padEnd(8)} ${terminalText(rule.summary)}
`));
  } else throw new UsageError(`unknown --format ${format} (use text, json or markdown)`);
  return EXIT.ok;
}
function ruleMarkdown(rule) {
  const { file, language } = ruleExamples(rule);
  const sections = [
    `## ${ruleHeading(rule)}`,
    `${rule.summary}. Default severity: **${rule.severity}**. Tags: ${ruleTags(rule).join(", ")}.${rule.hadolint?.length ? ` Also silenced by hadolint's ${rule.hadolint.join(", ")}.` : ""}${rule.shell ? " Also reads the `run:` steps of GitHub workflows and composite actions (bash, sh, the default shell)." : ""}`,
    `### Why it matters
${rule.docs.why}`,
    `### Failing example${file === "Dockerfile" ? "" : ` (\`${file}\`)`}
\`\`\`${language}
${rule.docs.failing.trimEnd()}
\`\`\``,
    `### Passing example
\`\`\`${language}
${rule.docs.passing.trimEnd()}
\`\`\``,
    `### Fix
${rule.docs.fix}`
  ];
  if (rule.docs.nix) sections.push(`### The Nix way
${rule.docs.nix}`);
  return `${sections.join("\n\n")}
`;
}
export {
  RULES_USAGE,
  ruleMarkdown,
  runRulesCommand
};
