import type { Finding, RuleMeta } from '../findings/index.js';
import type { DockerfileModel } from '../model/index.js';

/**
 * Inline suppressions: `# repro-audit ignore=RA101,RA201` on the line(s) right before an
 * instruction, and hadolint's `# hadolint ignore=DL3008` mapped to the rules that cover the same
 * check, so repositories keep the decisions they already made. `# repro-audit global ignore=ID`
 * (and hadolint's `# hadolint global ignore=`) apply to the whole file.
 */
export interface SuppressionIndex {
  /** Why a finding is suppressed, or undefined. */
  reasonFor(finding: Finding): string | undefined;
}

const DIRECTIVE = /^\s*#\s*(repro-audit|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)$/;

export function buildSuppressions(model: DockerfileModel, rules: readonly RuleMeta[]): SuppressionIndex {
  const hadolintToRules = new Map<string, string[]>();
  for (const rule of rules) for (const id of rule.hadolint ?? []) hadolintToRules.set(id, [...(hadolintToRules.get(id) ?? []), rule.id]);

  const lines = model.text.split(/\r\n|\r|\n/);
  /** 1-based instruction start line → ids suppressed there, with the comment that did it. */
  const byLine = new Map<number, Map<string, string>>();
  const global = new Map<string, string>();

  const idsOf = (tool: string, list: string): string[] =>
    list
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .flatMap((id) => (tool === 'hadolint' ? hadolintToRules.get(id.toUpperCase()) ?? [] : [id.toUpperCase()]));

  for (let index = 0; index < lines.length; index++) {
    const match = DIRECTIVE.exec(lines[index]!);
    if (!match) continue;
    const [, tool, isGlobal, list] = match;
    const comment = lines[index]!.trim();
    const ids = idsOf(tool!, list!);
    if (isGlobal) {
      for (const id of ids) global.set(id, comment);
      continue;
    }
    // The directive applies to the next line that is not itself a comment or blank.
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]!)) target++;
    const entry = byLine.get(target + 1) ?? new Map<string, string>();
    for (const id of ids) entry.set(id, comment);
    byLine.set(target + 1, entry);
  }

  return {
    reasonFor(finding) {
      const id = finding.ruleId.toUpperCase();
      if (global.has(id)) return global.get(id);
      const line = finding.instruction?.startLine ?? finding.region.startLine;
      return byLine.get(line)?.get(id);
    },
  };
}
