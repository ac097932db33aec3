import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  FILE_HEADERS_ONLY,
  createTwoFilesPatch
} from "./chunk-6C2XJSU3.js";
import {
  DEFAULT_MAX_FILE_BYTES,
  discoverDockerfiles,
  readDockerfile
} from "./chunk-XRFHUXE2.js";
import "./chunk-FEGTDJTX.js";
import {
  terminalLines
} from "./chunk-QQC64ZS2.js";
import {
  inertToRunner
} from "./chunk-HPV2A4AB.js";
import {
  applyEdits,
  insertionAt,
  resolvePins
} from "./chunk-XKAL7SY4.js";
import {
  parseDockerfile
} from "./chunk-2B2NMROS.js";
import {
  instructionsWithTriggers
} from "./chunk-Y7ESNACQ.js";
import {
  RegistryClient,
  RegistryError,
  defaultHttpOptions,
  fetchWithRetry,
  parsePlatform
} from "./chunk-5QYCCJXR.js";
import {
  writeFileSafely
} from "./chunk-O33AYLXZ.js";
import "./chunk-36S4BROV.js";

// src/fix/command.ts
import fs from "node:fs";
import path from "node:path";

// src/fix/add-checksum.ts
import { createHash } from "node:crypto";
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

// src/fix/plan.ts
async function planFixes(text, file, options) {
  const plan = { file, original: text, fixed: text, applied: [], notes: [], errors: [] };
  let model;
  try {
    model = parseDockerfile(text, file, { buildArgs: options.buildArgs });
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
  if (plan.errors.length > 0) return plan;
  const result = applyEdits(text, edits);
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

// src/fix/command.ts
async function runFix(args, io) {
  return (await runFixDetailed(args, io)).exitCode;
}
async function runFixDetailed(args, given) {
  const io = { stdout: (text) => given.stdout(inertToRunner(text)), stderr: (text) => given.stderr(terminalLines(text)) };
  if (args.platform !== void 0) {
    try {
      parsePlatform(args.platform);
    } catch (error) {
      io.stderr(`repro-audit fix: ${error.message}
`);
      return { exitCode: 2, plans: [] };
    }
  }
  if (args.paths.length === 0) {
    io.stderr("repro-audit fix: no Dockerfile given\n");
    return { exitCode: 2, plans: [] };
  }
  const resolver = args.resolver ?? new RegistryClient({ insecureRegistries: args.insecureRegistries });
  const plans = [];
  let failed = false;
  const cwd = args.cwd ?? process.cwd();
  const discovery = discoverDockerfiles(args.paths, cwd, args.ignorePaths ?? []);
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
    const plan = await planFixes(read.text, file, { ...args, resolver });
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
  return { exitCode: failed ? 1 : 0, plans };
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
export {
  runFix,
  runFixDetailed
};
