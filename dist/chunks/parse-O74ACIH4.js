import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  loadYamlReader
} from "./chunk-ICHUAS47.js";
import {
  variablesOf
} from "./chunk-6E4CKGCT.js";
import "./chunk-HUMZK7UK.js";
import {
  loadShellParser
} from "./chunk-T74X72SU.js";
import {
  isShellName,
  runsPowerShell
} from "./chunk-SQ42UHQ5.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-DK4JW3AF.js";
import "./chunk-36S4BROV.js";

// src/workflows/parse.ts
import path from "node:path";

// src/workflows/run-units.ts
var { parsePowerShell, parseRunScript } = await loadShellParser();
function runStepUnits(workflow) {
  return workflow.runs.flatMap((step) => {
    const shell = shellOf(step);
    return shell ? [unitOf(workflow, step, shell)] : [];
  });
}
function shellOf(step) {
  const program = step.shell?.trim().split(/\s+/)[0] ?? (/windows/i.test(step.runsOn ?? "") ? "pwsh" : "bash");
  if (isShellName(program)) return "posix";
  return runsPowerShell(program) ? "powershell" : void 0;
}
function unitOf(workflow, step, shell) {
  const { text, fileOffset } = scriptOf(workflow, step);
  const positions = mapperOf(workflow.positions, fileOffset, text);
  const anchor = workflow.positions.regionOf(step.anchor);
  const variables = variablesOf({});
  const script = shell === "powershell" ? parsePowerShell({ text, map: { base: 0 }, variables, positions }) : parseRunScript({ text, span: { start: 0, end: text.length }, heredocs: [], escapeChar: "\\", variables, positions });
  return { file: workflow.file, text, positions, script, anchor };
}
function scriptOf(workflow, step) {
  const { run } = step;
  const indicator = workflow.text[run.span.start];
  if (indicator === "|" || indicator === ">") {
    const block = blockLines(workflow.text, run.span);
    let text2 = block.map((line) => line.text).join("\n");
    if (indicator === ">") text2 = foldLines(block.map((line) => line.text));
    const lineStarts = block.map((_, index) => block.slice(0, index).reduce((sum, line) => sum + line.text.length + 1, 0));
    return {
      text: withExpressionsAsVariables(text2),
      fileOffset: (offset) => {
        let index = lineStarts.length - 1;
        while (index > 0 && lineStarts[index] > offset) index--;
        const line = block[index];
        return line ? line.start + Math.min(offset - lineStarts[index], line.text.length) : run.span.start;
      }
    };
  }
  const valueSpan = run.valueSpan;
  const text = withExpressionsAsVariables(run.value);
  return { text, fileOffset: valueSpan ? (offset) => valueSpan.start + Math.min(offset, valueSpan.end - valueSpan.start) : () => run.span.start };
}
function blockLines(fileText, span) {
  const headerEnd = fileText.indexOf("\n", span.start);
  if (headerEnd < 0 || headerEnd >= span.end) return [];
  const raw = [];
  let start = headerEnd + 1;
  while (start < span.end) {
    const newline = fileText.indexOf("\n", start);
    const end = newline < 0 || newline > span.end ? span.end : newline;
    raw.push({ text: fileText.slice(start, end).replace(/\r$/, ""), start });
    start = end + 1;
  }
  const indent = Math.min(...raw.filter((line) => line.text.trim() !== "").map((line) => line.text.length - line.text.trimStart().length));
  if (!Number.isFinite(indent)) return [];
  while (raw.length > 0 && raw[raw.length - 1].text.trim() === "") raw.pop();
  return raw.map((line) => ({ text: line.text.slice(Math.min(indent, line.text.length - line.text.trimStart().length)), start: line.start + Math.min(indent, line.text.length) }));
}
function foldLines(lines) {
  return lines.map((line, index) => {
    const next = lines[index + 1];
    if (next === void 0) return line;
    const folds = line.trim() !== "" && next.trim() !== "" && !/^\s/.test(line) && !/^\s/.test(next);
    return line + (folds ? " " : "\n");
  }).join("");
}
function withExpressionsAsVariables(text) {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, inner) => `\${_${inner.replace(/[^A-Za-z0-9_]/g, "_")}_}`);
}
function mapperOf(file, fileOffset, text) {
  const regionOf = (span) => {
    const start = fileOffset(span.start);
    const end = span.end > span.start ? fileOffset(span.end - 1) + 1 : start;
    return file.regionOf({ start, end: Math.max(start, end) });
  };
  const lineCount = text.split("\n").length;
  return {
    regionOf,
    lineOf: (offset) => file.lineOf(fileOffset(offset)),
    lineStart: (line) => {
      for (let offset = 0; offset < text.length; offset = text.indexOf("\n", offset) + 1 || text.length) {
        if (file.lineOf(fileOffset(offset)) >= line) return offset;
      }
      return text.length;
    },
    lineCount
  };
}

