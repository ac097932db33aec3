import type { PositionMapper, Region, Span } from './finding.js';

/**
 * Line starts use the same breaks as dockerfile-ast's TextDocument (`\r\n`, `\r`, `\n`), so its
 * 0-based (line, character) positions convert to offsets of our text exactly.
 */
export function createPositionMapper(text: string): PositionMapper {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }

  const lineOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };

  const regionOf = (span: Span): Region => {
    const startLine = lineOf(span.start);
    const endLine = span.end > span.start ? lineOf(span.end - 1) : startLine;
    // An exclusive end that falls right after the last character of a line stays on that line.
    const endColumn = span.end > span.start ? span.end - starts[endLine - 1]! + 1 : span.start - starts[startLine - 1]! + 1;
    return { startLine, startColumn: span.start - starts[startLine - 1]! + 1, endLine, endColumn };
  };

  return {
    regionOf,
    lineOf,
    lineStart: (line: number) => starts[Math.min(Math.max(line, 1), starts.length) - 1]!,
    lineCount: starts.length,
  };
}
