import type { Span } from '../findings/index.js';
import { parseImageName } from './image-name.js';
import type { ArgDeclaration, DockerfileModel, ImageReference, Instruction } from './types.js';
import type { ExpandOptions, Expansion, VariableLookup } from './variables.js';

/** Expands text of the file within the file's expansion budget. */
export type FileExpander = (raw: string, lookup: VariableLookup, span: Span, options?: ExpandOptions) => Expansion;

/**
 * An image named by FROM, `COPY --from`, `RUN --mount=from=` or `# syntax=`, as the model reads it
 * so far: resolved through ARGs, and an earlier stage, `scratch` or a real image.
 */
export function imageReference(model: DockerfileModel, expand: FileExpander, raw: string, span: Span, usage: ImageReference['usage'], lookup: VariableLookup): ImageReference {
  const expansion = expand(raw, lookup, span, { quotes: true });
  const resolved = expansion.value;
  const viaArgs = expansion.used
    .map((name) => model.globalArgs.findLast((arg) => arg.name === name))
    .filter((arg): arg is ArgDeclaration => arg !== undefined);
  const reference: ImageReference = {
    raw,
    span,
    region: model.positions.regionOf(span),
    resolved,
    unresolved: expansion.unresolved,
    kind: 'image',
    viaArgs,
    usage,
  };
  if (resolved === undefined) return reference;
  if (usage !== 'syntax' && resolved.toLowerCase() === 'scratch') reference.kind = 'scratch';
  else if (usage !== 'syntax' && model.stages.some((s) => s.name === resolved.toLowerCase())) {
    reference.kind = 'stage';
    reference.stage = model.stages.find((s) => s.name === resolved.toLowerCase());
  } else reference.name = parseImageName(resolved);
  return reference;
}

/** `COPY --from=x` and `RUN --mount=...,from=x` name an earlier stage (by name or index) or an image. */
export function referenceImagesInFlags(model: DockerfileModel, expand: FileExpander, instruction: Instruction): void {
  const lookup = (name: string) => instruction.variables.get(name);
  const add = (raw: string, span: Span, usage: ImageReference['usage']) => {
    const reference = imageReference(model, expand, raw, span, usage, lookup);
    if (reference.kind === 'image' && reference.resolved !== undefined && /^\d+$/.test(reference.resolved)) {
      const byIndex = model.stages[Number(reference.resolved)];
      reference.kind = 'stage';
      reference.stage = byIndex;
      reference.name = undefined;
    }
    reference.instruction = instruction;
    model.imageReferences.push(reference);
  };
  for (const flag of instruction.flags) {
    if (flag.name === 'from' && instruction.keyword === 'COPY' && flag.value && flag.valueSpan) {
      add(flag.value, flag.valueSpan, 'copy-from');
    } else if (flag.name === 'mount') {
      const from = flag.options.find((option) => option.key === 'from');
      if (from?.value && from.valueSpan) add(from.value, from.valueSpan, 'mount-from');
    }
  }
}
