import type { Span, TextEdit } from '../findings/index.js';
import type { DockerfileModel } from '../model/index.js';

/** An edit that inserts `text` at `offset` without touching anything around it. */
export function insertionAt(model: DockerfileModel, offset: number, text: string): TextEdit {
  const span = { start: offset, end: offset };
  return { span, region: model.positions.regionOf(span), text };
}

/** An edit together with what it is for, so a refusal can name both sides. */
export interface LabelledEdit {
  edit: TextEdit;
  /** E.g. the fix description. */
  label: string;
}

export interface RefusedEdit extends LabelledEdit {
  reason: string;
}

export interface EditResult {
  text: string;
  applied: LabelledEdit[];
  refused: RefusedEdit[];
}

/**
 * Applies edits to exact spans of `text`, in the order given. An edit that overlaps one already
 * accepted is refused (the earlier one wins); an exact repeat of an accepted edit is dropped
 * silently (two FROMs sharing one ARG produce the same pin). Every byte outside the accepted spans
 * is kept, so line endings, comments, continuations and heredocs are untouched.
 */
export function applyEdits(text: string, edits: LabelledEdit[]): EditResult {
  const applied: LabelledEdit[] = [];
  const refused: RefusedEdit[] = [];
  for (const candidate of edits) {
    const { span } = candidate.edit;
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      refused.push({ ...candidate, reason: `its span ${span.start}..${span.end} is outside the file` });
      continue;
    }
    if (applied.some((accepted) => sameEdit(accepted.edit, candidate.edit))) continue;
    const conflict = applied.find((accepted) => overlaps(accepted.edit.span, span));
    if (conflict) {
      refused.push({ ...candidate, reason: `it overlaps an earlier fix (${conflict.label}) at line ${conflict.edit.region.startLine}` });
      continue;
    }
    applied.push(candidate);
  }
  let result = text;
  for (const { edit } of [...applied].sort((a, b) => b.edit.span.start - a.edit.span.start || b.edit.span.end - a.edit.span.end)) {
    result = result.slice(0, edit.span.start) + edit.text + result.slice(edit.span.end);
  }
  return { text: result, applied, refused };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end && a.text === b.text;
}

/**
 * Replacements overlap when they share a character. An insertion conflicts with anything at or
 * around its point, including a replacement it touches: `node:20` + `@digest` next to a rewrite of
 * `node:20` would pin the digest of the old tag to the new one.
 */
export function overlaps(a: Span, b: Span): boolean {
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start <= a.start && a.start <= b.end;
  if (bEmpty) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
