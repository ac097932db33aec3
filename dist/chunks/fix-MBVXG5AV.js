import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  FILE_HEADERS_ONLY,
  createTwoFilesPatch
} from "./chunk-6C2XJSU3.js";
import {
  RegistryClient,
  RegistryError,
  defaultHttpOptions,
  describe,
  fetchWithRetry,
  isDigest,
  readBodyLimited
} from "./chunk-Z7HNC3UK.js";
import {
  loadWorkflowParser
} from "./chunk-4TDFIB2I.js";
import "./chunk-VX53JGT4.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  discoverFiles,
  readDockerfile
} from "./chunk-RV6OXUEF.js";
import "./chunk-DVUP7OQN.js";
import {
  loadComposeParser
} from "./chunk-3AQNB5RO.js";
import "./chunk-75MXF3LY.js";
import {
  instructionsWithTriggers,
  parseDockerfileText
} from "./chunk-6E4CKGCT.js";
import "./chunk-GFYAI36N.js";
import {
  expandVariables,
  parseImageName
} from "./chunk-HUMZK7UK.js";
import "./chunk-T74X72SU.js";
import "./chunk-SQ42UHQ5.js";
import "./chunk-WEEU3CX4.js";
import "./chunk-PFHIFKKA.js";
import {
  writeFileSafely
} from "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-I3VAFWKR.js";
import {
  terminalLines
} from "./chunk-QQC64ZS2.js";
import "./chunk-DK4JW3AF.js";
import {
  inertToRunner
} from "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/fix/fix-files.ts
import fs from "node:fs";
import path from "node:path";

// src/fix/action-commits.ts
var MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
var GitHubCommitResolver = class {
  apiUrl;
  token;
  cache = /* @__PURE__ */ new Map();
  constructor(env = process.env) {
    this.apiUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
    this.token = env.GITHUB_TOKEN || env.GH_TOKEN || void 0;
  }
  resolve(owner, repo, ref) {
    const key = `${owner}/${repo}@${ref}`;
    let commit = this.cache.get(key);
    if (!commit) {
      commit = this.fetchCommit(owner, repo, ref);
      this.cache.set(key, commit);
    }
    return commit;
  }
  async fetchCommit(owner, repo, ref) {
    const url = `${this.apiUrl}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/commits/${encodeURIComponent(ref)}`;
    const headers = { accept: "application/vnd.github+json", "x-github-api-version": "2022-11-28", "user-agent": "repro-audit" };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetchWithRetry(url, { headers }, `the GitHub API (${owner}/${repo})`);
    const body = new TextDecoder().decode(await readBodyLimited(response, MAX_RESPONSE_BYTES, `the GitHub API's answer for ${owner}/${repo}@${ref}`));
    if (response.status === 404 || response.status === 422) throw new Error(`GitHub knows no commit, tag or branch \`${ref}\` in ${owner}/${repo}`);
    if (!response.ok) throw new Error(`the GitHub API answered ${response.status} for ${owner}/${repo}@${ref}${response.status === 403 || response.status === 429 ? " (rate limited? set GITHUB_TOKEN)" : ""}`);
    const sha = JSON.parse(body).sha;
    if (typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha)) throw new Error(`the GitHub API gave no commit for ${owner}/${repo}@${ref}`);
    return sha;
  }
};

// src/fix/add-checksum.ts
import { createHash } from "node:crypto";

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