// src/workflows/parse.ts
var { mapEntries, mapGet, parseYamlSource, scalarOf, seqItems, spanOf } = await loadYamlReader();
function parseWorkflow(text, file, lockKey) {
  const source = parseYamlSource(text, file);
  const isAction = /^action\.ya?ml$/i.test(path.basename(file));
  const workflow = {
    file,
    text,
    positions: source.positions,
    kind: isAction ? "action" : "workflow",
    uses: [],
    images: [],
    runs: [],
    units: [],
    comments: source.comments.map((comment) => comment.span),
    errors: source.errors
  };
  if (lockKey) workflow.lockKey = lockKey;
  if (!source.root) return workflow;
  const reader = new WorkflowReader(source, workflow);
  if (isAction) reader.readAction(source.root);
  else reader.readWorkflow(source.root);
  let units;
  Object.defineProperty(workflow, "units", { get: () => units ??= runStepUnits(workflow), enumerable: true });
  return workflow;
}
var WorkflowReader = class {
  constructor(source, workflow) {
    this.source = source;
    this.workflow = workflow;
  }
  source;
  workflow;
  readWorkflow(root) {
    const workflowShell = this.defaultShell(root);
    for (const { key: job, keySpan, value } of mapEntries(mapGet(root, "jobs", this.source), this.source)) {
      const anchor = spanOf(value) ? { start: keySpan.start, end: spanOf(value).end } : keySpan;
      const called = scalarOf(mapGet(value, "uses", this.source), this.source);
      if (called) this.addUses(called, anchor);
      const container = mapGet(value, "container", this.source);
      this.addImage(scalarOf(container, this.source) ?? scalarOf(mapGet(container, "image", this.source), this.source), "container", anchor, job);
      for (const service of mapEntries(mapGet(value, "services", this.source), this.source)) {
        const serviceAnchor = { start: service.keySpan.start, end: spanOf(service.value)?.end ?? service.keySpan.end };
        this.addImage(scalarOf(mapGet(service.value, "image", this.source), this.source), "service", serviceAnchor, job, service.key);
      }
      const runsOn = scalarOf(mapGet(value, "runs-on", this.source), this.source)?.value;
      this.readSteps(mapGet(value, "steps", this.source), this.defaultShell(value) ?? workflowShell, runsOn);
    }
  }
  readAction(root) {
    const runs = mapGet(root, "runs", this.source);
    const image = scalarOf(mapGet(runs, "image", this.source), this.source);
    if (image?.value.startsWith("docker://")) this.addImage(image, "action-image", spanOf(runs) ?? image.span);
    this.readSteps(mapGet(runs, "steps", this.source), void 0, void 0);
  }
  readSteps(steps, defaultShell, runsOn) {
    for (const step of seqItems(steps, this.source)) {
      const anchor = spanOf(step);
      if (!anchor) continue;
      const uses = scalarOf(mapGet(step, "uses", this.source), this.source);
      if (uses) this.addUses(uses, anchor);
      const run = scalarOf(mapGet(step, "run", this.source), this.source);
      if (run) {
        const shell = scalarOf(mapGet(step, "shell", this.source), this.source)?.value ?? defaultShell;
        const entry = { run, anchor };
        if (shell !== void 0) entry.shell = shell;
        if (runsOn !== void 0) entry.runsOn = runsOn;
        this.workflow.runs.push(entry);
      }
    }
  }
  defaultShell(node) {
    return scalarOf(mapGet(mapGet(mapGet(node, "defaults", this.source), "run", this.source), "shell", this.source), this.source)?.value;
  }
  addUses(uses, anchor) {
    const value = uses.value.trim();
    const reference = { uses, kind: "action", anchor };
    const comment = this.commentAfter(uses.span.end);
    if (comment !== void 0) reference.comment = comment;
    if (value.startsWith("./") || value.startsWith(".\\")) reference.kind = "local";
    else if (value.startsWith("docker://")) {
      reference.kind = "docker";
      this.addImage(uses, "docker-step", anchor);
    } else {
      const at = value.lastIndexOf("@");
      if (at <= 0) return;
      reference.name = value.slice(0, at);
      reference.ref = value.slice(at + 1);
      if (/\/\.github\/workflows\/[^/]+\.ya?ml$/.test(reference.name)) reference.kind = "reusable-workflow";
    }
    this.workflow.uses.push(reference);
  }
  addImage(image, usage, anchor, job, service) {
    if (!image || image.value.trim() === "") return;
    const entry = { image, reference: image.value.trim().replace(/^docker:\/\//, ""), usage, anchor };
    if (job !== void 0) entry.job = job;
    if (service !== void 0) entry.service = service;
    this.workflow.images.push(entry);
  }
  /** The text of a comment that starts on the same line, after `offset`. */
  commentAfter(offset) {
    const line = this.workflow.positions.lineOf(offset);
    const comment = this.source.comments.find((candidate) => candidate.span.start >= offset && this.workflow.positions.lineOf(candidate.span.start) === line);
    return comment?.text.replace(/^#\s*/, "").trim();
  }
};
function parseActionsLock(text, file) {
  const source = parseYamlSource(text, file);
  const lock = { file, workflows: /* @__PURE__ */ new Map(), commits: /* @__PURE__ */ new Map() };
  if (source.errors.length > 0 || !source.root) return lock;
  for (const { key, value } of mapEntries(mapGet(source.root, "workflows", source), source)) {
    lock.workflows.set(key, new Set(seqItems(value, source).flatMap((item) => scalarOf(item, source)?.value ?? [])));
  }
  for (const { key, value } of mapEntries(mapGet(source.root, "dependencies", source), source)) {
    const commit = scalarOf(mapGet(value, "commit", source), source)?.value.replace(/^sha1-/, "");
    if (commit && /^[0-9a-f]{40}$/.test(commit)) lock.commits.set(key, commit);
  }
  return lock;
}
export {
  parseActionsLock,
  parseWorkflow
};
