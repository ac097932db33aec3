import type { Finding, RuleMeta, Span } from '../findings/index.js';

/**
 * Inline suppressions: `# repro-audit ignore=RA101,RA201` on the line(s) right before an
 * instruction, and hadolint's `# hadolint ignore=DL3008` mapped to the rules that cover the same
 * check, so repositories keep the decisions they already made. `# repro-audit global ignore=ID`
 * (and hadolint's `# hadolint global ignore=`) apply to the whole file.
 *
 * In YAML and Nix files the parser says where the comments are (`comments`): a directive applies to
 * the next line that holds more than a comment (the line of a workflow step, a Compose service, a
 * flake input, or of the finding itself), or, written after code on a line, to that line.
 */
export interface SuppressionIndex {
  /** Why a finding is suppressed, or undefined. `anchorLine`: the first line of the construct that holds it. */
  reasonFor(finding: Finding, anchorLine?: number): string | undefined;
}

const DIRECTIVE = /^\s*#\s*(repro-audit|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)$/;

export function buildSuppressions(text: string, rules: readonly RuleMeta[], comments?: readonly Span[]): SuppressionIndex {
  const hadolintToRules = new Map<string, string[]>();
  for (const rule of rules) for (const id of rule.hadolint ?? []) hadolintToRules.set(id, [...(hadolintToRules.get(id) ?? []), rule.id]);

  const lines = text.split(/\r\n|\r|\n/);
  /** 1-based instruction start line → ids suppressed there, with the comment that did it. */
  const byLine = new Map<number, Map<string, string>>();
  const global = new Map<string, string>();

  const idsOf = (tool: string, list: string): string[] =>
    list
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .flatMap((id) => (tool === 'hadolint' ? hadolintToRules.get(id.toUpperCase()) ?? [] : [id.toUpperCase()]));

  // 0-based line → where the comment on it starts, and whether code comes before it on that line.
  const commentLines = new Map<number, { column: number; trailing: boolean }>();
  if (comments) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    for (const span of comments) {
      const line = starts.findLastIndex((start) => start <= span.start);
      const column = span.start - starts[line]!;
      // Block comments (`/* ... */` in Nix) span lines and carry no directive.
      if (text.slice(span.start, span.end).includes('\n')) continue;
      commentLines.set(line, { column, trailing: lines[line]!.slice(0, column).trim() !== '' });
    }
  }
  const directiveText = (index: number): string | undefined => {
    if (!comments) return lines[index];
    const comment = commentLines.get(index);
    return comment && lines[index]!.slice(comment.column);
  };
  const onlyComment = (index: number) => (comments ? /^\s*$/.test(lines[index]!) || (commentLines.has(index) && !commentLines.get(index)!.trailing) : /^\s*(#.*)?$/.test(lines[index]!));

  for (let index = 0; index < lines.length; index++) {
    const directive = directiveText(index);
    const match = directive === undefined ? null : DIRECTIVE.exec(directive.trimEnd());
    if (!match) continue;
    const [, tool, isGlobal, list] = match;
    const comment = directive!.trim();
    const ids = idsOf(tool!, list!);
    if (isGlobal) {
      for (const id of ids) global.set(id, comment);
      continue;
    }
    // The directive applies to the next line that is not itself a comment or blank (or to its own line, after code).
    let target = index;
    if (!commentLines.get(index)?.trailing) {
      target = index + 1;
      while (target < lines.length && onlyComment(target)) target++;
    }
    const entry = byLine.get(target + 1) ?? new Map<string, string>();
    for (const id of ids) entry.set(id, comment);
    byLine.set(target + 1, entry);
  }

  return {
    reasonFor(finding, anchorLine) {
      const id = finding.ruleId.toUpperCase();
      if (global.has(id)) return global.get(id);
      const line = finding.instruction?.startLine ?? finding.region.startLine;
      return byLine.get(line)?.get(id) ?? (anchorLine === undefined ? undefined : byLine.get(anchorLine)?.get(id));
    },
  };
}
