import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadYamlReader
} from "./chunk-ICHUAS47.js";
import "./chunk-36S4BROV.js";

// src/compose/parse.ts
var { mapEntries, mapGet, parseYamlSource, scalarOf, seqItems, spanOf } = await loadYamlReader();
function parseCompose(text, file, environment = /* @__PURE__ */ new Map()) {
  const source = parseYamlSource(text, file);
  const compose = {
    file,
    text,
    positions: source.positions,
    services: [],
    comments: source.comments.map((comment) => comment.span),
    errors: source.errors,
    environment
  };
  for (const { key, keySpan, value } of mapEntries(mapGet(source.root, "services", source), source)) {
    const service = { name: key, anchor: { start: keySpan.start, end: spanOf(value)?.end ?? keySpan.end } };
    const image = scalarOf(mapGet(value, "image", source), source);
    if (image) service.image = image;
    const pullPolicy = scalarOf(mapGet(value, "pull_policy", source), source);
    if (pullPolicy) service.pullPolicy = pullPolicy.value;
    const build = mapGet(value, "build", source);
    const span = spanOf(build);
    if (build !== void 0 && span) {
      const short = scalarOf(build, source);
      const entry = { context: short?.value ?? scalarOf(mapGet(build, "context", source), source)?.value ?? ".", args: {}, inline: false, span };
      const dockerfile = scalarOf(mapGet(build, "dockerfile", source), source);
      if (dockerfile) entry.dockerfile = dockerfile.value;
      entry.inline = mapGet(build, "dockerfile_inline", source) !== void 0;
      const args = mapGet(build, "args", source);
      for (const arg of mapEntries(args, source)) {
        const argValue = scalarOf(arg.value, source);
        if (argValue) entry.args[arg.key] = argValue.value;
      }
      for (const item of seqItems(args, source)) {
        const text2 = scalarOf(item, source)?.value ?? "";
        const equals = text2.indexOf("=");
        if (equals > 0) entry.args[text2.slice(0, equals)] = text2.slice(equals + 1);
      }
      service.build = entry;
    }
    compose.services.push(service);
  }
  return compose;
}
export {
  parseCompose
};
