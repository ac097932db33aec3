import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  expandVariables
} from "./chunk-2B2NMROS.js";
import {
  describe,
  isDigest
} from "./chunk-5QYCCJXR.js";

// src/fix/edits.ts
function insertionAt(model, offset, text) {
  const span = { start: offset, end: offset };
  return { span, region: model.positions.regionOf(span), text };
}
function applyEdits(text, edits) {
  const applied = [];
  const refused = [];
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
function sameEdit(a, b) {
  return a.span.start === b.span.start && a.span.end === b.span.end && a.text === b.text;
}
function overlaps(a, b) {
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start <= a.start && a.start <= b.end;
  if (bEmpty) return a.start <= b.start && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

// src/fix/pin.ts
function isPinned(reference) {
  return reference.name?.digest !== void 0;
}
var wholeArgPattern = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/;
function pinImageFix(model, reference, digest) {
  if (!isDigest(digest)) return { reason: `"${digest}" is not a sha256/sha512 digest` };
  if (reference.kind === "stage") return { reason: `\`${reference.raw}\` names a build stage, not an image` };
  if (reference.kind === "scratch") return { reason: "`scratch` is the empty image; there is nothing to pin" };
  if (reference.resolved === void 0) {
    const names = reference.unresolved.map((name) => `ARG ${name}`).join(", ");
    return { reason: `\`${reference.raw}\` depends on ${names || "a variable"} without a default value; pin the value passed with --build-arg instead` };
  }
  if (!reference.name) return { reason: `\`${reference.resolved}\` is not a valid image reference` };
  if (reference.name.digest) return { reason: `\`${reference.resolved}\` is already pinned by digest` };
  const target = reference.raw === reference.resolved ? literalTarget(model, reference) : argTarget(model, reference);
  if ("reason" in target) return target;
  return {
    description: `Pin ${target.what} to ${digest}`,
    edits: [insertionAt(model, target.insertAt, `@${digest}`)]
  };
}
function literalTarget(model, reference) {
  if (sliceOf(model, reference.span) !== reference.raw) {
    return { reason: `the text at the reference is not \`${reference.raw}\` (quoted or escaped); pin it by hand` };
  }
  return { insertAt: reference.span.end, what: `\`${reference.raw}\`` };
}
function argTarget(model, reference) {
  const whole = wholeArgPattern.exec(reference.raw);
  const usedArgs = reference.viaArgs.map((arg) => `ARG ${arg.name}`).join(", ") || "variables";
  if (!whole) {
    return {
      reason: `\`${reference.raw}\` is composed from ${usedArgs}; a digest cannot be added to an ARG that holds only part of the reference. Put the whole reference in one ARG (e.g. \`ARG BASE=name:tag\`, \`FROM \${BASE}\`) or pin it by hand`
    };
  }
  const argName = whole[1] ?? whole[2];
  const declaration = reference.viaArgs.find((arg) => arg.name === argName);
  if (!declaration || declaration.defaultSpan === void 0 || declaration.defaultValue === void 0) {
    return { reason: `\`${reference.raw}\` takes its value from ARG ${argName}, but no ARG default in this file provides it` };
  }
  const expanded = expandVariables(declaration.defaultValue, (name) => declaration.instruction.variables.get(name), model.escapeChar);
  if (expanded.value !== reference.resolved || sliceOf(model, declaration.defaultSpan) !== declaration.defaultValue) {
    return { reason: `the value of ARG ${argName} does not come from its default in this file; pin it by hand` };
  }
  return { insertAt: declaration.defaultSpan.end, what: `the default of ARG ${argName} (\`${declaration.defaultValue}\`)` };
}
function sliceOf(model, span) {
  return model.text.slice(span.start, span.end);
}
async function resolvePins(model, resolver, platform) {
  return Promise.all(
    model.imageReferences.map(async (reference) => {
      if (reference.name?.digest && !isDigest(reference.name.digest)) {
        return { reference, notFixable: `\`${reference.resolved}\` carries an incomplete digest; replace it with the full one by hand` };
      }
      if (reference.kind !== "image" || isPinned(reference)) {
        return { reference, skipped: reference.kind === "image" ? "already pinned by digest" : reference.kind === "scratch" ? "scratch" : "build stage" };
      }
      const dryRun = pinImageFix(model, reference, `sha256:${"0".repeat(64)}`);
      if ("reason" in dryRun) return { reference, notFixable: dryRun.reason };
      let digest;
      try {
        digest = await resolver.resolve(reference.name, platform);
      } catch (error) {
        return { reference, error: `cannot pin ${describe(reference.name)}: ${error instanceof Error ? error.message : String(error)}` };
      }
      const fix = pinImageFix(model, reference, digest);
      return "reason" in fix ? { reference, error: `cannot pin ${describe(reference.name)}: ${fix.reason}` } : { reference, fix };
    })
  );
}

export {
  insertionAt,
  applyEdits,
  isPinned,
  pinImageFix,
  resolvePins
};