// src/fix/add-checksum.ts
function addChecksumCandidates(model) {
  const candidates = [];
  for (const instruction of instructionsWithTriggers(model)) {
    if (instruction.keyword !== "ADD" || instruction.flags.some((flag) => flag.name === "checksum")) continue;
    const sources = instruction.args.slice(0, -1);
    const remote = sources.filter((source2) => /^https?:\/\//i.test(source2.value ?? source2.raw));
    if (remote.length === 0) continue;
    const source = remote[0];
    if (sources.length > 1) {
      candidates.push({ instruction, reason: "`ADD --checksum` needs exactly one source; split this ADD into one per URL" });
    } else if (source.value === void 0) {
      candidates.push({ instruction, reason: `the URL \`${source.raw}\` uses variables without a value; cannot download it` });
    } else if (isGitUrl(source.value)) {
      candidates.push({ instruction, reason: "a Git source is pinned by commit (`#<commit>`), not by `--checksum`" });
    } else {
      candidates.push({ instruction, url: source.value });
    }
  }
  return candidates;
}
function isGitUrl(url) {
  return /\.git(?:$|#)/i.test(url) || /^git@/i.test(url);
}
function addChecksumFix(model, instruction, sha256Hex) {
  if (!/^[0-9a-f]{64}$/.test(sha256Hex)) return { reason: `"${sha256Hex}" is not a sha256 hex digest` };
  return {
    description: `Add --checksum=sha256:${sha256Hex} to ADD`,
    edits: [insertionAt(model, instruction.keywordSpan.end, ` --checksum=sha256:${sha256Hex}`)]
  };
}
async function downloadSha256(url, http = {}) {
  const options = { ...defaultHttpOptions, timeoutMs: 10 * 6e4, ...http };
  const response = await fetchWithRetry(url, { redirect: "follow" }, `the ADD source ${url}`, options);
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => void 0);
    throw new RegistryError("download", `downloading ${url} failed: ${response.status} ${response.statusText}`);
  }
  const hash = createHash("sha256");
  try {
    for await (const chunk of response.body) hash.update(chunk);
  } catch (error) {
    throw new RegistryError("download", `downloading ${url} failed midway: ${error.message}`, { cause: error });
  }
  return hash.digest("hex");
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

// src/fix/plan.ts
async function planFixes(text, file, options) {
  const plan = { file, original: text, fixed: text, applied: [], notes: [], errors: [] };
  let model;
  try {
    model = await parseDockerfileText(text, file, { buildArgs: options.buildArgs });
  } catch (error) {
    plan.errors.push({ message: `cannot parse: ${error.message}` });
    return plan;
  }
  plan.model = model;
  const edits = [];
  const addFix = (fix) => edits.push(...fix.edits.map((edit) => ({ edit, label: fix.description })));
  await planPins(model, options, plan, addFix);
  await planChecksums(model, options, plan, addFix);
  if (options.findingFixes) {
    try {
      for (const fix of await options.findingFixes(model)) addFix(fix);
    } catch (error) {
      plan.errors.push({ message: `rules failed: ${error.message}` });
    }
  }
  return applyPlan(plan, edits);
}
function applyPlan(plan, edits) {
  if (plan.errors.length > 0) return plan;
  const result = applyEdits(plan.original, [...edits]);
  plan.applied = result.applied;
  plan.fixed = result.text;
  for (const refused of result.refused) {
    plan.notes.push({ region: refused.edit.region, kind: "refused", message: `not applied: ${refused.label}, because ${refused.reason}` });
  }
  return plan;
}
async function planPins(model, options, plan, addFix) {
  for (const outcome of await resolvePins(model, options.resolver, options.platform)) {
    const { reference } = outcome;
    if ("fix" in outcome) addFix(outcome.fix);
    else if ("skipped" in outcome) plan.notes.push({ region: reference.region, kind: "skipped", message: outcome.skipped, reference });
    else if ("notFixable" in outcome) plan.notes.push({ region: reference.region, kind: "not-fixable", message: `cannot pin: ${outcome.notFixable}`, reference });
    else plan.errors.push({ region: reference.region, message: outcome.error });
  }
}
async function planChecksums(model, options, plan, addFix) {
  for (const candidate of addChecksumCandidates(model)) {
    const region = candidate.instruction.region;
    if ("reason" in candidate) {
      plan.notes.push({ region, kind: "not-fixable", message: `cannot add --checksum: ${candidate.reason}` });
      continue;
    }
    if (!options.network) {
      plan.notes.push({ region, kind: "not-fixable", message: `ADD ${candidate.url} has no --checksum; pass --network to download it and add one` });
      continue;
    }
    try {
      const hex = await (options.download ?? downloadSha256)(candidate.url);
      const fix = addChecksumFix(model, candidate.instruction, hex);
      if ("reason" in fix) plan.errors.push({ region, message: `cannot add --checksum: ${fix.reason}` });
      else addFix(fix);
    } catch (error) {
      plan.errors.push({ region, message: messageOf(error) });
    }
  }
}
function messageOf(error) {
  if (error instanceof RegistryError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

// src/fix/document-fixes.ts
var FIXED_DOCUMENT_KINDS = ["compose", "workflow"];
async function planDocumentFixes(text, file, kind, options) {
  const plan = { file, original: text, fixed: text, applied: [], notes: [], errors: [] };
  const edits = [];
  if (kind === "compose") await planComposePins(text, file, options, plan, edits);
  else if (kind === "workflow") await planActionPins(text, file, options, plan, edits);
  return applyPlan(plan, edits);
}
async function planComposePins(text, file, options, plan, edits) {
  const { parseCompose } = await loadComposeParser();
  const compose = parseCompose(text, file, /* @__PURE__ */ new Map());
  await Promise.all(
    compose.services.map(async (service) => {
      const image = service.image;
      if (!image) return;
      const region = compose.positions.regionOf(image.span);
      const name = parseImageName(image.value.trim());
      if (!image.valueSpan || image.value.includes("$") || !name) {
        plan.notes.push({ region, kind: "not-fixable", message: `cannot pin the image of service \`${service.name}\`: \`${image.value}\` is not a literal image reference (variables, escapes); pin it by hand` });
        return;
      }
      if (name.digest) return;
      try {
        const digest = await options.resolver.resolve(name, options.platform);
        edits.push({ edit: insertion(compose.positions, image.valueSpan.end, `@${digest}`), label: `Pin \`${image.value}\` to ${digest}` });
      } catch (error) {
        plan.errors.push({ region, message: `cannot pin ${describe(name)}: ${messageOf2(error)}` });
      }
    })
  );
}
async function planActionPins(text, file, options, plan, edits) {
  const { parseWorkflow } = await loadWorkflowParser();
  const workflow = parseWorkflow(text, file);
  const wanted = workflow.uses.filter((uses) => (uses.kind === "action" || uses.kind === "reusable-workflow") && uses.ref && !/^[0-9a-f]{40}$/.test(uses.ref));
  await Promise.all(
    wanted.map(async (uses) => {
      const region = workflow.positions.regionOf(uses.uses.span);
      const fix = await actionPin(uses, text, workflow.positions, options.actions).catch((error) => {
        plan.errors.push({ region, message: `cannot pin ${uses.name}@${uses.ref}: ${messageOf2(error)}` });
        return void 0;
      });
      if (fix && "reason" in fix) plan.notes.push({ region, kind: "not-fixable", message: `cannot pin \`${uses.uses.value}\`: ${fix.reason}` });
      else if (fix) edits.push(...fix.edits.map((edit) => ({ edit, label: fix.description })));
    })
  );
}
async function actionPin(uses, text, positions, resolver) {
  const valueSpan = uses.uses.valueSpan;
  const ref = uses.ref;
  if (!valueSpan || !uses.uses.value.endsWith(`@${ref}`)) return { reason: "the value is not written literally (escapes); pin it by hand" };
  const [owner, repo] = uses.name.split("/");
  if (!owner || !repo) return { reason: "it names no repository" };
  const commit = await resolver.resolve(owner, repo, ref);
  const span = { start: valueSpan.end - ref.length, end: uses.uses.span.end };
  const comment = uses.comment === void 0 ? ` # ${ref}` : "";
  return { description: `Pin ${uses.name}@${ref} to commit ${commit}`, edits: [{ span, region: positions.regionOf(span), text: `${commit}${text.slice(valueSpan.end, span.end)}${comment}` }] };
}
function insertion(positions, offset, text) {
  const span = { start: offset, end: offset };
  return { span, region: positions.regionOf(span), text };
}
function messageOf2(error) {
  if (error instanceof RegistryError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

// src/fix/fix-files.ts
async function fixFiles(args, given) {
  const io = { stdout: (text) => given.stdout(inertToRunner(text)), stderr: (text) => given.stderr(terminalLines(text)) };
  const resolver = args.resolver ?? new RegistryClient({ insecureRegistries: args.insecureRegistries });
  const plans = [];
  let failed = false;
  const cwd = args.cwd ?? process.cwd();
  const actions = args.actions ?? new GitHubCommitResolver();
  const discovery = discoverFiles(args.paths, cwd, args.ignorePaths ?? [], args.ignoreRoot ?? cwd, ["dockerfile", ...FIXED_DOCUMENT_KINDS]);
  for (const error of discovery.errors) io.stderr(`${fileErrorText(error)}
`);
  for (const notice of discovery.notices) io.stderr(`${notice}
`);
  failed ||= discovery.errors.length > 0;
  const seen = /* @__PURE__ */ new Set();
  for (const file of discovery.files) {
    const absolute = path.resolve(cwd, file);
    const target = realPathOf(absolute);
    if (seen.has(target)) continue;
    seen.add(target);
    const read = readDockerfile(file, cwd, args.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if ("error" in read) {
      io.stderr(`${fileErrorText(read.error)}
`);
      failed = true;
      continue;
    }
    const kind = discovery.kinds.get(file) ?? "dockerfile";
    const plan = kind === "dockerfile" ? await planFixes(read.text, file, { ...args, resolver }) : await planDocumentFixes(read.text, file, kind, { ...args, resolver, actions });
    plans.push(plan);
    for (const note of plan.notes) {
      if (note.kind !== "skipped") io.stderr(`${location(file, note.region)}: ${note.message}
`);
    }
    if (plan.errors.length > 0) {
      failed = true;
      for (const error of plan.errors) io.stderr(`${location(file, error.region)}: error: ${error.message}
`);
      io.stderr(`${file}: left unchanged
`);
      continue;
    }
    if (plan.fixed === plan.original) continue;
    if (!args.write) {
      const [before, after] = patchLabels(absolute, cwd);
      io.stdout(createTwoFilesPatch(before, after, plan.original, plan.fixed, void 0, void 0, { context: 3, headerOptions: FILE_HEADERS_ONLY }));
      continue;
    }
    try {
      writeFileSafely(target, plan.fixed, { expected: Buffer.from(plan.original, "utf8"), inside: discovery.searchRoots.get(file), shownAs: file });
      io.stderr(`${file}: applied ${plan.applied.length} fix${plan.applied.length === 1 ? "" : "es"}
`);
    } catch (error) {
      failed = true;
      io.stderr(`${file}: error: ${error.message}
`);
    }
  }
  return { failed, plans };
}
function realPathOf(file) {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}
function patchLabels(absolute, cwd) {
  const relative = path.relative(cwd, absolute);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return [absolute, absolute];
  const posix = relative.split(path.sep).join("/");
  return [`a/${posix}`, `b/${posix}`];
}
function fileErrorText(error) {
  return `${error.file}${error.line ? `:${error.line}` : ""}: error: ${error.message}`;
}
function location(file, region) {
  return region ? `${file}:${region.startLine}:${region.startColumn}` : file;
}

// src/fix/digest-pins.ts
async function attachDigestPins(run, options) {
  const resolver = options.resolver ?? new RegistryClient({ insecureRegistries: options.insecureRegistries });
  const pins = /* @__PURE__ */ new Map();
  const pinErrors = [];
  for (const file of run.files) {
    const text = run.sources.get(file);
    if (text === void 0) continue;
    const unpinned = run.findings.filter((finding) => finding.file === file && finding.ruleId === "RA101");
    const model = await parseDockerfileText(text, file, { buildArgs: run.buildArgs });
    for (const outcome of await resolvePins(model, resolver, options.platform)) {
      const { region } = outcome.reference;
      if ("error" in outcome) pinErrors.push({ file, line: region.startLine, column: region.startColumn, message: outcome.error });
      if (!("fix" in outcome)) continue;
      for (const finding of unpinned) {
        if (finding.region.startLine === region.startLine && finding.region.startColumn === region.startColumn) pins.set(finding, outcome.fix);
      }
    }
  }
  const rank = new Map(run.files.map((file, index) => [file, index]));
  const errors = [...run.errors.map((error) => ({ error, pin: 1 })), ...pinErrors.map((error) => ({ error, pin: 0 }))].sort((a, b) => (rank.get(a.error.file) ?? -1) - (rank.get(b.error.file) ?? -1) || a.pin - b.pin).map(({ error }) => error);
  return { ...run, findings: run.findings.map((finding) => pins.has(finding) ? { ...finding, fix: pins.get(finding) } : finding), errors };
}
export {
  addChecksumCandidates,
  addChecksumFix,
  applyEdits,
  attachDigestPins,
  downloadSha256,
  fixFiles,
  isPinned,
  overlaps,
  pinImageFix,
  planFixes,
  resolvePins
};
