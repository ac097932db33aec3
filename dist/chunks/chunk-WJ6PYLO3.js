import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  code,
  comesFromBaseImage,
  hasOption,
  nixForAddUrl,
  nixForDownload,
  nixForGitClone,
  nixForImage,
  nixForNativeCpu,
  nixForPackages,
  nixOncePerInstall,
  normalizePythonName,
  packageOperationOf,
  parsePythonRequirement,
  splitArgs
} from "./chunk-L6P4OKFW.js";
import {
  require_picomatch
} from "./chunk-FEGTDJTX.js";
import {
  SEVERITIES
} from "./chunk-S6YZQCBU.js";
import {
  argumentsSource,
  argumentsText,
  commandName,
  findStage,
  instructionText,
  instructionsWithTriggers,
  isDownloader,
  isFullSha256Digest,
  isInterpreter,
  isShellName,
  isVerifier,
  isWindowsImage,
  managersOf,
  onbuildOf,
  packageManagerOf,
  parseImageName,
  programName,
  regionOfWords,
  shellCommands,
  stageChain,
  stageLabel
} from "./chunk-Y7ESNACQ.js";
import {
  __export,
  __toESM
} from "./chunk-36S4BROV.js";

// src/rules/kit.ts
var kit_exports = {};
__export(kit_exports, {
  argumentsSource: () => argumentsSource,
  argumentsText: () => argumentsText,
  code: () => code,
  comesFromBaseImage: () => comesFromBaseImage,
  commandName: () => commandName,
  contains: () => contains,
  defineRule: () => defineRule,
  downloadUrls: () => downloadUrls,
  findStage: () => findStage,
  hasOption: () => hasOption,
  instructionText: () => instructionText,
  instructionsWithTriggers: () => instructionsWithTriggers,
  isDownloader: () => isDownloader,
  isFullSha256Digest: () => isFullSha256Digest,
  isInterpreter: () => isInterpreter,
  isShellName: () => isShellName,
  isVerificationInput: () => isVerificationInput,
  isVerifier: () => isVerifier,
  isWindowsImage: () => isWindowsImage,
  locateContextFile: () => locateContextFile,
  managersOf: () => managersOf,
  nixForAddUrl: () => nixForAddUrl,
  nixForDownload: () => nixForDownload,
  nixForGitClone: () => nixForGitClone,
  nixForImage: () => nixForImage,
  nixForNativeCpu: () => nixForNativeCpu,
  nixForPackages: () => nixForPackages,
  nixOncePerInstall: () => nixOncePerInstall,
  normalizePythonName: () => normalizePythonName,
  packageManagerOf: () => packageManagerOf,
  packageOperationsOf: () => packageOperationsOf,
  parseImageName: () => parseImageName,
  presenceInStage: () => presenceInStage,
  programName: () => programName,
  readPipRequirements: () => readPipRequirements,
  regionOfWords: () => regionOfWords,
  shellCommands: () => shellCommands,
  shellDirectoryBefore: () => shellDirectoryBefore,
  splitArgs: () => splitArgs,
  stageChain: () => stageChain,
  stageLabel: () => stageLabel,
  unpinnedOsPackageRule: () => unpinnedOsPackageRule,
  urlText: () => urlText,
  workdirAt: () => workdirAt
});

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}

// src/rules/packages.ts
function* packageOperationsOf(model, managers) {
  for (const { instruction, command } of shellCommands(model)) {
    const operation = packageOperationOf(command);
    if (operation && managers.has(operation.manager)) yield { instruction, operation };
  }
}

