/**
 * Instruction text as the builder reads it: comment lines inside a continued instruction are
 * dropped, and each escape at the end of a line joins it with the next.
 */
export function joinContinuations(text: string, escapeChar: '\\' | '`'): string {
  const lines = text.split(/\r?\n/).filter((line, index) => index === 0 || !/^[ \t]*#/.test(line));
  const escape = escapeChar === '`' ? '`' : '\\\\';
  return lines.join('\n').replace(new RegExp(`${escape}[ \\t]*\\n`, 'g'), '');
}
