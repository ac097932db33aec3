import type { PositionMapper } from '../findings/index.js';

export { createPositionMapper } from '../findings/index.js';

/** Offset of a 0-based LSP position (what dockerfile-ast reports) in the text. */
export function offsetOf(mapper: PositionMapper, position: { line: number; character: number }): number {
  return mapper.lineStart(position.line + 1) + position.character;
}