// src/rules/os-package-rule.ts
function unpinnedOsPackageRule(options) {
  const managers = new Set(options.managers);
  return defineRule({
    id: options.id,
    name: options.name,
    summary: options.summary,
    severity: "warning",
    tags: options.tags,
    precision: "high",
    hadolint: options.hadolint,
    docs: options.docs,
    check({ model, report }) {
      for (const { instruction, operation } of packageOperationsOf(model, managers)) {
        if (operation.action !== "install") continue;
        const loose = operation.packages.filter((spec) => !spec.exact);
        if (loose.length === 0) continue;
        const nix = nixOncePerInstall(operation.manager, loose);
        for (const spec of loose) {
          const why = spec.version === void 0 ? "has no version" : `has ${code(spec.version)}, which is not one exact version`;
          report({
            region: spec.word.region,
            instruction,
            message: `${options.managers.length > 1 ? `\`${operation.manager}\` package` : "Package"} ${code(spec.name)} ${why}: each build installs whatever the mirror serves that day. Pin it (${code(options.pinExample(spec.name))}).`,
            nix: nix.of(spec)
          });
        }
      }
    }
  });
}

// src/shell/downloads.ts
var VERIFICATION_INPUT = /\.(asc|sig|sign|minisig|gpg|pgp|sha1|sha256|sha512|sha256sum|sha512sum|md5|sum|pub|pem|crt|key)$|\/(KEYS|gpg|gpgkey)$|\/pks\/lookup$|SHA256SUMS|SHA512SUMS|checksums?\.txt$/i;
function downloadUrls(command) {
  return command.argv.slice(1).filter((word) => /^(https?|ftp):\/\//i.test(word.value ?? word.raw.replace(/^["']/, "")));
}
function urlText(word) {
  return word.value ?? word.raw.replace(/^["']|["']$/g, "");
}
function isVerificationInput(url) {
  return VERIFICATION_INPUT.test(url.replace(/[?#].*$/, ""));
}
function contains(outer, inner) {
  return outer !== inner && outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;
}

// src/build-context/locate.ts
import path2 from "node:path";

// src/build-context/copies.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import path from "node:path";
var posix = path.posix;
function instructionsBefore(model, instruction) {
  const owner = onbuildOf(model, instruction);
  const anchor = owner ?? instruction;
  const stage = anchor.stage;
  if (!stage) return [];
  const before = stageChain(stage).slice(0, -1).flatMap((base) => base.instructions);
  for (const candidate of stage.instructions) {
    if (candidate === anchor) break;
    before.push(candidate);
  }
  if (owner) {
    for (const candidate of stage.instructions) {
      if (candidate.trigger) before.push(candidate.trigger);
      if (candidate === owner) break;
    }
    before.pop();
  }
  return before;
}
function workdirAt(model, instruction) {
  return workdirAfter(instructionsBefore(model, instruction));
}
function workdirAfter(instructions) {
  let workdir = "/";
  for (const instruction of instructions) {
    const keyword = instruction.trigger?.keyword ?? instruction.keyword;
    if (keyword !== "WORKDIR") continue;
    const arg = instruction.args[0];
    if (!arg) continue;
    workdir = posix.resolve(workdir, arg.value ?? arg.raw);
  }
  return workdir;
}
function transfersBefore(model, instruction) {
  const before = instructionsBefore(model, instruction);
  const transfers = [];
  before.forEach((candidate, index) => {
    if (candidate.keyword !== "COPY" && candidate.keyword !== "ADD") return;
    const transfer = transferOf(candidate, workdirAfter(before.slice(0, index)));
    if (transfer) transfers.push(transfer);
  });
  transfers.push(...bindMountsOf(instruction, workdirAfter(before)));
  return transfers;
}
function transferOf(instruction, workdir) {
  const bodyStart = instruction.heredocs[0]?.bodySpan.start ?? Infinity;
  const words = instruction.args.filter((arg) => arg.span.start < bodyStart).map((arg) => arg.value ?? arg.raw);
  if (words.length < 2) return void 0;
  const rawDestination = words[words.length - 1];
  const sources = words.slice(0, -1).map((source) => source.replace(/^\.\/(?=.)/, ""));
  const directory = rawDestination.endsWith("/") || rawDestination === "." || sources.length > 1;
  const resolved = posix.resolve(workdir, rawDestination);
  const destination = directory && resolved !== "/" ? `${resolved}/` : resolved;
  const from = instruction.flags.some((flag) => flag.name === "from");
  if (instruction.heredocs.length > 0) {
    return { instruction, sources, destination, origin: "heredoc", heredocBodies: new Map(instruction.heredocs.map((heredoc) => [heredoc.name, heredoc.body])) };
  }
  const url = sources.some((source) => /^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(source));
  return { instruction, sources, destination, origin: from ? "other-stage-or-image" : url ? "url" : "context" };
}
function bindMountsOf(instruction, workdir) {
  return instruction.flags.flatMap((flag) => {
    if (flag.name !== "mount") return [];
    const option = (key) => flag.options.find((candidate) => candidate.key === key)?.value;
    if ((option("type") ?? "bind") !== "bind") return [];
    const target = option("target") ?? option("dst") ?? option("destination");
    if (!target) return [];
    const source = (option("source") ?? option("src") ?? ".").replace(/^\/+/, "") || ".";
    const destination = posix.resolve(workdir, target);
    return [{
      instruction,
      // A bind mount of a file puts the file at the target itself; of a directory, beneath it.
      sources: [source],
      destination,
      origin: option("from") ? "other-stage-or-image" : "context"
    }];
  });
}
function transferReaching(transfers, containerPath) {
  for (let i = transfers.length - 1; i >= 0; i--) {
    const transfer = transfers[i];
    const match = matchTransfer(transfer, containerPath);
    if (match) return match;
  }
  return void 0;
}
function matchTransfer(transfer, target) {
  const { destination } = transfer;
  const candidates = [];
  if (transfer.origin === "heredoc") {
    for (const [name, body] of transfer.heredocBodies ?? []) {
      if (target === destination || target === posix.join(destination, name)) return { transfer, candidates, text: body.endsWith("\n") ? body : `${body}
` };
    }
    return void 0;
  }
  const asDirectory = destination.endsWith("/") ? destination : `${destination}/`;
  for (const source of transfer.sources) {
    const contextSource = source.replace(/^\/+/, "") || ".";
    if (!destination.endsWith("/") && target === destination) candidates.push(contextSource);
    if (!target.startsWith(asDirectory)) continue;
    const relative = target.slice(asDirectory.length);
    if (!relative.includes("/") && (posix.basename(contextSource) === relative || matchesGlob(posix.basename(contextSource), relative))) {
      candidates.push(posix.join(posix.dirname(contextSource), relative));
    } else {
      candidates.push(posix.join(contextSource, relative));
    }
  }
  return candidates.length > 0 ? { transfer, candidates: [...new Set(candidates)] } : void 0;
}
function isGlob(pattern) {
  return /[*?[\]]/.test(pattern);
}
function matchesGlob(pattern, name) {
  return isGlob(pattern) && import_picomatch.default.isMatch(name, pattern, { dot: true });
}

// src/build-context/locate.ts
var posix2 = path2.posix;
function locateContextFile(model, instruction, written, context, cwd) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return { found: false, reason: `it is fetched from a URL at build time` };
  const workdir = workdirAt(model, instruction);
  const directory = cwd ? posix2.resolve(workdir, cwd) : workdir;
  const containerPath = posix2.resolve(directory, written);
  const match = transferReaching(transfersBefore(model, instruction), containerPath);
  if (match?.text !== void 0) return { found: true, source: `the heredoc of the ${match.transfer.instruction.keyword} at line ${match.transfer.instruction.region.startLine}`, text: match.text };
  if (match && match.transfer.origin !== "context") {
    const where = match.transfer.origin === "url" ? "a URL" : "another stage or image";
    return { found: false, reason: `\`${containerPath}\` is copied from ${where} (${match.transfer.instruction.keyword} at line ${match.transfer.instruction.region.startLine}), not from the build context` };
  }
  const candidates = [...match?.candidates ?? [], written.replace(/^\/+/, "").replace(/^\.\//, ""), posix2.relative("/", containerPath), posix2.basename(written)];
  let unreadable;
  for (const candidate of new Set(candidates)) {
    if (candidate === "" || isGlob(candidate)) continue;
    const text = context.readText(candidate);
    if (text !== void 0) return { found: true, source: candidate, text };
    if (context.exists(candidate)) unreadable ??= candidate;
  }
  if (unreadable) return { found: false, reason: `\`${unreadable}\` is in the build context but could not be read (a directory, or over the 1 MiB limit for context files)` };
  return { found: false, reason: `it is not in the build context (looked for ${[...new Set(candidates)].filter(Boolean).map((candidate) => `\`${candidate}\``).join(", ")})` };
}
function presenceInStage(model, instruction, context, lockfiles, manifest) {
  let manifestSeen = false;
  let unverifiable;
  for (const transfer of transfersBefore(model, instruction)) {
    const where = `${transfer.instruction.keyword} at line ${transfer.instruction.region.startLine}`;
    if (transfer.origin === "heredoc") {
      const name = posix2.basename(transfer.destination);
      if (lockfiles.includes(name)) return { state: "copied", name };
      if (name === manifest) manifestSeen = true;
      continue;
    }
    for (const source of transfer.sources) {
      const base = posix2.basename(source);
      const glob = isGlob(base);
      const explicitLock = glob ? void 0 : lockfiles.find((name) => name === base);
      if (explicitLock) return { state: "copied", name: explicitLock };
      if (transfer.origin !== "context") {
        if (glob || !posix2.extname(base)) unverifiable ??= `${where} copies from ${transfer.origin === "url" ? "a URL" : "another stage or image"}`;
        continue;
      }
      if (base === manifest) {
        if (context.exists(source)) manifestSeen = true;
        else unverifiable ??= `\`${source}\` (${where}) is not in the audited build context`;
        continue;
      }
      if (!glob && posix2.extname(base) !== "" && base !== ".") continue;
      const directory = glob ? posix2.dirname(source) : source;
      const holds = (name) => (!glob || matchesGlob(base, name)) && context.exists(posix2.join(directory, name));
      const lock = lockfiles.find(holds);
      if (lock) return { state: "copied", name: lock };
      if (holds(manifest)) manifestSeen = true;
      else if (!context.exists(directory === "" ? "." : directory)) unverifiable ??= `\`${source}\` (${where}) is not in the audited build context`;
      else if (directory === "." || directory === "") {
        unverifiable ??= `the whole context is copied (${where}) but the audited context has no \`${manifest}\`, so it is probably not the one the build uses`;
      }
    }
  }
  if (manifestSeen) return { state: "absent" };
  return unverifiable ? { state: "unknown", reason: unverifiable } : { state: "absent" };
}
function shellDirectoryBefore(script, command) {
  const workdir = "/\0workdir";
  let directory = workdir;
  for (const candidate of script.commands) {
    if (candidate === command) break;
    if (candidate.argv[0]?.value !== "cd" || candidate.inSubstitution || candidate.parent !== command.parent) continue;
    const target = candidate.argv[1]?.value;
    directory = target === void 0 || target === "-" || target.startsWith("~") ? void 0 : target.startsWith("/") ? posix2.resolve(target) : directory === void 0 ? void 0 : posix2.resolve(directory, target);
  }
  if (directory === void 0 || directory === workdir) return void 0;
  return directory.startsWith(`${workdir}/`) ? directory.slice(workdir.length + 1) : directory;
}

// src/build-context/requirements.ts
import path3 from "node:path";
var MAX_DEPTH = 10;
var REFERENCES = {
  "-r": "requirements-file",
  "--requirement": "requirements-file",
  "-c": "constraints-file",
  "--constraint": "constraints-file",
  "-e": "editable",
  "--editable": "editable"
};
function readPipRequirements(model, instruction, operation, context) {
  const result = { fromFiles: [], constrained: /* @__PURE__ */ new Map(), unreadable: [] };
  const script = instruction.script;
  const cwd = script ? shellDirectoryBefore(script, operation.command) : void 0;
  const visited = /* @__PURE__ */ new Set();
  const visit = (word, kind, text, source, depth) => {
    if (visited.has(`${kind}:${source}`) || depth > MAX_DEPTH) return;
    visited.add(`${kind}:${source}`);
    for (const entry of parseRequirementsFile(text)) {
      if (entry.kind === "requirements-file" || entry.kind === "constraints-file") {
        const nestedKind = entry.kind === "requirements-file" ? "requirements" : "constraints";
        const nested = readNested(context, source, entry.text);
        if (nested) visit(word, nestedKind, nested.text, nested.source, depth + 1);
        else result.unreadable.push({ word, kind: nestedKind, written: entry.text, reason: `it is named on line ${entry.line} of ${code(source)} and is not in the build context` });
        continue;
      }
      const spec = parsePythonRequirement(entry.text, word);
      if (!spec) continue;
      if (kind === "constraints") {
        const name = normalizePythonName(spec.name);
        result.constrained.set(name, spec.exact || result.constrained.get(name) === true);
      } else {
        result.fromFiles.push({ spec, text: entry.text, file: source, line: entry.line });
      }
    }
  };
  const files = [
    ...operation.requirementFiles.map((word) => [word, "requirements"]),
    ...(operation.constraintFiles ?? []).map((word) => [word, "constraints"])
  ];
  for (const [word, kind] of files) {
    const written = word.value;
    if (written === void 0) {
      result.unreadable.push({ word, kind, written: word.raw, reason: "its path comes from a variable or command whose value is not known" });
      continue;
    }
    const located = locateContextFile(model, instruction, written, context, cwd);
    if (located.found) visit(word, kind, located.text, located.source, 0);
    else result.unreadable.push({ word, kind, written, reason: located.reason });
  }
  return result;
}
function readNested(context, parent, written) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(written)) return void 0;
  const base = /^the heredoc/.test(parent) ? "." : path3.posix.dirname(parent);
  for (const candidate of /* @__PURE__ */ new Set([path3.posix.join(base, written), written.replace(/^\/+/, ""), path3.posix.basename(written)])) {
    const text = context.readText(candidate);
    if (text !== void 0) return { source: candidate, text };
  }
  return void 0;
}
function parseRequirementsFile(text) {
  const entries = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    let logical = lines[index];
    while (logical.endsWith("\\") && index + 1 < lines.length) logical = logical.slice(0, -1) + lines[++index];
    const content = logical.replace(/(^|\s)#.*$/, "").trim();
    if (content === "") continue;
    if (content.startsWith("-")) {
      const option = /^(--?[A-Za-z-]+)(?:\s*=\s*|\s+)?(.*)$/.exec(content);
      const kind = option ? REFERENCES[option[1]] : void 0;
      if (kind && option[2]) entries.push({ line, kind, text: stripQuotes(beforeOption(option[2].trim(), /--?[A-Za-z]/y).trim()) });
      continue;
    }
    entries.push({ line, kind: "requirement", text: beforeOption(content, /--?[A-Za-z][A-Za-z-]*(?:[=\s]|$)/y).trim() });
  }
  return entries;
}
function beforeOption(text, option) {
  const blanks = /\s+/g;
  for (let run = blanks.exec(text); run; run = blanks.exec(text)) {
    option.lastIndex = blanks.lastIndex;
    if (option.test(text)) return text.slice(0, run.index);
  }
  return text;
}
function stripQuotes(text) {
  return text.replace(/^(['"])(.*)\1$/, "$2");
}

// rules/ra101-unpinned-image.ts
var USAGE = {
  from: "base image",
  "copy-from": "image copied from (`COPY --from`)",
  "mount-from": "image mounted (`RUN --mount=from=`)",
  syntax: "Dockerfile frontend (`# syntax=`)"
};
var ra101_unpinned_image_default = defineRule({
  id: "RA101",
  name: "unpinned-image",
  summary: "Image referenced by a tag instead of a digest",
  severity: "warning",
  tags: ["base-image", "supply-chain", "digest"],
  precision: "very-high",
  hadolint: ["DL3006", "DL3007"],
  docs: {
    why: [
      "A tag such as `node:20-alpine` is a pointer the publisher moves: every rebuild of the image, every",
      "security patch of Alpine, every new Node 20 release makes the same Dockerfile build on different",
      "bytes. `latest` and untagged references move with every release of any version. Only a digest",
      "(`@sha256:...`) names exactly one image, forever. The same holds for images used by `COPY --from=`,",
      "`RUN --mount=from=` and for the `# syntax=` frontend that parses the Dockerfile itself."
    ].join(" "),
    failing: "FROM node:20-alpine\nCOPY --from=golang:1.22 /usr/local/go /usr/local/go\n",
    passing: "FROM node:20-alpine@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446\nCOPY --from=golang:1.22@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3 /usr/local/go /usr/local/go\n",
    fix: [
      "Pin the digest and keep the tag for humans and update bots: `FROM node:20-alpine@sha256:<digest>`.",
      "`repro-audit fix --write Dockerfile` resolves each tag against its registry and writes the digest of",
      "the multi-platform index (so every architecture keeps working); let Renovate or Dependabot bump it.",
      "When the image comes from an ARG (`FROM $BASE`), pin the ARG default. Registries you control can be",
      "trusted in `.repro-audit.yml` with `trusted-registries`. `--platform linux/arm64` pins one platform's",
      "manifest instead of the index, for images that must only ever run there; the index digest is the",
      "default because a single-platform pin breaks every other architecture that builds the file."
    ].join(" "),
    nix: [
      "In a flake, the runtime comes from nixpkgs (`pkgs.nodejs_20`) and the image is built with",
      "`pkgs.dockerTools.buildLayeredImage`; `flake.lock` pins nixpkgs to one commit and its `narHash`, so",
      "the whole image, not just its base, is pinned by content. `repro-audit nixify` writes such a flake."
    ].join(" ")
  },
  check({ model, report, settings }) {
    for (const reference of model.imageReferences) {
      if (reference.kind !== "image") continue;
      const what = USAGE[reference.usage];
      const base = { region: reference.region, instruction: reference.instruction };
      if (reference.resolved === void 0) {
        report({
          ...base,
          severity: "note",
          message: `The ${what} ${code(reference.raw)} cannot be resolved: ${reference.unresolved.map((name2) => `\`${name2}\``).join(", ")} has no default value, so what it names is decided at build time; give it a default pinned by digest.`
        });
        continue;
      }
      const name = reference.name;
      if (!name) {
        if (reference.resolved.includes("@")) {
          report({ ...base, severity: "error", message: `The ${what} ${code(reference.raw)} has a digest that is not a full sha256 (\`sha256:\` and 64 hex digits), so it pins nothing.` });
        }
        continue;
      }
      if (settings.trustedRegistries.some((prefix) => reference.resolved.startsWith(prefix) || name.registry === prefix.replace(/\/+$/, ""))) continue;
      if (name.digest && isFullSha256Digest(name.digest)) continue;
      const shown3 = reference.raw === reference.resolved ? code(reference.raw) : `${code(reference.raw)} (= ${code(reference.resolved)})`;
      const nix = reference.usage === "syntax" ? void 0 : nixForImage(name, reference.resolved);
      if (name.digest) {
        report({ ...base, severity: "error", message: `The ${what} ${shown3} has a digest that is not a full sha256 (\`sha256:\` and 64 hex digits), so it pins nothing.`, nix });
      } else if (!name.tag) {
        report({ ...base, severity: "error", message: `The ${what} ${shown3} has no tag, which means \`latest\`: it changes with every release. Pin it by digest.`, nix });
      } else if (name.tag === "latest") {
        report({ ...base, severity: "error", message: `The ${what} ${shown3} uses \`latest\`, which changes with every release. Pin a version tag and its digest.`, nix });
      } else {
        report({ ...base, message: `The ${what} ${shown3} is a mutable tag: it can point to different images tomorrow. Pin it by digest (\`${name.familiar}:${name.tag}@sha256:...\`).`, nix });
      }
    }
  }
});

// rules/ra201-unpinned-apt-package.ts
var ra201_unpinned_apt_package_default = unpinnedOsPackageRule({
  id: "RA201",
  name: "unpinned-apt-package",
  summary: "apt-get/apt package installed without an exact version",
  managers: ["apt"],
  hadolint: ["DL3008"],
  tags: ["os-packages", "apt", "debian", "ubuntu"],
  pinExample: (name) => `${name}=<version>`,
  docs: {
    why: [
      "`apt-get install curl` installs the newest `curl` in the mirror at the time of the build, so the same",
      "Dockerfile yields different binaries from one week to the next, and a security update or a",
      "regression lands without any change to the file. `curl=8.*` and `curl/bookworm-backports` still float."
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl git=1:2.39.*\n",
    passing: "FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 git=1:2.39.5-0+deb12u2\n",
    fix: [
      "Write `name=version` with the full Debian version (`apt-cache policy curl` shows it). Old versions vanish",
      "from the regular mirrors, so also point `sources.list` at `snapshot.debian.org` for a fixed date, or",
      "build the image from a pinned base that already contains the packages."
    ].join(" "),
    nix: "List the packages in the image's `contents` (`pkgs.curl pkgs.git`); their versions are fixed by the nixpkgs revision in `flake.lock`, and the binary cache keeps every revision available."
  }
});

// rules/ra202-unpinned-apk-package.ts
var ra202_unpinned_apk_package_default = unpinnedOsPackageRule({
  id: "RA202",
  name: "unpinned-apk-package",
  summary: "apk package installed without an exact version",
  managers: ["apk"],
  hadolint: ["DL3018"],
  tags: ["os-packages", "apk", "alpine"],
  pinExample: (name) => `${name}=<version>-r<n>`,
  docs: {
    why: [
      "`apk add curl` installs the newest `curl` of the Alpine branch at build time. `curl~8.5` and",
      "`curl>=8` are ranges, not pins: they accept whatever release the repository has today."
    ].join(" "),
    failing: "FROM alpine:3.20\nRUN apk add --no-cache curl git~2.45\n",
    passing: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1 git=2.45.2-r0\n",
    fix: "Write `name=version-rN` with the exact package version (`apk policy curl` shows it). Alpine keeps only the latest revision of each package in a branch, so pin the base image by digest too, and plan to bump both together.",
    nix: "List the packages in the image's `contents` (`pkgs.curl pkgs.git`); the nixpkgs revision in `flake.lock` fixes their versions."
  }
});

// rules/ra203-unpinned-rpm-package.ts
var ra203_unpinned_rpm_package_default = unpinnedOsPackageRule({
  id: "RA203",
  name: "unpinned-rpm-package",
  summary: "dnf/yum/microdnf package or module installed without an exact version",
  managers: ["dnf", "yum", "microdnf"],
  hadolint: ["DL3033", "DL3041"],
  tags: ["os-packages", "dnf", "yum", "rhel", "fedora"],
  pinExample: (name) => `${name}-<version>-<release>`,
  docs: {
    why: [
      "`dnf install tomcat` installs the newest build in the enabled repositories, which change with every",
      "update push. A module stream (`dnf module install nodejs:20`) only fixes the major version."
    ].join(" "),
    failing: "FROM fedora:40\nRUN dnf install -y tomcat && dnf clean all\n",
    passing: "FROM fedora:40\nRUN dnf install -y tomcat-10.1.28-1.fc40 && dnf clean all\n",
    fix: "Write `name-version-release` (`dnf list --showduplicates tomcat` lists them). Group installs (`dnf group install`) cannot be pinned: list the packages you need instead.",
    nix: "List the packages in the image's `contents`; the nixpkgs revision in `flake.lock` fixes their versions."
  }
});

// rules/ra204-unpinned-zypper-package.ts
var ra204_unpinned_zypper_package_default = unpinnedOsPackageRule({
  id: "RA204",
  name: "unpinned-zypper-package",
  summary: "zypper package installed without an exact version",
  managers: ["zypper"],
  hadolint: ["DL3037"],
  tags: ["os-packages", "zypper", "opensuse"],
  pinExample: (name) => `${name}=<version>`,
  docs: {
    why: "`zypper install tomcat` installs the newest package in the repositories at build time; `tomcat>=9.0` is a range that accepts any later release, so the image changes whenever the repository does.",
    failing: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat && zypper clean\n",
    passing: "FROM opensuse/leap:15.6\nRUN zypper install -y tomcat=9.0.90 && zypper clean\n",
    fix: "Write `name=version` with one exact version (`zypper search -s tomcat` lists them), and pin the base image by digest.",
    nix: "List the packages in the image's `contents`; the nixpkgs revision in `flake.lock` fixes their versions."
  }
});

// rules/ra205-os-upgrade.ts
var OS_MANAGERS = managersOf("os");
var ra205_os_upgrade_default = defineRule({
  id: "RA205",
  name: "os-upgrade",
  summary: "Whole-system upgrade (apt-get upgrade, apk upgrade, dnf upgrade, zypper update)",
  severity: "warning",
  tags: ["os-packages", "upgrade"],
  precision: "very-high",
  docs: {
    why: [
      "`apt-get upgrade`, `apk upgrade`, `dnf upgrade` and `zypper update` replace whatever packages have newer",
      "builds on the mirror at build time. The result depends on the day of the build, not on the Dockerfile:",
      "two builds of the same commit a day apart can differ in hundreds of files."
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN apt-get update && apt-get -y dist-upgrade\n",
    passing: "FROM debian:bookworm@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8d6d5e8e5b0a6f5c7a\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311\n",
    fix: "Take security updates by moving to a newer base image digest (rebuilt by its publisher), not by upgrading inside the build. Install the few packages you need at exact versions.",
    nix: "Updating means moving the nixpkgs revision in `flake.lock` (`nix flake update`): an explicit, reviewable change that rebuilds exactly the affected packages."
  },
  check({ model, report }) {
    for (const { instruction, operation } of packageOperationsOf(model, OS_MANAGERS)) {
      if (operation.action !== "upgrade") continue;
      const name = operation.command.argv[0];
      const subcommand = operation.subcommand ?? name;
      const targets = operation.packages.length > 0 ? ` ${operation.packages.map((p) => code(p.name)).join(", ")}` : " every installed package";
      report({
        region: regionOfWords(model, subcommand),
        instruction,
        message: `${code(`${name.value} ${subcommand.value}`)} upgrades${targets} to whatever the mirror serves at build time; move to a newer pinned base image instead.`,
        nix: {
          summary: 'With Nix, an upgrade is a reviewed change of the nixpkgs revision in `flake.lock` (`nix flake update`), which rebuilds exactly what changed; the build itself never reaches for "newest".'
        }
      });
    }
  }
});

// rules/ra301-unpinned-python-package.ts
var PYTHON = managersOf("python");
function shown(spec) {
  const value = spec.word.value ?? spec.word.raw;
  return /\s/.test(value.trim()) ? requirementText(spec) : value;
}
function requirementText(spec) {
  return spec.version === void 0 ? spec.name : /^[=<>!~(]/.test(spec.version) ? `${spec.name}${spec.version}` : `${spec.name} @ ${spec.version}`;
}
function problem(spec, text, fromCommandLine) {
  const version = spec.version;
  const dynamic = fromCommandLine && spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
  if (version !== void 0 && /:\/\//.test(version) && !/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return `is a download URL without a hash: the file behind it can change. Append \`#sha256=<hash>\` so pip verifies it${dynamic}.`;
  }
  if (/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return version === void 0 ? `installs the default branch of a repository, which moves with every push. Pin a full commit: \`...@<40-hex commit>#egg=${spec.name}\`${dynamic}.` : `points at ${code(version)}, a tag or branch that can be moved. Pin the full commit it names: \`...@<40-hex commit>\`${dynamic}.`;
  }
  if (version === void 0) return `has no version: every build installs the newest release. Pin it: \`${spec.name}==<version>\`${dynamic}.`;
  return `has ${code(version)}, which is not one exact version. Pin it: \`${spec.name}==<version>\`${dynamic}.`;
}
function isPinned(spec, requirements, exactlyNamed) {
  const name = normalizePythonName(spec.name);
  return spec.exact || requirements.constrained.get(name) === true || exactlyNamed.has(name);
}
var ra301_unpinned_python_package_default = defineRule({
  id: "RA301",
  name: "unpinned-python-package",
  summary: "pip/uv/pipx package installed without an exact version (command line or requirements file)",
  severity: "warning",
  tags: ["language-packages", "python", "pip", "uv", "supply-chain"],
  precision: "high",
  hadolint: ["DL3013"],
  docs: {
    why: [
      "`pip install flask` installs the newest Flask on PyPI at the time of the build, and `flask>=2`,",
      "`flask~=2.3` or `flask==2.*` still let any future release in. A VCS requirement at a tag or branch",
      "(`git+https://...@v1.0`) follows whatever the tag points to today. `--upgrade` asks for the newest",
      "release on purpose. The same applies to every line of the requirements and constraints files the",
      "command reads, which repro-audit opens from the build context (following the COPY that put them in the image)."
    ].join(" "),
    failing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask "requests>=2.31"\n',
    passing: "FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir flask==3.0.3 requests==2.32.3\n",
    fix: [
      "Pin every requirement with `==` (`flask==3.0.3`), on the command line and in requirements files. Keep the",
      "full, transitive set in a lock: `pip-compile --generate-hashes` or `uv pip compile --generate-hashes`",
      "writes a requirements file with `==` pins and hashes for every dependency, and `pip install",
      "--require-hashes -r requirements.txt` installs exactly that. Pin VCS requirements to a full commit.",
      "Packages named on the command line may instead be pinned in a constraints file (`-c constraints.txt`).",
      "Drop `--upgrade` and pin the tool instead (`pip install pip==24.0`)."
    ].join(" "),
    nix: [
      "Take Python packages from nixpkgs (`python3.withPackages (ps: [ ps.flask ])`), or build the locked",
      "project with uv2nix/poetry2nix: every dependency is then a store path fixed by hash, and `flake.lock`",
      "pins the nixpkgs revision."
    ].join(" ")
  },
  check({ model, context, report }) {
    for (const { instruction, operation } of packageOperationsOf(model, PYTHON)) {
      if (operation.action === "install-lockfile") continue;
      if (operation.options.includes("--no-index")) continue;
      const requirements = readPipRequirements(model, instruction, operation, context);
      const upgrade = operation.action === "upgrade";
      const tool = code(operation.command.argv.slice(0, operation.command.argv.indexOf(operation.subcommand) + 1).map((word) => word.value ?? word.raw).join(" "));
      const exactlyNamed = new Set([...operation.packages, ...requirements.fromFiles.map(({ spec }) => spec)].filter((spec) => spec.exact).map((spec) => normalizePythonName(spec.name)));
      const unpinned = operation.packages.filter((spec) => !isPinned(spec, requirements, exactlyNamed) && !comesFromBaseImage(spec.word, instruction.variables));
      const fromFiles = requirements.fromFiles.filter(({ spec }) => !isPinned(spec, requirements, exactlyNamed));
      const constraintsUnreadable = requirements.unreadable.filter((item) => item.kind === "constraints");
      const nix = nixOncePerInstall(operation.manager, [...unpinned, ...fromFiles.map(({ spec }) => spec)]);
      if (upgrade && operation.packages.length === 0 && operation.requirementFiles.length === 0 && operation.subcommand) {
        report({
          region: operation.subcommand.region,
          instruction,
          message: `${tool} upgrades every installed tool to its newest release at build time. Install each at an exact version instead.`,
          nix: nix.whole
        });
      }
      if (constraintsUnreadable.length > 0 && unpinned.length > 0) {
        for (const item of constraintsUnreadable) {
          report({
            region: item.word.region,
            instruction,
            severity: "note",
            message: `${unpinned.map((spec) => code(spec.name)).join(", ")} may be pinned by the constraints file ${code(item.written)}, which could not be checked: ${item.reason}.`
          });
        }
      } else {
        for (const spec of unpinned) {
          const message2 = upgrade ? `${tool} with \`--upgrade\` installs the newest release of ${code(shown(spec))} allowed at build time; pin it instead (\`${spec.name}==<version>\`).` : `Python package ${code(shown(spec))} ${problem(spec, shown(spec), true)}`;
          report({ region: spec.word.region, instruction, message: message2, nix: nix.of(spec) });
        }
      }
      for (const { spec, text, file, line } of fromFiles) {
        report({
          region: spec.word.region,
          instruction,
          // The line is in the requirements file, not the Dockerfile: edits above the RUN never change it.
          message: `${code(file)} line ${line}: ${code(text)} ${problem(spec, text, false)}`,
          properties: { requirementsFile: file, requirementsLine: line },
          nix: nix.of(spec)
        });
      }
      for (const item of requirements.unreadable.filter((candidate) => candidate.kind === "requirements")) {
        report({
          region: item.word.region,
          instruction,
          severity: "note",
          message: `The requirements file ${code(item.written)} could not be checked for pins: ${item.reason}.`
        });
      }
    }
  }
});

// rules/ra302-unpinned-node-package.ts
var NODE = managersOf("javascript");
function shown2(spec) {
  const value = (spec.word.value ?? spec.word.raw).trim();
  return /\s/.test(value) || value === "" ? spec.version === void 0 ? spec.name : `${spec.name}@${spec.version}` : value;
}
function problem2(spec) {
  const dynamic = spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
  const git = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec.name) || /\.git$/.test(spec.name) || /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(spec.name);
  if (git) {
    return spec.version === void 0 ? `installs the default branch of a git repository, which moves with every push. Pin a full commit: ${code(`${spec.name}#<40-hex commit>`)}${dynamic}.` : `points at ${code(spec.version)}, a git tag, branch or range that can move. Pin the full commit: ${code(`${spec.name}#<40-hex commit>`)}${dynamic}.`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec.name)) return `is a tarball URL: the file behind it can be replaced and nothing checks it. Install a registry version (\`name@1.2.3\`) instead${dynamic}.`;
  if (spec.version === void 0) return `has no version: every build installs whatever is \`latest\` on the registry that day. Pin it: ${code(`${spec.name}@<version>`)}${dynamic}.`;
  if (spec.version === "latest" || /^[A-Za-z][\w.-]*$/.test(spec.version)) {
    return `uses the dist-tag ${code(spec.version)}, which the publisher moves with each release. Pin a version: ${code(`${spec.name}@<version>`)}${dynamic}.`;
  }
  return `has ${code(spec.version)}, a range rather than one version. Pin it: ${code(`${spec.name}@<version>`)}${dynamic}.`;
}
var ra302_unpinned_node_package_default = defineRule({
  id: "RA302",
  name: "unpinned-node-package",
  summary: "npm/yarn/pnpm/bun package added without an exact version",
  severity: "warning",
  tags: ["language-packages", "javascript", "npm", "yarn", "pnpm", "bun", "supply-chain"],
  precision: "high",
  hadolint: ["DL3016"],
  docs: {
    why: [
      "`npm install -g typescript` installs whatever version carries the `latest` dist-tag on the day of the build;",
      "`typescript@5`, `typescript@^5.4.0` and `typescript@next` float the same way, and a git dependency at a branch",
      "or tag (`github:user/repo#v1`) follows whatever the branch or tag points to. Packages named on the command line",
      "are not covered by the project lockfile. `npm update` / `yarn upgrade` / `pnpm update` move to newer versions on purpose."
    ].join(" "),
    failing: "FROM node:20-bookworm-slim\nRUN npm install -g typescript pnpm@^9\n",
    passing: "FROM node:20-bookworm-slim\nRUN npm install -g typescript@5.4.5 pnpm@9.1.0\n",
    fix: [
      "Name an exact version for every package added on the command line (`npm install -g typescript@5.4.5`,",
      "`yarn global add serve@14.2.3`, `pnpm add -g pnpm@9.1.0`, `bun add zod@3.23.8`), and a full commit for git",
      "dependencies (`github:user/repo#<40-hex commit>`). Better still, declare the tools in `package.json` and",
      "install them from the lockfile with `npm ci`. Replace `npm update` by a lockfile change committed to the repository."
    ].join(" "),
    nix: [
      "Take Node tools from nixpkgs (`pkgs.nodePackages.*`, `pkgs.typescript`), or build the project with",
      "`buildNpmPackage`, whose `npmDepsHash` fixes every dependency by content; `flake.lock` pins the nixpkgs revision."
    ].join(" ")
  },
  check({ model, report }) {
    for (const { instruction, operation } of packageOperationsOf(model, NODE)) {
      const command = `${operation.command.argv[0]?.value ?? operation.manager}${operation.subcommand ? ` ${operation.subcommand.value ?? operation.subcommand.raw}` : ""}`;
      if (operation.action === "upgrade") {
        const loose2 = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, instruction.variables));
        if (operation.packages.length === 0 && operation.subcommand) {
          report({
            region: regionOfWords(model, operation.subcommand),
            instruction,
            message: `${code(command)} moves every dependency to the newest version its range allows at build time (and rewrites the lockfile). Update the lockfile in the repository instead and install it with a frozen install.`,
            nix: nixForPackages(operation.manager, [])
          });
        }
        for (const spec of loose2) {
          report({
            region: spec.word.region,
            instruction,
            message: `${code(command)} moves ${code(spec.name)} to the newest version allowed at build time. Install an exact version instead: ${code(`${spec.name}@<version>`)}.`,
            nix: nixForPackages(operation.manager, [spec.name])
          });
        }
        continue;
      }
      if (operation.action !== "install") continue;
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, instruction.variables));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall(operation.manager, loose);
      for (const spec of loose) {
        report({
          region: spec.word.region,
          instruction,
          message: `\`${operation.manager}\` package ${code(shown2(spec))} ${problem2(spec)}`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra303-lockfile-not-enforced.ts
var LOCKFILE_VERBS = /* @__PURE__ */ new Set(["ci", "clean-install", "install-clean", "isntall-clean", "ic"]);
var has = (operation, ...options) => operation.options.some((option) => options.includes(option));
var setting = (operation, variables, name) => [...operation.command.assignments.filter((assignment) => assignment.name === name).map((assignment) => assignment.value), variables.get(name)].some((value) => /^(1|true)$/i.test(value ?? ""));
var MANAGERS = {
  npm: {
    lockfiles: ["package-lock.json", "npm-shrinkwrap.json"],
    frozen: "`npm ci`",
    enforced: (operation) => LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  },
  yarn: {
    lockfiles: ["yarn.lock"],
    frozen: "`yarn install --frozen-lockfile` (Yarn 1) or `yarn install --immutable` (Yarn 2+)",
    enforced: (operation, variables) => has(operation, "--frozen-lockfile", "--immutable") || setting(operation, variables, "YARN_ENABLE_IMMUTABLE_INSTALLS")
  },
  pnpm: {
    lockfiles: ["pnpm-lock.yaml"],
    frozen: "`pnpm install --frozen-lockfile`",
    enforced: (operation) => has(operation, "--frozen-lockfile") && !has(operation, "--no-frozen-lockfile") || LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  },
  bun: {
    lockfiles: ["bun.lock", "bun.lockb"],
    frozen: "`bun install --frozen-lockfile`",
    enforced: (operation) => has(operation, "--frozen-lockfile") || LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  }
};
var NODE2 = new Set(Object.keys(MANAGERS));
function message(command, facts, presence) {
  const lockfiles = facts.lockfiles.map((name) => code(name)).join(" or ");
  switch (presence.state) {
    case "copied":
      return `${code(command)} does not enforce ${code(presence.name)}: when it and \`package.json\` disagree it resolves new versions and rewrites the lockfile instead of failing. Use ${facts.frozen}.`;
    case "absent":
      return `${code(command)} runs without a lockfile: no ${lockfiles} is copied into this stage before it, so every build resolves the newest versions \`package.json\` allows. Commit the lockfile, COPY it with \`package.json\`, and use ${facts.frozen}.`;
    case "unknown":
      return `${code(command)} does not enforce the lockfile, so versions can drift from it; use ${facts.frozen} (and make sure ${lockfiles} is copied before it: ${presence.reason}).`;
  }
}
var ra303_lockfile_not_enforced_default = defineRule({
  id: "RA303",
  name: "lockfile-not-enforced",
  summary: "npm install / yarn / pnpm / bun install without enforcing the lockfile (or with no lockfile in the build)",
  severity: "warning",
  tags: ["language-packages", "javascript", "lockfile", "npm", "yarn", "pnpm", "bun"],
  precision: "high",
  docs: {
    why: [
      "A lockfile fixes every direct and transitive dependency to one version and checksum, but only a frozen",
      "install holds the build to it: `npm install`, `yarn install`, `pnpm install` and `bun install` quietly",
      "resolve new versions (and rewrite the lockfile) whenever it does not match `package.json`. Without a lockfile",
      "in the build at all, every build resolves the newest versions the ranges in `package.json` allow."
    ].join(" "),
    failing: "FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n",
    passing: "FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n",
    fix: [
      "Commit the lockfile, COPY it together with `package.json`, and install with `npm ci`, `yarn install",
      "--frozen-lockfile` (Yarn 1) / `yarn install --immutable` (Yarn 2+), `pnpm install --frozen-lockfile` or",
      "`bun install --frozen-lockfile`. These fail when the lockfile is out of date instead of drifting."
    ].join(" "),
    nix: [
      "`buildNpmPackage` (with `npmDepsHash`), `mkYarnPackage`/`yarn2nix`, or `pnpm.fetchDeps` fetch exactly the",
      "lockfile's dependencies into a fixed-output derivation: a changed dependency changes the hash and fails the build."
    ].join(" ")
  },
  check({ model, context, report }) {
    for (const { instruction, operation } of packageOperationsOf(model, NODE2)) {
      if (operation.action !== "install-lockfile") continue;
      const facts = MANAGERS[operation.manager];
      if (facts.enforced(operation, instruction.variables)) continue;
      const name = operation.command.argv[0];
      const command = [name, operation.subcommand].filter((word) => word !== void 0).map((word) => word.value ?? word.raw).join(" ");
      const presence = presenceInStage(model, instruction, context, facts.lockfiles, "package.json");
      report({
        region: regionOfWords(model, operation.subcommand ?? name),
        instruction,
        message: message(command, facts, presence),
        nix: nixForPackages(operation.manager, [])
      });
    }
  }
});

// rules/ra304-unpinned-ruby-gem.ts
var GEM = /* @__PURE__ */ new Set(["gem"]);
var ra304_unpinned_ruby_gem_default = defineRule({
  id: "RA304",
  name: "unpinned-ruby-gem",
  summary: "gem install without an exact version, or gem update",
  severity: "warning",
  tags: ["language-packages", "ruby", "gem", "supply-chain"],
  precision: "high",
  hadolint: ["DL3028"],
  docs: {
    why: [
      '`gem install bundler` installs the newest release on rubygems.org at the time of the build; `-v "~> 2.5"`',
      'and `-v ">= 2"` are ranges that let every future release in. `gem update` (and `gem update --system`',
      "without a version) upgrades installed gems, or RubyGems itself, to whatever is newest that day."
    ].join(" "),
    failing: 'FROM ruby:3.3-slim\nRUN gem install bundler rails -v "~> 7.1"\n',
    passing: "FROM ruby:3.3-slim\nRUN gem install bundler:2.5.11 && gem install rails -v 7.1.3.4\n",
    fix: [
      "Give each gem one exact version: `gem install bundler:2.5.11` or `gem install bundler -v 2.5.11`. Update",
      "RubyGems to a named version (`gem update --system 3.5.11`). Application gems belong in a `Gemfile.lock`",
      "installed with `bundle install` under `BUNDLE_FROZEN=true` (or `--deployment`)."
    ].join(" "),
    nix: "Take gems from nixpkgs (`pkgs.rubyPackages.*`) or build the bundle with `bundlerEnv`/`bundix`, which fixes every gem of `Gemfile.lock` by hash."
  },
  check({ model, report }) {
    for (const { instruction, operation } of packageOperationsOf(model, GEM)) {
      if (operation.action === "upgrade") {
        const system = operation.options.includes("--system");
        if (system && operation.packages.length > 0 && operation.packages.every((spec) => spec.exact)) continue;
        const subject = system ? "RubyGems itself" : operation.packages.length > 0 ? operation.packages.map((spec) => code(spec.name)).join(", ") : "every installed gem";
        const remedy = system ? "Name the version: `gem update --system <version>`." : "Install exact versions instead (`gem install name:<version>`).";
        report({
          region: regionOfWords(model, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          message: `\`gem update${system ? " --system" : ""}\` upgrades ${subject} to the newest release at build time. ${remedy}`,
          nix: nixForPackages("gem", operation.packages.filter(() => !system).map((spec) => spec.name))
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, instruction.variables));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall("gem", loose);
      for (const spec of loose) {
        const dynamic = spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
        const why = spec.version === void 0 || spec.version === "" ? `has no version: every build installs the newest release on the gem server${dynamic}.` : `has ${code(spec.version)}, a requirement that allows more than one version${dynamic}.`;
        report({
          region: spec.word.region,
          instruction,
          message: `Gem ${code(spec.name)} ${why} Pin it: ${code(`gem install ${spec.name}:<version>`)} or ${code(`-v <version>`)}.`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra305-unpinned-go-module.ts
var GO = /* @__PURE__ */ new Set(["go"]);
function problem3(spec, verb) {
  const dynamic = spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
  const version = spec.version;
  if (version === void 0) {
    return verb === "get" ? `has no version: \`go get\` upgrades it to the latest release at build time${dynamic}.` : `has no version: it builds whatever the surrounding \`go.mod\` requires, or fails outside a module (older Go fetches the default branch)${dynamic}.`;
  }
  if (version === "latest" || version === "upgrade" || version === "patch") return `asks for ${code(`@${version}`)}, which resolves to a new release whenever one is published${dynamic}.`;
  if (/^v?\d+(\.\d+)?$/.test(version) || /^[<>]/.test(version)) return `asks for ${code(`@${version}`)}, a version query that resolves to the newest matching release${dynamic}.`;
  if (/^[0-9a-f]{7,39}$/.test(version)) return `uses the abbreviated commit ${code(version)}; write the full commit or the pseudo-version Go resolves it to${dynamic}.`;
  return `asks for ${code(`@${version}`)}, a branch or tag name that can move${dynamic}.`;
}
var ra305_unpinned_go_module_default = defineRule({
  id: "RA305",
  name: "unpinned-go-module",
  summary: "go install/get/run of a module without an exact version, or go get -u",
  severity: "warning",
  tags: ["language-packages", "go", "supply-chain"],
  precision: "high",
  hadolint: ["DL3062"],
  docs: {
    why: [
      "`go install golang.org/x/tools/gopls@latest` builds whatever release is newest on the day of the build; `@main`",
      "follows a branch, `@v1` or `@v1.2` are queries for the newest matching release, and `go get -u` upgrades",
      "every dependency past what `go.mod` records. Only a full semantic version (`@v0.16.1`), a pseudo-version or a",
      "full commit names one module version, which the checksum database then guarantees byte for byte."
    ].join(" "),
    failing: "FROM golang:1.22-bookworm\nRUN go install golang.org/x/tools/gopls@latest\n",
    passing: "FROM golang:1.22-bookworm\nRUN go install golang.org/x/tools/gopls@v0.16.1\n",
    fix: [
      "Write the exact version: `go install golang.org/x/tools/gopls@v0.16.1`. Build your own module from its",
      "committed `go.mod`/`go.sum` (`go build ./...`, `go mod download`) instead of `go get -u`; record tool",
      "dependencies with `go get -tool name@vX.Y.Z` in the repository, not in the Dockerfile."
    ].join(" "),
    nix: "Take Go tools from nixpkgs (`pkgs.gopls`), or build with `buildGoModule`, whose `vendorHash` fixes every module by content."
  },
  check({ model, report }) {
    for (const { instruction, operation } of packageOperationsOf(model, GO)) {
      const verb = operation.subcommand?.value ?? "install";
      if (operation.action === "upgrade") {
        report({
          region: regionOfWords(model, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          message: `\`go get -u\` upgrades ${operation.packages.length > 0 ? operation.packages.map((spec) => code(spec.name)).join(", ") + " and their" : "the"} dependencies to the newest releases at build time, past what \`go.mod\` records. Commit the upgraded \`go.mod\`/\`go.sum\` instead.`,
          nix: nixForPackages("go", operation.packages.map((spec) => spec.name))
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, instruction.variables));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall("go", loose);
      for (const spec of loose) {
        report({
          region: spec.word.region,
          instruction,
          message: `\`go ${verb}\` of ${code(spec.name)} ${problem3(spec, verb)} Pin it: ${code(`${spec.name}@vX.Y.Z`)}.`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra306-unpinned-cargo-install.ts
var CARGO = /* @__PURE__ */ new Set(["cargo"]);
var ra306_unpinned_cargo_install_default = defineRule({
  id: "RA306",
  name: "unpinned-cargo-install",
  summary: "cargo install without an exact --version (or git --rev), or without --locked",
  severity: "warning",
  tags: ["language-packages", "rust", "cargo", "supply-chain"],
  precision: "high",
  docs: {
    why: [
      "`cargo install ripgrep` installs the newest release on crates.io at build time, and `--version 14` is a",
      "requirement (`^14`). Even at an exact version, `cargo install` ignores the crate's `Cargo.lock` unless",
      "given `--locked`, so every dependency floats to the newest semver-compatible release. `--git` follows the",
      "default branch, or a `--branch`/`--tag` that can move, unless `--rev` names a full commit."
    ].join(" "),
    failing: "FROM rust:1.79-bookworm\nRUN cargo install ripgrep\n",
    passing: "FROM rust:1.79-bookworm\nRUN cargo install --locked ripgrep@14.1.0\n",
    fix: [
      "Install an exact version with the published lockfile: `cargo install --locked ripgrep@14.1.0` (or",
      "`--version =14.1.0`). For git sources use `--git URL --rev <40-hex commit> --locked`; for local sources",
      "`cargo install --locked --path .`."
    ].join(" "),
    nix: "Take the tool from nixpkgs (`pkgs.ripgrep`), or build the crate with `rustPlatform.buildRustPackage` and its `cargoHash`/`cargoLock`, which fixes every dependency by content."
  },
  check({ model, report }) {
    for (const { instruction, operation } of packageOperationsOf(model, CARGO)) {
      const git = operation.options.includes("--git");
      const path5 = operation.packages.length === 0;
      for (const spec of operation.packages.filter((candidate) => !candidate.exact && !comesFromBaseImage(candidate.word, instruction.variables))) {
        const dynamic = spec.word.value === void 0 ? " (part of it comes from a variable with no value, which is empty unless `--build-arg` sets it)" : "";
        const message2 = git ? spec.version === void 0 ? `\`cargo install --git\` of ${code(spec.name)} builds the default branch (or a \`--branch\`/\`--tag\` that can move)${dynamic}. Pin the commit: \`--rev <40-hex commit>\`.` : `\`cargo install --git\` of ${code(spec.name)} uses \`--rev ${spec.version}\`, not a full commit${dynamic}. Write the full 40-hex commit.` : spec.version === void 0 ? `\`cargo install\` of ${code(spec.name)} has no version: every build installs the newest release on crates.io${dynamic}. Pin it: ${code(`${spec.name}@<x.y.z>`)}.` : `\`cargo install\` of ${code(spec.name)} asks for ${code(spec.version)}, a requirement that allows newer releases${dynamic}. Write one version: ${code(`${spec.name}@<x.y.z>`)}.`;
        report({ region: spec.word.region, instruction, message: message2, nix: nixForPackages("cargo", git ? [] : [spec.name]) });
      }
      if (!operation.options.includes("--locked") && !operation.options.includes("--frozen")) {
        const what = path5 ? "local sources" : operation.packages.map((spec) => code(spec.name)).join(", ");
        report({
          region: regionOfWords(model, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          message: `\`cargo install\` of ${what} without \`--locked\` ignores \`Cargo.lock\` and resolves every dependency to the newest compatible release at build time. Add \`--locked\`.`,
          nix: nixForPackages("cargo", path5 || git ? [] : operation.packages.map((spec) => spec.name))
        });
      }
    }
  }
});

// rules/ra401-pipe-to-shell.ts
var ra401_pipe_to_shell_default = defineRule({
  id: "RA401",
  name: "pipe-to-shell",
  summary: "Script downloaded and executed in one step (curl | sh)",
  severity: "error",
  tags: ["download", "supply-chain", "curl"],
  precision: "very-high",
  docs: {
    why: [
      "`curl -fsSL https://example.com/install.sh | sh` runs whatever the server returns at build time, unread",
      'and unverified. Installer scripts change without notice and usually install "the latest" of something',
      "themselves, so the image differs from build to build, and a compromised server owns the build.",
      'The same holds for `sh -c "$(curl ...)"` and `bash <(curl ...)`.'
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n",
    passing: [
      "FROM debian:bookworm",
      "RUN curl -fsSLo /tmp/setup.sh https://deb.nodesource.com/setup_20.x \\",
      ' && echo "6b5d8e2e8c4a0a3f27e5c4f5d3b6c1e0a9f8e7d6c5b4a39281706f5e4d3c2b1a  /tmp/setup.sh" | sha256sum -c - \\',
      " && bash /tmp/setup.sh",
      ""
    ].join("\n"),
    fix: "Download the script to a file, verify it against a checksum you recorded (`sha256sum -c`), then run it; better, install the tool it installs from a pinned package or release archive with a checksum.",
    nix: 'Installers are replaced by the nixpkgs package (`pkgs.nodejs_20`, `pkgs.rustup`, ...); anything else is fetched with `pkgs.fetchurl { url = ...; hash = "sha256-..."; }`, which fails the build if the bytes change.'
  },
  check({ model, report }) {
    for (const { instruction, command } of shellCommands(model)) {
      if (!isInterpreter(command)) continue;
      const piped = command.pipeline.slice(0, command.pipelineIndex).find(isDownloader);
      const substituted = piped ? void 0 : instruction.script?.commands.find((other) => other.inSubstitution && isDownloader(other) && contains(command, other));
      const downloader = piped ?? substituted;
      if (!downloader) continue;
      const url = downloadUrls(downloader)[0];
      const start = Math.min(downloader.span.start, command.span.start);
      const end = Math.max(downloader.span.end, command.span.end);
      report({
        region: model.positions.regionOf({ start, end }),
        instruction,
        message: `${url ? code(urlText(url)) : "A download"} is executed by \`${commandName(command)}\` straight from \`${commandName(downloader)}\`, unverified: the build runs whatever the server sends that day. Download to a file, check its sha256, then run it.`,
        nix: nixForDownload(url ? urlText(url) : void 0, commandName(command))
      });
    }
  }
});

// rules/ra402-unverified-download.ts
function isUsed(command) {
  const name = commandName(command);
  const args = command.argv.slice(1).map((word) => word.value ?? "");
  if (args.some((arg) => arg === "--spider" || arg === "-I" || arg === "--head")) return false;
  if (command.pipeline.length > command.pipelineIndex + 1) return true;
  if (command.redirects.some((redirect) => redirect.operator.startsWith(">") && redirect.target?.value !== "/dev/null")) return true;
  if (name === "wget" || name === "aria2c" || name === "fetch") return true;
  return args.some((arg) => /^(-[a-zA-Z]*[oO][a-zA-Z]*|--output|--remote-name|--remote-name-all|--output-dir)$/.test(arg) || arg.startsWith("--output="));
}
var ra402_unverified_download_default = defineRule({
  id: "RA402",
  name: "unverified-download",
  summary: "File downloaded in RUN and used without a checksum or signature check",
  severity: "warning",
  tags: ["download", "supply-chain", "checksum"],
  precision: "high",
  docs: {
    why: [
      "A `curl -o` or `wget` in a RUN fetches whatever the server returns at build time. Release files get",
      "re-uploaded, mirrors serve stale or tampered copies, and `latest` URLs move. Without a checksum or",
      "signature check (in the same RUN or a later one), nothing tells the build that the bytes changed."
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz && tar -C /usr/local -xzf /tmp/go.tgz\n",
    passing: [
      "FROM debian:bookworm",
      "RUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz \\",
      ' && echo "904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0  /tmp/go.tgz" | sha256sum -c - \\',
      " && tar -C /usr/local -xzf /tmp/go.tgz",
      ""
    ].join("\n"),
    fix: 'Record the file\'s sha256 next to its URL (an ARG or ENV) and check it in the same RUN: `echo "$SHA256  file" | sha256sum -c -`, or verify a detached signature with `gpg --verify`. For a single file, `ADD --checksum=sha256:... <url> <dest>` does both.',
    nix: '`pkgs.fetchurl { url = ...; hash = "sha256-..."; }` (or the nixpkgs package, when the download is a known tool): the hash is part of the derivation, so changed bytes fail the build.'
  },
  check({ model, report }) {
    for (const { instruction, command } of shellCommands(model)) {
      if (!isDownloader(command) || !isUsed(command)) continue;
      if (command.pipeline.slice(command.pipelineIndex + 1).some(isInterpreter)) continue;
      const urls = downloadUrls(command).filter((word) => !isVerificationInput(urlText(word)));
      if (urls.length === 0) continue;
      const later = [...shellCommands(model)].filter(({ command: other }) => other.span.start >= command.span.start || other.pipeline === command.pipeline);
      if (later.some(({ command: other }) => isVerifier(other))) continue;
      for (const url of urls) {
        report({
          region: url.region,
          instruction,
          message: `${code(urlText(url))} is downloaded by \`${commandName(command)}\` and used without a checksum or signature check in this RUN: if the server's bytes change, the build silently changes too.`,
          nix: nixForDownload(urlText(url))
        });
      }
    }
  }
});

// rules/ra403-add-url-without-checksum.ts
var ra403_add_url_without_checksum_default = defineRule({
  id: "RA403",
  name: "add-url-without-checksum",
  summary: "ADD <url> without --checksum",
  severity: "warning",
  tags: ["download", "supply-chain", "checksum", "add"],
  precision: "very-high",
  docs: {
    why: "`ADD https://...` downloads the file at build time and trusts whatever arrives. BuildKit can verify it (`ADD --checksum=sha256:<hex>`), and fails the build when the bytes differ; without it, a re-uploaded release or a moved `latest` link changes the image silently.",
    failing: "FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n",
    passing: "FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n",
    fix: "Add `--checksum=sha256:<hex>` (needs `# syntax=docker/dockerfile:1.6` or later). `repro-audit fix --network --write` downloads the file once and writes the flag for you.",
    nix: '`pkgs.fetchurl { url = ...; hash = "sha256-..."; }` puts the file in the store by content; copy it into the image with `copyToRoot`.'
  },
  check({ model, report }) {
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword !== "ADD" || instruction.form === "none") continue;
      if (instruction.flags.some((flag) => flag.name === "checksum" && flag.value)) continue;
      const sources = instruction.args.slice(0, -1);
      for (const source of sources) {
        const url = source.value ?? source.raw;
        if (!/^https?:\/\//i.test(url) || /\.git(#|$)/.test(url)) continue;
        report({
          region: model.positions.regionOf(source.span),
          instruction,
          message: `${code(url)} is downloaded by ADD without \`--checksum\`: the build accepts whatever bytes the server returns. Add \`--checksum=sha256:...\`.`,
          nix: nixForAddUrl(url)
        });
      }
    }
  }
});

// rules/ra404-git-clone-without-commit.ts
var COMMIT = /^[0-9a-f]{40}$/;
var GIT_OPTIONS = /* @__PURE__ */ new Set(["-C", "-c", "--git-dir", "--work-tree", "--namespace"]);
var CLONE_OPTIONS = /* @__PURE__ */ new Set(["-b", "--branch", "--depth", "-o", "--origin", "-u", "--upload-pack", "--reference", "--separate-git-dir", "-j", "--jobs", "--filter", "--shallow-since", "--shallow-exclude", "-c", "--config", "--template", "--recurse-submodules"]);
function gitSubcommand(command) {
  if (commandName(command) !== "git") return void 0;
  const split = splitArgs(command.argv.slice(1), GIT_OPTIONS);
  const [verb, ...rest] = split.positionals;
  if (!verb?.value) return void 0;
  const start = command.argv.indexOf(verb);
  return { verb: verb.value, args: command.argv.slice(start + 1).filter((word) => rest.includes(word) || word.value?.startsWith("-")) };
}
function pinsCommit(command) {
  const git = gitSubcommand(command);
  if (!git || !["checkout", "reset", "switch", "fetch"].includes(git.verb)) return void 0;
  const refs = git.args.filter((word) => !(word.value ?? "").startsWith("-") && word.value !== "origin" && word.value !== "--");
  if (refs.some((word) => word.value === void 0)) return "unknown";
  if (refs.some((word) => COMMIT.test(word.value))) return "commit";
  return refs.length > 0 && git.verb !== "fetch" ? "ref" : void 0;
}
var ra404_git_clone_without_commit_default = defineRule({
  id: "RA404",
  name: "git-clone-without-commit",
  summary: "git clone (or ADD of a git URL) without checking out a commit",
  severity: "warning",
  tags: ["download", "supply-chain", "git"],
  precision: "high",
  docs: {
    why: [
      "`git clone https://github.com/x/y` builds whatever the default branch holds at build time, and",
      "`--branch v1.2` whatever the tag points to today: tags can be moved and force-pushed. Only a commit",
      "id names fixed content."
    ].join(" "),
    failing: "FROM alpine:3.20\nRUN git clone --depth 1 https://github.com/madler/zlib /src/zlib\n",
    passing: "FROM alpine:3.20\nRUN git clone https://github.com/madler/zlib /src/zlib && git -C /src/zlib checkout 51b7f2abdade71cd9bb0e7a373ef2610ec6f9daf\n",
    fix: "Check out a full commit id after cloning (`git -C dir checkout <40-hex>`), or `ADD https://github.com/x/y.git#<commit> /src` (BuildKit), which fetches exactly that commit.",
    nix: '`pkgs.fetchFromGitHub { owner = ...; repo = ...; rev = "<commit>"; hash = "sha256-..."; }` (or `pkgs.fetchgit`): content-addressed, so a moved ref or rewritten history fails the build.'
  },
  check({ model, report }) {
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword === "ADD") {
        for (const source of instruction.args.slice(0, -1)) {
          const url = source.value ?? source.raw;
          if (!/\.git(#|$)|^git@/.test(url)) continue;
          const ref = url.includes("#") ? url.slice(url.indexOf("#") + 1).split(":")[0] : void 0;
          if (ref && COMMIT.test(ref) || instruction.flags.some((flag) => flag.name === "checksum" && flag.value)) continue;
          report({
            region: model.positions.regionOf(source.span),
            instruction,
            severity: ref ? "note" : "warning",
            message: ref ? `${code(url)} names the ref \`${ref}\`, which can move; use the commit id (\`#<40-hex>\`).` : `${code(url)} is added at whatever its default branch holds at build time; add \`#<commit>\` to the URL.`,
            nix: nixForGitClone(url)
          });
        }
      }
      const commands = instruction.script?.commands ?? [];
      commands.forEach((command, index) => {
        const git = gitSubcommand(command);
        if (git?.verb !== "clone") return;
        const split = splitArgs(git.args, CLONE_OPTIONS);
        const url = split.positionals[0];
        const branch = split.values.get("-b")?.[0] ?? split.values.get("--branch")?.[0];
        const pinned = commands.slice(index + 1).map(pinsCommit);
        if (pinned.includes("commit") || pinned.includes("unknown")) return;
        if (branch && branch.value === void 0) return;
        const ref = branch?.value ?? (pinned.includes("ref") ? "a branch or tag" : void 0);
        report({
          region: url?.region ?? command.region,
          instruction,
          severity: ref ? "note" : "warning",
          message: ref ? `${code(url?.value ?? url?.raw ?? "git clone")} is cloned at ${branch?.value ? `\`${branch.value}\`` : ref}, which can be moved; check out the full commit id.` : `${code(url?.value ?? url?.raw ?? "git clone")} is cloned at whatever its default branch holds at build time; check out a full commit id.`,
          nix: nixForGitClone(url?.value)
        });
      });
    }
  }
});

// rules/ra501-native-cpu-flags.ts
var NATIVE_FLAGS = [
  { pattern: /^-m(arch|tune|cpu)=native$/, what: "targets the CPU of the build machine" },
  { pattern: /^(-C)?target-cpu=native$/, what: "makes rustc target the CPU of the build machine" },
  { pattern: /^-Ctarget-cpu=native$/, what: "makes rustc target the CPU of the build machine" },
  { pattern: /^-x[Hh]ost$/, what: "makes the Intel compiler target the CPU of the build machine" },
  { pattern: /^-march=host$/, what: "targets the CPU of the build machine" },
  { pattern: /^-D(GGML|LLAMA|WHISPER)_NATIVE=(ON|1|TRUE)$/i, what: "makes the build detect the CPU of the build machine" },
  { pattern: /^-D(PORTABLE)=(OFF|0|FALSE)$/i, what: "makes the build use the CPU features of the build machine" }
];
function tokens(value) {
  const found = [];
  const pattern = /[^\s"'=]+(?:=[^\s"']+)?|[^\s"']+/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) found.push({ token: match[0], offset: match.index });
  return found;
}
var ra501_native_cpu_flags_default = defineRule({
  id: "RA501",
  name: "native-cpu-flags",
  summary: "Build tuned to the build machine's CPU (-march=native, target-cpu=native)",
  severity: "error",
  tags: ["cpu", "compiler", "avx", "portability"],
  precision: "very-high",
  docs: {
    why: [
      "`-march=native` (and `-mtune=native`, `-mcpu=native`, Rust's `-C target-cpu=native`, `-xHost`,",
      "llama.cpp's `GGML_NATIVE`) makes the compiler use every instruction the build machine's CPU has. The",
      "binary then differs from one build machine to the next, and one built on an AVX2 laptop dies with",
      '"Illegal instruction" (exit 132) on a server without AVX2. `repro-audit rebuild --vary cpu` shows it.'
    ].join(" "),
    failing: "FROM gcc:14\nRUN gcc -O3 -march=native -o /usr/local/bin/app app.c\n",
    passing: "FROM gcc:14\nRUN gcc -O3 -march=x86-64-v2 -o /usr/local/bin/app app.c\n",
    fix: "Name the target explicitly: `-march=x86-64-v2` (or `-v3` if every machine that runs the image has AVX2), Rust `-C target-cpu=x86-64-v2`; or build for the baseline and dispatch at run time (function multi-versioning).",
    nix: 'Nix builds for a declared platform, never for the builder\'s CPU: nixpkgs compiles for the baseline of `hostPlatform`, and a deliberate target is set with `hostPlatform.gcc.arch` (e.g. `"x86-64-v3"`), which also changes the derivation hashes.'
  },
  check({ model, report }) {
    const flag = (instruction, value, span, valueStart) => {
      for (const { token, offset } of tokens(value)) {
        const match = NATIVE_FLAGS.find((candidate) => candidate.pattern.test(token));
        if (!match) continue;
        const tokenSpan = valueStart === void 0 ? span : { start: valueStart + offset, end: valueStart + offset + token.length };
        report({
          region: model.positions.regionOf(tokenSpan),
          instruction,
          message: `\`${token}\` ${match.what}: the output differs between build machines, and a binary built on a CPU with AVX2 dies with "Illegal instruction" on one without. Name a fixed target instead (e.g. \`-march=x86-64-v2\`).`,
          nix: nixForNativeCpu(token)
        });
      }
    };
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword === "ENV" || instruction.keyword === "ARG") {
        for (const arg of instruction.args) flag(instruction, arg.raw, arg.span, arg.span.start);
      }
      for (const command of instruction.script?.commands ?? []) {
        for (const word of command.words) {
          const value = word.value ?? word.raw;
          const setting2 = /^-{0,2}[A-Za-z_][\w.-]*=/.exec(value);
          const scanned = NATIVE_FLAGS.some((candidate) => candidate.pattern.test(value)) ? value : setting2 ? value.slice(setting2[0].length) : void 0;
          if (scanned === void 0) continue;
          const skip = value.length - scanned.length;
          const verbatim = word.raw === value ? word.span.start : word.raw.slice(1, -1) === value ? word.span.start + 1 : void 0;
          flag(instruction, scanned, word.span, verbatim === void 0 ? void 0 : verbatim + skip);
        }
        for (const assignment of command.assignments) {
          if (!assignment.value) continue;
          const raw = assignment.valueSpan ? model.text.slice(assignment.valueSpan.start, assignment.valueSpan.end) : void 0;
          const verbatim = !assignment.valueSpan || raw === void 0 ? void 0 : raw === assignment.value ? assignment.valueSpan.start : raw.slice(1, -1) === assignment.value ? assignment.valueSpan.start + 1 : void 0;
          flag(instruction, assignment.value, assignment.valueSpan ?? command.span, verbatim);
        }
      }
    }
  }
});

// rules:virtual:repro-audit-rules
var virtual_repro_audit_rules_default = [ra101_unpinned_image_default, ra201_unpinned_apt_package_default, ra202_unpinned_apk_package_default, ra203_unpinned_rpm_package_default, ra204_unpinned_zypper_package_default, ra205_os_upgrade_default, ra301_unpinned_python_package_default, ra302_unpinned_node_package_default, ra303_lockfile_not_enforced_default, ra304_unpinned_ruby_gem_default, ra305_unpinned_go_module_default, ra306_unpinned_cargo_install_default, ra401_pipe_to_shell_default, ra402_unverified_download_default, ra403_add_url_without_checksum_default, ra404_git_clone_without_commit_default, ra501_native_cpu_flags_default];

// src/rules/catalog.ts
import fs from "node:fs";
import path4 from "node:path";
import { pathToFileURL } from "node:url";
var RuleLoadError = class extends Error {
};
async function loadUserRules(specifier, cwd) {
  const target = path4.resolve(cwd, specifier);
  if (!fs.existsSync(target)) throw new RuleLoadError(`--rules ${specifier}: no such file or directory`);
  const files = fs.statSync(target).isDirectory() ? moduleFilesIn(target) : [target];
  if (files.length === 0) throw new RuleLoadError(`--rules ${specifier}: no .js or .mjs rule modules in this directory`);
  const rules = [];
  for (const file of files) {
    if (/\.[cm]?tsx?$/.test(file)) throw new RuleLoadError(`--rules ${path4.relative(cwd, file)}: TypeScript rules must be compiled to JavaScript first`);
    let exported;
    try {
      exported = await import(pathToFileURL(file).href);
    } catch (error) {
      throw new RuleLoadError(`--rules ${path4.relative(cwd, file)}: could not load the module: ${error.message}`);
    }
    const values = [];
    for (const [key, value] of Object.entries(exported)) {
      if (key !== "default" || typeof value !== "function") values.push(value);
      else values.push(await rulesOfFactory(value, path4.relative(cwd, file)));
    }
    const candidates = values.flatMap((value) => Array.isArray(value) ? value : [value]);
    const found = candidates.filter((value) => typeof value === "object" && value !== null && typeof value.check === "function");
    if (found.length === 0) throw new RuleLoadError(`--rules ${path4.relative(cwd, file)}: exports no rule (an object with id, name, summary, severity, tags, docs and check, or a default-exported function of the rule kit that returns rules)`);
    for (const rule of found) {
      const problem4 = ruleProblem(rule);
      if (problem4) throw new RuleLoadError(`--rules ${path4.relative(cwd, file)}: rule ${String(rule.id ?? "(no id)")}: ${problem4}`);
      if (!rules.includes(rule)) rules.push(rule);
    }
  }
  return rules;
}
async function rulesOfFactory(factory, shown3) {
  try {
    return await factory(kit_exports);
  } catch (error) {
    throw new RuleLoadError(`--rules ${shown3}: its default export failed when given the rule kit: ${error.message}`);
  }
}
function moduleFilesIn(directory) {
  for (const entry of ["index.js", "index.mjs"]) if (fs.existsSync(path4.join(directory, entry))) return [path4.join(directory, entry)];
  const manifest = path4.join(directory, "package.json");
  if (fs.existsSync(manifest)) {
    const main = JSON.parse(fs.readFileSync(manifest, "utf8")).main;
    if (main) return [path4.join(directory, main)];
  }
  return fs.readdirSync(directory).filter((name) => /\.(m?js|cjs)$/.test(name)).sort().map((name) => path4.join(directory, name));
}
function ruleProblem(rule) {
  if (typeof rule.id !== "string" || !/^[A-Za-z][A-Za-z0-9_-]*$/.test(rule.id)) return "id must be a string of letters, digits, `-` or `_`";
  if (typeof rule.name !== "string" || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.name)) return "name must be kebab-case";
  if (typeof rule.summary !== "string" || rule.summary.length === 0 || rule.summary.length > 120) return "summary must be one line of at most 120 characters";
  if (!SEVERITIES.includes(rule.severity)) return `severity must be one of ${SEVERITIES.join(", ")}`;
  if (!Array.isArray(rule.tags) || rule.tags.some((tag) => typeof tag !== "string") || rule.tags.length > 10) return "tags must be at most 10 strings";
  if (!["very-high", "high", "medium", "low"].includes(rule.precision)) return "precision must be very-high, high, medium or low";
  const docs = rule.docs;
  if (!docs || ["why", "failing", "passing", "fix"].some((key) => typeof docs[key] !== "string")) {
    return "docs must have why, failing, passing and fix (strings)";
  }
  if (rule.producer !== "rebuild" && typeof rule.check !== "function") return "check must be a function";
  return void 0;
}
function combineRules(builtin, user) {
  const ids = new Map(builtin.map((rule) => [rule.id, "built-in"]));
  for (const rule of user) {
    if (ids.has(rule.id)) throw new RuleLoadError(`rule id ${rule.id} is used twice (${ids.get(rule.id)} and a --rules module)`);
    ids.set(rule.id, "--rules");
  }
  return [...builtin, ...user];
}

export {
  virtual_repro_audit_rules_default,
  RuleLoadError,
  loadUserRules,
  combineRules
};
