import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  ContextParsersNeeded,
  FIXED_CPU_TARGET_SNIPPET,
  bind,
  buildInputBindings,
  builderSnippet,
  commandsBefore,
  contextScriptUnits,
  fetchurlSnippet,
  gitSourceSnippet,
  githubRepository,
  imageFlake,
  isBinaryDistribution,
  isBuildOnly,
  list,
  locateContextFile,
  mapDownload,
  mapImage,
  mapPackage,
  packageExprs,
  pkgsAttr,
  presenceInStage,
  printBinding,
  pullImageSnippet,
  readCondaFiles,
  readPackageLists,
  readPipRequirements,
  readToolchainFile,
  shellDirectoryBefore,
  splitPackageNames,
  workdirAt
} from "./chunk-75MXF3LY.js";
import {
  argumentsSource,
  argumentsText,
  findStage,
  imagePinProblem,
  instructionLocation,
  instructionRef,
  instructionText,
  instructionsWithTriggers,
  regionOfWords,
  runUnits,
  shellCommands,
  stageChain,
  stageLabel,
  variablesOf
} from "./chunk-6E4CKGCT.js";
import {
  isFullSha256Digest,
  isWindowsImage,
  parseImageName
} from "./chunk-HUMZK7UK.js";
import {
  checksFingerprint,
  comesFromBaseImage,
  downloadedFiles,
  fileKey,
  hasOption,
  isExactToolchain,
  keysFetchedBy,
  normalizePythonName,
  operandKeys,
  osPackageSpec,
  packageOperationOf,
  poetryReleaseInstalledBy,
  splitArgs,
  toolchainRequestsOf,
  treatment,
  trustLabel,
  trustedOnArrival,
  trustsKey,
  writtenName
} from "./chunk-T74X72SU.js";
import {
  ECOSYSTEM,
  PowerShellGrammarNeeded,
  buildStampOf,
  commandName,
  contains,
  downloadUrls,
  downloaderName,
  environmentValue,
  isDownloader,
  isInterpreter,
  isShellName,
  isVerificationInput,
  isVerifier,
  managersOf,
  packageManagerOf,
  programName,
  urlText,
  webClientCall
} from "./chunk-SQ42UHQ5.js";
import {
  TOOL_INFORMATION_URI
} from "./chunk-PFHIFKKA.js";
import {
  SEVERITIES,
  code,
  compareText,
  createPositionMapper
} from "./chunk-DK4JW3AF.js";
import {
  __export
} from "./chunk-36S4BROV.js";

// src/nix/suggest.ts
var inFull = (text) => code(text, Infinity);
var sortedUnique = (values) => [...new Set(values)].sort();
function provenance(attrs) {
  const binary = attrs.filter(isBinaryDistribution);
  if (binary.length === 0) return "every input of the runtime is fixed by hash and it is rebuilt from source";
  return `${binary.map((attr) => inFull(`pkgs.${attr}`)).join(" and ")} ${binary.length === 1 ? "repackages" : "repackage"} the upstream binaries, fixed by their hash`;
}
function describeImage(mapping) {
  const image = inFull(mapping.raw);
  const note = mapping.note ? ` (${mapping.note})` : "";
  switch (mapping.kind) {
    case "runtime": {
      const names = mapping.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(" and ");
      return {
        summary: `${image} corresponds to ${names}${note}.${mapping.change ? ` ${mapping.change}.` : ""} Build the image with ${inFull("pkgs.dockerTools.buildLayeredImage")} from a nixpkgs pinned in ${inFull("flake.lock")}: ${provenance(mapping.attrs)}, not bytes trusted by a registry's digest.`,
        snippet: imageFlake(mapping.attrs.map(pkgsAttr)),
        attrs: ["dockerTools", ...mapping.attrs]
      };
    }
    case "removed": {
      const nearest = mapping.nearest ?? [];
      return {
        summary: `${image} has no equivalent in the pinned nixpkgs${note}: that version is unavailable.` + (nearest.length > 0 ? ` The nearest supported runtime is ${nearest.map((attr) => inFull(`pkgs.${attr}`)).join(" and ")}.` : ""),
        snippet: nearest.length > 0 ? imageFlake(nearest.map(pkgsAttr), [`${mapping.raw} is gone from nixpkgs; nearest supported version`]) : void 0,
        attrs: nearest.length > 0 ? ["dockerTools", ...nearest] : void 0,
        unmapped: [mapping.raw]
      };
    }
    case "base-os":
      return {
        summary: `A ${inFull("dockerTools")} image needs no base OS like ${image}: it holds exactly the store paths of its contents. Add ${inFull("pkgs.bashInteractive")} or ${inFull("pkgs.busybox")} only if the image needs a shell.`,
        snippet: imageFlake([pkgsAttr("cacert")], ["the packages the image runs; cacert gives TLS roots"]),
        attrs: ["dockerTools", "cacert"]
      };
    case "scratch":
      return {
        summary: `${image} is a ${inFull("dockerTools")} image without ${inFull("fromImage")}: only its contents' store paths are in it.`,
        snippet: imageFlake([], ["the packages the image runs"]),
        attrs: ["dockerTools"]
      };
    case "windows":
      return { summary: `${image} is a Windows image: Nix cannot build Windows images (nixpkgs and dockerTools build Linux only).`, unmapped: [mapping.raw] };
    case "unresolved":
      return {
        summary: `${image} depends on a build argument without a default, so its nixpkgs equivalent cannot be told; give the ARG a default to get a suggestion.`,
        unmapped: [mapping.raw]
      };
    case "unknown":
      return {
        summary: `No nixpkgs equivalent of ${image} is known. Build what it provides from nixpkgs packages with ${inFull("dockerTools")}, or at least fetch it as a fixed-output ${inFull("pkgs.dockerTools.pullImage")} (digest and hash) used as ${inFull("fromImage")}.`,
        snippet: pullImageSnippet(mapping.familiar ?? mapping.raw),
        attrs: ["dockerTools", "lib"],
        unmapped: [mapping.raw]
      };
  }
}
function memoized(key, compute) {
  const cache = /* @__PURE__ */ new Map();
  return (...args) => {
    const k = key(...args);
    let suggestion = cache.get(k);
    if (!suggestion) {
      suggestion = compute(...args);
      cache.set(k, suggestion);
    }
    return suggestion;
  };
}
var nixForImage = memoized(
  (name, raw) => `${raw}\0${name ? `${name.registry}/${name.repository}:${name.tag ?? ""}@${name.digest ?? ""}` : ""}`,
  (name, raw) => describeImage(mapImage(name, raw))
);
var UNMAPPED_ADVICE = {
  os: "package them with stdenv.mkDerivation, or search nixpkgs (`nix search nixpkgs NAME`): the index shipped with repro-audit is incomplete",
  python: "package them with python3Packages.buildPythonPackage (fetchPypi with a hash), or lock the project with uv2nix/poetry2nix",
  javascript: "keep them as project dependencies in package-lock.json and build the project with pkgs.buildNpmPackage (npmDepsHash pins them)",
  go: "build them with pkgs.buildGoModule: src pinned by rev and hash, vendorHash pins the module graph",
  rust: "build them with pkgs.rustPlatform.buildRustPackage: src pinned by rev and hash, cargoHash pins the crates",
  ruby: "list them in a Gemfile and use pkgs.bundlerEnv with a gemset.nix (bundix) so every gem is pinned by hash",
  conda: "nixpkgs has no conda channel, so take the same software from nixpkgs (python3.withPackages for Python packages) or, staying with conda, install from an explicit lock (conda-lock, or conda list --explicit --md5), which Nix does not replace",
  windows: "nixpkgs builds for Linux and macOS, not Windows, so it has no equivalent of Chocolatey's Windows programs; pin each with `--version` (and keep a checksum in an internal feed), or build the image on Linux where nixpkgs has the same tool",
  dotnet: "build the project with pkgs.buildDotnetModule, whose nugetDeps file pins every NuGet package by hash (a .NET tool with pkgs.buildDotnetGlobalTool)"
};
var JS_PROJECT_ADVICE = {
  yarn: "keep them as project dependencies in yarn.lock and build the project with pkgs.fetchYarnDeps (its hash pins yarn.lock) and pkgs.yarnConfigHook",
  pnpm: "keep them as project dependencies in pnpm-lock.yaml and build the project with pkgs.fetchPnpmDeps (its hash pins the lockfile) and pkgs.pnpmConfigHook"
};
function unmappedAdvice(manager) {
  return JS_PROJECT_ADVICE[manager] ?? UNMAPPED_ADVICE[ECOSYSTEM[manager]];
}
var nixForPackages = memoized((manager, names) => `${manager}\0${names.join("\0")}`, packageSuggestion);
function packageSuggestion(manager, names) {
  const family = ECOSYSTEM[manager];
  const mappings = splitPackageNames(names).map((name) => mapPackage(manager, name));
  const mapped = mappings.filter((mapping) => mapping.attrs.length > 0);
  const unmapped = mappings.filter((mapping) => mapping.how === "none").map((mapping) => mapping.name);
  const notNeeded = mappings.filter((mapping) => mapping.how === "not-needed").map((mapping) => mapping.name);
  const buildOnly = mapped.filter(isBuildOnly);
  const exprs = packageExprs(mapped.filter((mapping) => !isBuildOnly(mapping)));
  const pinned = `their versions are fixed by the nixpkgs revision pinned in ${inFull("flake.lock")}, so nothing can vanish from a mirror or drift between builds`;
  const parts = [];
  if (mapped.length > 0) {
    const listed = mapped.map((mapping) => `${inFull(mapping.name)} \u2192 ${mapping.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(" ")}`).join(", ");
    parts.push(`In Nix: ${listed}; ${pinned}.`);
    if (family === "python") parts.push(`A different version than the revision's needs an override, not a ${manager} pin.`);
  } else if (names.length === 0) {
    parts.push(`Nix pins ${manager} dependencies by hash: ${unmappedAdvice(manager)}.`);
  }
  if (unmapped.length > 0) parts.push(`No indexed nixpkgs attribute for ${unmapped.map(inFull).join(", ")}: ${unmappedAdvice(manager)}.`);
  if (notNeeded.length > 0) parts.push(`${notNeeded.map(inFull).join(", ")}: not needed in a Nix-built image.`);
  if (buildOnly.length > 0) {
    parts.push(
      `${buildOnly.map((mapping) => inFull(mapping.name)).join(", ")} only serve a build: in Nix they are inputs of the derivation that builds (${inFull("nativeBuildInputs")} for tools, ${inFull("buildInputs")} for libraries), never the image's contents.`
    );
  }
  const builder = builderSnippet(manager);
  const useBuilder = builder !== void 0 && exprs.length === 0 && buildOnly.length === 0;
  const bindings = [
    ...exprs.length > 0 ? [bind("contents", list(exprs), unmapped.length > 0 ? [`not mapped: ${unmapped.join(" ")}`] : void 0)] : [],
    ...buildInputBindings(buildOnly)
  ];
  const snippet = useBuilder ? builder.text : bindings.length > 0 ? bindings.map((binding) => printBinding(binding)).join("\n") : void 0;
  const usedAttrs = sortedUnique([
    ...mapped.flatMap((mapping) => mapping.attrs.map((attr) => attr.replace(/\.dev$/, ""))),
    ...exprs.some((expr) => expr.kind === "raw" && expr.text.startsWith("(pkgs.python3.withPackages")) ? ["python3"] : [],
    ...useBuilder ? builder.attrs : []
  ]);
  return {
    summary: parts.join(" "),
    snippet,
    attrs: usedAttrs.length > 0 ? usedAttrs : void 0,
    unmapped: unmapped.length > 0 ? unmapped : void 0
  };
}
function nixOncePerInstall(manager, specs) {
  const names = [...new Set(specs.map((spec) => spec.name))];
  const whole = nixForPackages(manager, names);
  const first = specs.reduce((earliest, spec) => earliest && earliest.word.span.start <= spec.word.span.start ? earliest : spec, void 0);
  if (!first || names.length < 2) return { whole, of: () => whole };
  const pointer = { summary: `One Nix answer covers the ${names.length} packages of this install: it is given with ${code(first.name)}.`, pointer: true };
  return { whole, of: (spec) => spec === first ? whole : pointer };
}
function nixForDownload(url, executedBy) {
  const piped = executedBy !== void 0;
  const known = url ? mapDownload(url) : void 0;
  if (known && known.attrs.length > 0) {
    return {
      summary: `${known.what[0].toUpperCase()}${known.what.slice(1)} is replaced by ${known.attrs.map((attr) => inFull(`pkgs.${attr}`)).join(" and ")} from the pinned nixpkgs: ${known.attrs.some(isBinaryDistribution) ? "the upstream binaries fixed by their hash" : "built from source with every input hashed"}, instead of ${piped ? "a script run unverified at build time" : "bytes downloaded unverified"}.`,
      snippet: printBinding(bind("contents", list(known.attrs.map(pkgsAttr)))),
      attrs: known.attrs
    };
  }
  const unmapped = known ? [known.what] : url ? [url] : void 0;
  const installer = piped || known !== void 0 && /installer|setup script/.test(known.what);
  return {
    summary: installer ? `No indexed nixpkgs package replaces ${known ? known.what : "this installer"}: a script piped into a shell runs whatever the server sends. Fetch what it installs with ${inFull("pkgs.fetchurl")} and a ${inFull("hash")}, and install it in a derivation.` : `In Nix a download is a fixed-output ${inFull("pkgs.fetchurl")} with a ${inFull("hash")}: the build fails if the bytes ever change.`,
    snippet: fetchurlSnippet(url),
    attrs: ["fetchurl", "lib"],
    unmapped
  };
}
function nixForNativeCpu(flag) {
  if (/target-cpu/.test(flag)) {
    return {
      summary: `${inFull(flag)} makes rustc's output depend on the CPU of whichever machine builds it. In Nix a Rust package names its target: ${inFull('env.RUSTFLAGS = "-C target-cpu=x86-64-v2";')} in ${inFull("pkgs.rustPlatform.buildRustPackage")} (${inFull("x86-64-v3")} only if every machine that runs it has AVX2), and the derivation's hash records that choice.`,
      snippet: RUST_CPU_TARGET_SNIPPET,
      attrs: ["rustPlatform", "lib"]
    };
  }
  const tuneOnly = /^-mtune=/.test(flag);
  return {
    summary: `${inFull(flag)} ${tuneOnly ? "tunes the code for the CPU of whichever machine builds it (it still runs on any CPU of the architecture, but differs between build machines)" : "makes the output depend on the CPU of whichever machine builds it"}. nixpkgs builds for a fixed platform: its compiler wrapper drops ${inFull("-march=native")}, ${inFull("-mtune=native")} and ${inFull("-mcpu=native")} (NIX_ENFORCE_NO_NATIVE), and a deliberate target is set once for the whole package set with ${inFull("gcc.arch")} of the platform.`,
    snippet: FIXED_CPU_TARGET_SNIPPET
  };
}
var RUST_CPU_TARGET_SNIPPET = [
  "pkgs.rustPlatform.buildRustPackage {",
  '  pname = "app";',
  '  version = "0.1.0";',
  "  src = ./.;",
  "  cargoLock.lockFile = ./Cargo.lock;",
  "  # the CPU the binary is built for, whatever CPU the builder has",
  '  env.RUSTFLAGS = "-C target-cpu=x86-64-v2";',
  "}"
].join("\n");
function nixForGitClone(url) {
  const github = url ? githubRepository(url) : void 0;
  return {
    summary: `A clone gets whatever the branch points at when the build runs. In Nix the source is ${inFull(github ? "pkgs.fetchFromGitHub" : "pkgs.fetchgit")} with a commit ${inFull("rev")} and the ${inFull("hash")} of its contents, so the same bytes come back or the build fails.`,
    snippet: gitSourceSnippet(url, github),
    attrs: [github ? "fetchFromGitHub" : "fetchgit", "lib"]
  };
}
function nixForAddUrl(url) {
  if (/\.git(#.*)?$|^git@/.test(url)) return nixForGitClone(url.replace(/#.*$/, ""));
  const known = mapDownload(url);
  if (known && known.attrs.length > 0) return nixForDownload(url);
  return {
    summary: `${inFull(`ADD ${url}`)} downloads whatever the server returns at build time. In Nix it is a fixed-output ${inFull("pkgs.fetchurl")} with a ${inFull("hash")}: the build fails if the bytes ever change.`,
    snippet: fetchurlSnippet(url),
    attrs: ["fetchurl", "lib"]
  };
}

// src/nix/index.ts
function loadNixify() {
  return import("./translate-IX5MFENR.js");
}

// src/rules/catalog.ts
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// src/rules/kit.ts
var kit_exports = {};
__export(kit_exports, {
  argumentsSource: () => argumentsSource,
  argumentsText: () => argumentsText,
  buildStampOf: () => buildStampOf,
  checksFingerprint: () => checksFingerprint,
  code: () => code,
  comesFromBaseImage: () => comesFromBaseImage,
  commandName: () => commandName,
  commandsBefore: () => commandsBefore,
  contains: () => contains,
  defineFileRule: () => defineFileRule,
  defineRule: () => defineRule,
  downloadUrls: () => downloadUrls,
  downloadedFiles: () => downloadedFiles,
  downloaderName: () => downloaderName,
  environmentValue: () => environmentValue,
  fileKey: () => fileKey,
  findStage: () => findStage,
  flakeHubFlake: () => flakeHubFlake,
  flakeInputs: () => flakeInputs,
  flakeRefAttributes: () => flakeRefAttributes,
  hasOption: () => hasOption,
  imagePinProblem: () => imagePinProblem,
  installsFromSnapshot: () => installsFromSnapshot,
  instructionLocation: () => instructionLocation,
  instructionText: () => instructionText,
  instructionsWithTriggers: () => instructionsWithTriggers,
  interpolate: () => interpolate,
  isDownloader: () => isDownloader,
  isExactToolchain: () => isExactToolchain,
  isFullSha256Digest: () => isFullSha256Digest,
  isInterpreter: () => isInterpreter,
  isShellName: () => isShellName,
  isVerificationInput: () => isVerificationInput,
  isVerifier: () => isVerifier,
  isWindowsImage: () => isWindowsImage,
  keysFetchedBy: () => keysFetchedBy,
  locateContextFile: () => locateContextFile,
  managersOf: () => managersOf,
  nixAttr: () => nixAttr,
  nixAttrsetShape: () => nixAttrsetShape,
  nixBindings: () => nixBindings,
  nixBuiltinName: () => nixBuiltinName,
  nixCall: () => nixCall,
  nixChild: () => nixChild,
  nixChildren: () => nixChildren,
  nixDottedName: () => nixDottedName,
  nixForAddUrl: () => nixForAddUrl,
  nixForDownload: () => nixForDownload,
  nixForGitClone: () => nixForGitClone,
  nixForImage: () => nixForImage,
  nixForNativeCpu: () => nixForNativeCpu,
  nixForPackages: () => nixForPackages,
  nixInDeadVersionBranch: () => nixInDeadVersionBranch,
  nixOncePerInstall: () => nixOncePerInstall,
  nixStringValue: () => nixStringValue,
  nixText: () => nixText,
  nixUnwrap: () => nixUnwrap,
  nixWalk: () => nixWalk,
  nixpkgsLockInputs: () => nixpkgsLockInputs,
  normalizePythonName: () => normalizePythonName,
  operandKeys: () => operandKeys,
  packageManagerOf: () => packageManagerOf,
  packageOperationOf: () => packageOperationOf,
  packageOperationsOf: () => packageOperationsOf,
  parseImageName: () => parseImageName,
  poetryReleaseInstalledBy: () => poetryReleaseInstalledBy,
  presenceInStage: () => presenceInStage,
  programName: () => programName,
  readCondaFiles: () => readCondaFiles,
  readPipRequirements: () => readPipRequirements,
  readToolchainFile: () => readToolchainFile,
  regionOfWords: () => regionOfWords,
  repositoryPinOf: () => repositoryPinOf,
  shellCommands: () => shellCommands,
  shellDirectoryBefore: () => shellDirectoryBefore,
  splitArgs: () => splitArgs,
  stageChain: () => stageChain,
  stageLabel: () => stageLabel,
  toolchainRequestsIn: () => toolchainRequestsIn,
  toolchainRequestsOf: () => toolchainRequestsOf,
  treatment: () => treatment,
  trustLabel: () => trustLabel,
  trustedOnArrival: () => trustedOnArrival,
  trustsKey: () => trustsKey,
  unknownValueNote: () => unknownValueNote,
  unpinnedOsPackageRule: () => unpinnedOsPackageRule,
  urlText: () => urlText,
  variablesOf: () => variablesOf,
  webClientCall: () => webClientCall,
  workdirAt: () => workdirAt,
  writtenName: () => writtenName
});

// src/rules/rule.ts
function defineRule(rule) {
  return rule;
}
function defineFileRule(fileKind, rule) {
  return { ...rule, fileKind };
}

// src/rules/packages.ts
function* packageOperationsOf(source, managers) {
  for (const { unit, instruction, command } of shellCommands(source)) {
    const operation = packageOperationOf(command);
    if (operation && managers.has(operation.manager)) yield { unit, instruction, operation };
  }
}
function* toolchainRequestsIn(source) {
  for (const { unit, instruction, command } of shellCommands(source)) {
    for (const request of toolchainRequestsOf(command)) yield { unit, instruction, request };
  }
}

// src/rules/unknown-values.ts
function unknownValueNote(model, instruction, word) {
  if (word.value !== void 0) return "";
  const variables = instruction?.variables ?? /* @__PURE__ */ new Map();
  const names = [...new Set([...word.raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]))];
  const parts = [];
  const declared = names.filter((name) => variables.has(name) && variables.get(name) === void 0);
  const elsewhere = names.filter((name) => !variables.has(name) && declaredArgs(model).has(name));
  const unknown = names.filter((name) => !declared.includes(name) && !elsewhere.includes(name) && variables.get(name) === void 0);
  const list2 = (items) => items.map((name) => code(name)).join(", ");
  if (declared.length > 0) parts.push(`${list2(declared)} ${declared.length === 1 ? "has" : "have"} no value here, so ${declared.length === 1 ? "it is" : "they are"} empty unless \`--build-arg\` sets ${declared.length === 1 ? "it" : "them"}`);
  if (elsewhere.length > 0) parts.push(`${list2(elsewhere)} ${elsewhere.length === 1 ? "is an ARG" : "are ARGs"} of another stage or of the global scope, empty here unless declared again in this stage`);
  const outside = instruction ? "outside the Dockerfile: the base image's environment, or the script" : "outside the step: the runner's environment, or an earlier step's `$GITHUB_ENV`";
  if (unknown.length > 0) parts.push(`${list2(unknown)} ${unknown.length === 1 ? "comes" : "come"} from ${outside}`);
  if (/\$\(|`/.test(word.raw)) parts.push("part of it is the output of a command");
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
var argNames = /* @__PURE__ */ new WeakMap();
function declaredArgs(model) {
  let names = argNames.get(model);
  if (!names) {
    names = new Set(model.instructions.filter((candidate) => candidate.keyword === "ARG").flatMap((arg) => arg.args.map((word) => word.raw.split("=")[0])));
    argNames.set(model, names);
  }
  return names;
}

// src/rules/snapshots.ts
var REPOSITORIES = {
  apt: [
    // `snapshot.debian.org/archive/debian/20240101T000000Z`, `snapshot.ubuntu.com/ubuntu/20240301T030400Z`
    { pattern: /\bsnapshot\.(?:debian\.org\/archive\/[\w.-]+|ubuntu\.com\/ubuntu)\/[^\s/]+/, level: "snapshot" },
    // apt's own snapshot setting (`APT::Snapshot "20240301T030400Z";`, Ubuntu 24.04 and later)
    { pattern: /\bAPT::Snapshot\b/, level: "snapshot" }
  ],
  // `https://archive.archlinux.org/repos/2024/05/01/...`: one day of the Arch Linux Archive.
  pacman: [{ pattern: /\barchive\.archlinux\.org\/repos\/\d{4}\/\d{2}\/\d{2}\//, level: "snapshot" }],
  apk: [
    // `https://dl-cdn.alpinelinux.org/alpine/edge/main` follows development (checked first: it undoes a release pin).
    { pattern: /\/alpine\/edge\//, level: "moving" },
    // `https://dl-cdn.alpinelinux.org/alpine/v3.20/main` (or a mirror's): one Alpine release branch.
    { pattern: /\/alpine\/v(\d+\.\d+)\/[\w-]+/, level: "release", release: (match) => `Alpine ${match[1]}` }
  ]
};
function repositoryIn(patterns, word) {
  const text = word.value ?? word.partial ?? word.raw;
  for (const { pattern, level, release } of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    return level === "moving" ? { level } : { level, named: `\`${withItsUrl(text, match)}\``, ...release ? { release: release(match) } : {} };
  }
  return void 0;
}
function withItsUrl(text, match) {
  let start = match.index;
  while (start > 0 && !/[\s"']/.test(text[start - 1])) start--;
  return text.slice(start, match.index + match[0].length);
}
var namedByCommand = /* @__PURE__ */ new WeakMap();
function repositoryNamedBy(command, manager, patterns) {
  let byManager = namedByCommand.get(command);
  if (!byManager) namedByCommand.set(command, byManager = /* @__PURE__ */ new Map());
  let found = byManager.get(manager);
  if (found === void 0) {
    found = null;
    for (const word of [...command.words, ...command.redirects.flatMap((redirect) => redirect.target ? [redirect.target] : [])]) {
      const repository = repositoryIn(patterns, word);
      if (repository && (found === null || repository.level === "moving")) found = repository;
      if (found?.level === "moving") break;
    }
    byManager.set(manager, found);
  }
  return found ?? void 0;
}
var namingScripts = /* @__PURE__ */ new WeakMap();
function namesRepository(script, manager, patterns) {
  let byManager = namingScripts.get(script);
  if (!byManager) namingScripts.set(script, byManager = /* @__PURE__ */ new Map());
  let names = byManager.get(manager);
  if (names === void 0) byManager.set(manager, names = script.commands.some((command) => repositoryNamedBy(command, manager, patterns) !== void 0));
  return names;
}
var namingModels = /* @__PURE__ */ new WeakMap();
function modelNamesRepository(model, manager, patterns) {
  let byManager = namingModels.get(model);
  if (!byManager) namingModels.set(model, byManager = /* @__PURE__ */ new Map());
  let names = byManager.get(manager);
  if (names === void 0) {
    names = [...instructionsWithTriggers(model)].some((instruction) => instruction.script !== void 0 && namesRepository(instruction.script, manager, patterns));
    byManager.set(manager, names);
  }
  return names;
}
function repositoryPinOf(model, unit, operation) {
  if (operation.manager === "apt" && operation.options.some((option) => option === "--snapshot" || option === "-S")) return { level: "snapshot", named: "`--snapshot`" };
  const patterns = REPOSITORIES[operation.manager];
  if (!patterns) return void 0;
  if (!modelNamesRepository(model, operation.manager, patterns) && !namesRepository(unit.script, operation.manager, patterns)) return void 0;
  let release;
  for (const command of [...commandsBefore(model, unit, operation.command), operation.command]) {
    const named2 = repositoryNamedBy(command, operation.manager, patterns);
    if (named2?.level === "moving") return void 0;
    if (named2?.level === "snapshot") return named2;
    if (named2?.level === "release") release = named2;
  }
  return release;
}
function installsFromSnapshot(model, unit, operation) {
  const pin = repositoryPinOf(model, unit, operation);
  return pin?.level === "snapshot" ? pin.named : void 0;
}

// src/rules/os-package-rule.ts
function unpinnedOsPackageRule(options) {
  const managers = new Set(options.managers);
  return defineRule({
    id: options.id,
    shell: true,
    name: options.name,
    summary: options.summary,
    severity: "warning",
    tags: options.tags,
    precision: "high",
    hadolint: options.hadolint,
    docs: options.docs,
    check({ model, units, context, report }) {
      for (const { unit, instruction, operation } of packageOperationsOf(units, managers)) {
        if (operation.action !== "install") continue;
        const pin = repositoryPinOf(model, unit, operation);
        if (pin?.level === "snapshot") continue;
        const severity = pin ? "note" : void 0;
        const problem5 = (subject, spec, name, unknown = "") => pin ? `${subject} ${whyLoose(spec)}${unknown}, but comes from ${pin.named}, a repository of one release: it stays within ${pin.release ?? "that release"}, yet security rebuilds replace it in place (the mirror keeps only the newest build of each package, which is also why a per-package pin such as ${code(options.pinExample(name))} breaks the build once the mirror drops that build).` : `${subject} ${whyLoose(spec)}${unknown}: each build installs whatever the mirror serves that day. Pin it (${code(options.pinExample(name))}).`;
        const lists = readPackageLists(model, unit, operation, context);
        const listed = lists.listed.flatMap((entry) => {
          const spec = osPackageSpec(operation.manager, entry.word);
          return spec && !spec.exact ? [{ ...entry, spec }] : [];
        });
        const loose = operation.packages.filter((spec) => !spec.exact);
        const nix = nixOncePerInstall(operation.manager, [...loose, ...listed.map(({ spec }) => spec)]);
        const manager = options.managers.length > 1 ? `\`${operation.manager}\` package` : "Package";
        for (const { spec, file, shown: shown3 } of listed) {
          report({
            region: spec.word.region,
            file,
            instruction,
            unit,
            severity,
            message: problem5(`${manager} ${code(spec.name)} in ${shown3}`, spec, spec.name),
            related: [{ file: unit.file, region: operation.subcommand?.region ?? spec.word.region, message: `installed by ${operation.manager}` }],
            nix: nix.of(spec)
          });
        }
        for (const item of lists.unreadable) {
          report({
            region: item.word.region,
            instruction,
            unit,
            severity: "note",
            message: `The packages listed in ${code(item.written)} could not be checked for pins: ${item.reason}.`,
            ...item.via ? { related: [instructionLocation(model, item.via, `the ${item.via.keyword} it speaks of`)] } : {}
          });
        }
        for (const spec of loose) {
          const name = writtenName(spec);
          report({
            region: spec.word.region,
            instruction,
            unit,
            severity,
            message: problem5(`${manager} ${code(name)}`, spec, name, unknownValueNote(model, instruction, spec.word)),
            nix: nix.of(spec)
          });
        }
      }
    }
  });
}
function whyLoose(spec) {
  return spec.version === void 0 ? "has no version" : `has ${code(spec.version)}, which is not one exact version`;
}

// src/nixlang/flakehub.ts
function flakeHubFlake(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" || parsed.hostname !== "flakehub.com" && parsed.hostname !== "api.flakehub.com") return void 0;
  const [f, owner, project, version] = parsed.pathname.split("/").filter((part) => part !== "");
  if (f !== "f" || !owner || !project || !version) return void 0;
  return { owner, project, version: decodeURIComponent(version).replace(/\.tar\.gz$/, "") };
}

// src/nixlang/queries.ts
var GLOBAL_BUILTINS = /* @__PURE__ */ new Set(["fetchGit", "fetchMercurial", "fetchTarball", "fetchTree", "import", "derivation", "toString", "map", "throw", "abort", "baseNameOf", "dirOf", "removeAttrs", "placeholder", "scopedImport"]);
function nixText(nix, node) {
  const span = "span" in node ? node.span : node;
  return nix.text.slice(span.start, span.end);
}
function* nixWalk(node) {
  yield node;
  for (const child of node.children) yield* nixWalk(child);
}
function nixChild(node, field) {
  return node?.children.find((child) => child.field === field);
}
function nixChildren(node, field) {
  return node?.children.filter((child) => child.field === field) ?? [];
}
function nixUnwrap(node) {
  let current = node;
  while (current?.type === "parenthesized_expression") current = nixChild(current, "expression");
  return current;
}
function nixStringValue(nix, node) {
  const string = nixUnwrap(node);
  if (string?.type !== "string_expression" && string?.type !== "indented_string_expression") return void 0;
  let value = "";
  for (const part of string.children) {
    const text = nixText(nix, part);
    if (part.type === "string_fragment") value += text;
    else if (part.type === "escape_sequence" || part.type === "dollar_escape") value += decodeEscape(text, string.type === "indented_string_expression");
    else return void 0;
  }
  return string.type === "indented_string_expression" ? stripIndentation(value) : value;
}
function decodeEscape(escape, indented) {
  if (indented) return escape === "'''" ? "''" : escape === "''$" ? "$" : escape.startsWith("''\\") ? decodeEscape(escape.slice(2), false) : escape;
  const char = escape.slice(1);
  return char === "n" ? "\n" : char === "t" ? "	" : char === "r" ? "\r" : char;
}
function stripIndentation(value) {
  const lines = value.split("\n");
  const indents = lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(indent)).join("\n").replace(/^[ \t]*\n/, "");
}
function nixCall(node) {
  if (node.type !== "apply_expression") return void 0;
  if (node.parent?.type === "apply_expression" && node.field === "function") return void 0;
  const args = [];
  let current = node;
  while (current?.type === "apply_expression") {
    const argument = nixChild(current, "argument");
    if (argument) args.unshift(argument);
    current = nixChild(current, "function");
  }
  return current ? { callee: nixUnwrap(current) ?? current, args } : void 0;
}
function nixDottedName(nix, node) {
  const expression = nixUnwrap(node);
  if (expression?.type === "variable_expression") return nixText(nix, expression);
  if (expression?.type !== "select_expression" || nixChild(expression, "default")) return void 0;
  const base = nixDottedName(nix, nixChild(expression, "expression"));
  const attrs = nixChildren(nixChild(expression, "attrpath"), "attr");
  if (base === void 0 || attrs.some((attr) => attr.type !== "identifier")) return void 0;
  return [base, ...attrs.map((attr) => nixText(nix, attr))].join(".");
}
function nixBuiltinName(nix, node) {
  const expression = nixUnwrap(node);
  const dotted = nixDottedName(nix, expression);
  if (dotted === void 0) return void 0;
  const parts = dotted.split(".");
  if (parts.length === 2 && parts[0] === "builtins" && lexicalBinding(nix, expression, "builtins") === void 0) return parts[1];
  if (parts.length !== 1) return void 0;
  const name = parts[0];
  const binding = lexicalBinding(nix, expression, name);
  if (binding === "builtins") return name;
  if (binding !== void 0) return void 0;
  if (withBuiltins(nix, expression)) return name;
  return GLOBAL_BUILTINS.has(name) ? name : void 0;
}
function lexicalBinding(nix, node, name) {
  for (let scope = node.parent; scope; scope = scope.parent) {
    if (scope.type === "function_expression") {
      const universal = nixChild(scope, "universal");
      if (universal && nixText(nix, universal) === name) return "other";
      if (nixChildren(nixChild(scope, "formals"), "formal").some((formal) => nixText(nix, nixChild(formal, "name") ?? formal) === name)) return "other";
    } else if (scope.type === "let_expression" || scope.type === "rec_attrset_expression" || scope.type === "let_attrset_expression") {
      const bound = nixBindings(nix, scope).find((binding) => binding.path[0] === name);
      if (bound) return bound.inheritFrom !== void 0 && nixDottedName(nix, bound.inheritFrom) === "builtins" ? "builtins" : "other";
    }
  }
  return void 0;
}
function withBuiltins(nix, node) {
  for (let inner = node, scope = node.parent; scope; inner = scope, scope = scope.parent) {
    if (scope.type === "with_expression" && inner.field === "body" && nixDottedName(nix, nixChild(scope, "environment")) === "builtins") return true;
  }
  return false;
}
function nixBindings(nix, set) {
  const bindingSet = set?.children.find((child) => child.type === "binding_set");
  const bindings = [];
  for (const binding of bindingSet?.children ?? []) {
    if (binding.type === "binding") {
      const attrpath = nixChild(binding, "attrpath");
      const names = nixChildren(attrpath, "attr").map((attr) => attr.type === "identifier" ? nixText(nix, attr) : nixStringValue(nix, attr));
      if (!attrpath || names.some((name) => name === void 0)) continue;
      bindings.push({ path: names, keySpan: attrpath.span, value: nixChild(binding, "expression"), node: binding });
    } else if (binding.type === "inherit" || binding.type === "inherit_from") {
      const from = binding.type === "inherit_from" ? nixChild(binding, "expression") : void 0;
      for (const attr of nixChildren(nixChild(binding, "attrs"), "attr")) {
        bindings.push({ path: [nixText(nix, attr)], keySpan: attr.span, node: binding, inheritFrom: from });
      }
    }
  }
  return bindings;
}
function nixAttr(nix, set, path2) {
  const expression = nixUnwrap(set);
  if (!expression || expression.type !== "attrset_expression" && expression.type !== "rec_attrset_expression") return void 0;
  for (const binding of nixBindings(nix, expression)) {
    const shared = binding.path.length <= path2.length && binding.path.every((name, index) => name === path2[index]);
    if (!shared) continue;
    if (binding.path.length === path2.length) return binding;
    const found = nixAttr(nix, binding.value, path2.slice(binding.path.length));
    if (found) return found;
  }
  return void 0;
}
function nixpkgsLockInputs(lock) {
  const root = lock.nodes.get(lock.root);
  const found = [];
  for (const [name, { target }] of root?.inputs ?? []) {
    const node = typeof target === "string" ? lock.nodes.get(target) : void 0;
    if (!node?.locked) continue;
    const flakeHub = flakeHubFlake(String(node.original?.get("url")?.value ?? ""));
    const repo = String(node.locked.get("repo")?.value ?? node.original?.get("repo")?.value ?? flakeHub?.project ?? "").toLowerCase();
    if (repo === "nixpkgs" || name === "nixpkgs" && node.locked.has("lastModified")) found.push({ name, node });
  }
  return found;
}

// src/nixlang/flake.ts
var SOURCE_ATTRIBUTES = /* @__PURE__ */ new Set(["type", "owner", "repo", "ref", "rev", "dir", "url", "path", "host", "id", "narHash", "submodules", "shallow", "lastModified", "revCount"]);
function flakeInputs(nix) {
  const inputs = /* @__PURE__ */ new Map();
  const assign = (name, nameSpan, rest, value) => {
    let input = inputs.get(name);
    if (!input) {
      input = { name, nameSpan, attrs: /* @__PURE__ */ new Map(), nestedFollows: [], computed: false };
      inputs.set(name, input);
    }
    if (rest.length === 0) {
      input.computed = true;
      return;
    }
    const literal = literalOf(nix, value);
    if (rest.length === 3 && rest[0] === "inputs" && rest[2] === "follows") {
      if (typeof literal?.value === "string") input.nestedFollows.push({ dependency: rest[1], ...literal });
      return;
    }
    if (rest.length !== 1) return;
    const [key] = rest;
    if (key === "url" || key === "follows" || SOURCE_ATTRIBUTES.has(key) || key === "flake") {
      if (!literal) {
        if (key !== "flake") input.computed = true;
        return;
      }
      if (key === "url" && typeof literal.value === "string") input.url = literal;
      else if (key === "follows" && typeof literal.value === "string") input.follows = literal;
      else input.attrs.set(key, literal);
    }
  };
  for (const entry of flattened(nix, nixUnwrap(nixChild(nix.root, "expression")), [])) {
    if (entry.path[0] !== "inputs" || entry.path.length < 2) continue;
    assign(entry.path[1], entry.nameSpan, entry.path.slice(2), entry.value);
  }
  return [...inputs.values()];
}
function flattened(nix, set, prefix, prefixSpan) {
  if (set?.type !== "attrset_expression") return [];
  return nixBindings(nix, set).flatMap((binding) => {
    const path2 = [...prefix, ...binding.path];
    const nameSpan = prefixSpan ?? binding.keySpan;
    const inner = nixUnwrap(binding.value);
    if (inner?.type === "attrset_expression") return flattened(nix, inner, path2, path2.length >= 2 ? nameSpan : void 0);
    return [{ path: path2, nameSpan, value: binding.value }];
  });
}
function literalOf(nix, node) {
  const expression = nixUnwrap(node);
  if (!expression) return void 0;
  const string = nixStringValue(nix, expression);
  if (string !== void 0) return { value: string, span: expression.span };
  const text = nixText(nix, expression);
  if (expression.type === "variable_expression" && (text === "true" || text === "false")) return { value: text === "true", span: expression.span };
  if (expression.type === "uri_expression") return { value: text, span: expression.span };
  return void 0;
}
function flakeRefAttributes(reference) {
  const [base, query] = splitOnce(reference, "?");
  const params = new URLSearchParams(query ?? "");
  const attrs = /* @__PURE__ */ new Map();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(base);
  const refOrRev = (value) => {
    if (value) attrs.set(/^[0-9a-f]{40}$/.test(value) ? "rev" : "ref", value);
  };
  if (scheme && ["github", "gitlab", "sourcehut"].includes(scheme[1])) {
    const parts = base.slice(scheme[0].length).split("/");
    if (parts.length < 2 || !parts[0] || !parts[1]) return void 0;
    attrs.set("type", scheme[1]).set("owner", parts[0]).set("repo", parts[1]);
    refOrRev(parts.slice(2).join("/") || void 0);
  } else if (scheme && /^(git|hg)\+/.test(scheme[1])) {
    attrs.set("type", scheme[1].startsWith("git") ? "git" : "hg").set("url", base.slice(scheme[1].indexOf("+") + 1));
  } else if (scheme && /^(tarball|file)\+/.test(scheme[1])) {
    attrs.set("type", scheme[1].split("+")[0]).set("url", base.slice(scheme[1].indexOf("+") + 1));
  } else if (scheme && (scheme[1] === "https" || scheme[1] === "http")) {
    attrs.set("type", /\.(tar(\.[a-z0-9]+)?|tgz|zip)$/.test(new URL(base).pathname) ? "tarball" : "file").set("url", base);
  } else if (scheme?.[1] === "path" || base.startsWith(".") || base.startsWith("/")) {
    attrs.set("type", "path").set("path", scheme ? base.slice(scheme[0].length) : base);
  } else if (scheme?.[1] === "flake" || /^[a-zA-Z][a-zA-Z0-9_-]*(\/|$)/.test(base)) {
    const [id, ...rest] = (scheme ? base.slice(scheme[0].length) : base).split("/");
    attrs.set("type", "indirect").set("id", id);
    refOrRev(rest.join("/") || void 0);
  } else return void 0;
  for (const key of ["ref", "rev", "dir", "host", "narHash"]) {
    const value = params.get(key);
    if (value !== null) attrs.set(key, value);
  }
  return attrs;
}
function splitOnce(text, separator) {
  const index = text.indexOf(separator);
  return index < 0 ? [text, void 0] : [text.slice(0, index), text.slice(index + 1)];
}

// src/nixlang/static.ts
var MAX_DEPTH = 16;
function nixAttrsetShape(nix, node, depth = 0) {
  const expression = nixUnwrap(node);
  if (!expression || depth > MAX_DEPTH) return void 0;
  switch (expression.type) {
    case "attrset_expression":
    case "rec_attrset_expression": {
      const names = /* @__PURE__ */ new Map();
      const bindings = nixBindings(nix, expression);
      for (const binding of bindings) if (!names.has(binding.path[0])) names.set(binding.path[0], binding);
      const written = expression.children.find((child) => child.type === "binding_set")?.children.filter((child) => child.type === "binding").length ?? 0;
      return { names, open: bindings.filter((binding) => binding.value !== void 0).length < written };
    }
    case "binary_expression": {
      if (nixOperator(nix, expression) !== "//") return void 0;
      return mergeShapes([nixChild(expression, "left"), nixChild(expression, "right")].map((side) => nixAttrsetShape(nix, side, depth + 1) ?? OPEN));
    }
    case "if_expression": {
      const dead = deadBranchOf(nix, expression);
      const live = ["consequence", "alternative"].filter((field) => field !== dead);
      const branches = live.map((field) => nixAttrsetShape(nix, nixChild(expression, field), depth + 1));
      if (branches.every((branch) => branch === void 0)) return void 0;
      return mergeShapes(branches.map((branch) => branch ?? OPEN));
    }
    case "let_expression":
      return nixAttrsetShape(nix, nixChild(expression, "body"), depth + 1);
    case "variable_expression":
      return shapeOfName(nix, expression, depth);
    default:
      return void 0;
  }
}
var OPEN = { names: /* @__PURE__ */ new Map(), open: true };
function mergeShapes(shapes) {
  const names = /* @__PURE__ */ new Map();
  for (const shape of shapes) for (const [name, binding] of shape.names) if (!names.has(name)) names.set(name, binding);
  return { names, open: shapes.some((shape) => shape.open) };
}
function shapeOfName(nix, variable, depth) {
  const name = nixText(nix, variable);
  for (let scope = variable.parent; scope; scope = scope.parent) {
    if (scope.type === "function_expression") {
      const formals = nixChild(scope, "formals");
      const universal = nixChild(scope, "universal");
      if (universal && nixText(nix, universal) === name) {
        if (!formals) return void 0;
        const names = /* @__PURE__ */ new Map();
        for (const formal of nixChildren(formals, "formal")) {
          const identifier = nixChild(formal, "name");
          if (identifier) names.set(nixText(nix, identifier), { path: [nixText(nix, identifier)], keySpan: identifier.span, node: formal });
        }
        return { names, open: nixChild(formals, "ellipses") !== void 0 };
      }
      if (nixChildren(formals, "formal").some((formal) => nixText(nix, nixChild(formal, "name") ?? formal) === name)) return void 0;
    } else if (scope.type === "let_expression" || scope.type === "rec_attrset_expression") {
      const bound = nixBindings(nix, scope).find((binding) => binding.path[0] === name);
      if (bound) return bound.path.length === 1 && bound.value ? nixAttrsetShape(nix, bound.value, depth + 1) : void 0;
    }
  }
  return void 0;
}
function nixOperator(nix, expression) {
  const operands = expression.children.filter((child) => child.field === "left" || child.field === "right" || child.field === "argument");
  const start = operands.length === 2 ? operands[0].span.end : expression.span.start;
  const end = operands.length === 2 ? operands[1].span.start : operands[0]?.span.start ?? expression.span.end;
  let text = "";
  let at = start;
  for (const comment of nix.comments.filter((span) => span.start >= start && span.end <= end)) {
    text += nix.text.slice(at, comment.start);
    at = comment.end;
  }
  return (text + nix.text.slice(at, end)).trim();
}
var OLDEST_NIX_IN_USE = [2, 3];
function nixInDeadVersionBranch(nix, node) {
  for (let inner = node, scope = node.parent; scope; inner = scope, scope = scope.parent) {
    if (scope.type === "if_expression" && inner.field !== void 0 && inner.field === deadBranchOf(nix, scope)) return true;
  }
  return false;
}
function deadBranchOf(nix, ifExpression) {
  const test = olderNixTest(nix, nixChild(ifExpression, "condition"));
  if (!test || compareVersions(test.version, OLDEST_NIX_IN_USE) > 0) return void 0;
  return test.holdsWhenOlder ? "consequence" : "alternative";
}
function olderNixTest(nix, condition) {
  const expression = nixUnwrap(condition);
  if (!expression) return void 0;
  if (expression.type === "unary_expression" && nixOperator(nix, expression) === "!") {
    const inner = olderNixTest(nix, nixChild(expression, "argument"));
    return inner && { version: inner.version, holdsWhenOlder: !inner.holdsWhenOlder };
  }
  if (expression.type === "binary_expression") {
    const version = versionComparedWith(nix, nixChild(expression, "left"), "compareVersions");
    const bound = integerValue(nix, nixChild(expression, "right"));
    if (!version || bound === void 0) return void 0;
    const operator = nixOperator(nix, expression);
    const older = { "<": bound <= 0, "==": bound === -1, "<=": bound === -1 }[operator];
    const notOlder = { ">=": bound === 0, ">": bound === -1, "!=": bound === -1 }[operator];
    if (older) return { version, holdsWhenOlder: true };
    if (notOlder) return { version, holdsWhenOlder: false };
    return void 0;
  }
  const call = nixCall(expression);
  if (!call) return void 0;
  const versionOlder = versionComparedWith(nix, expression, "lessThan") ?? versionComparedWith(nix, expression, "versionOlder");
  if (versionOlder) return { version: versionOlder, holdsWhenOlder: true };
  const versionAtLeast = versionComparedWith(nix, expression, "versionAtLeast");
  if (versionAtLeast) return { version: versionAtLeast, holdsWhenOlder: false };
  if (nixBuiltinName(nix, call.callee) === "lessThan" && call.args.length === 2 && integerValue(nix, call.args[1]) === 0) {
    const version = versionComparedWith(nix, call.args[0], "compareVersions");
    if (version) return { version, holdsWhenOlder: true };
  }
  return void 0;
}
function versionComparedWith(nix, node, fn) {
  const call = node && nixCall(nixUnwrap(node));
  if (!call || call.args.length !== 2) return void 0;
  const named2 = nixBuiltinName(nix, call.callee) ?? (fn.startsWith("version") ? nixDottedName(nix, call.callee)?.split(".").pop() : void 0);
  if (named2 !== fn || nixBuiltinName(nix, call.args[0]) !== "nixVersion") return void 0;
  const version = nixStringValue(nix, call.args[1]);
  return version !== void 0 && /^\d+(\.\d+)*$/.test(version) ? version.split(".").map(Number) : void 0;
}
function integerValue(nix, node) {
  const expression = nixUnwrap(node);
  if (expression?.type === "integer_expression") return Number(nixText(nix, expression));
  if (expression?.type === "unary_expression" && nixOperator(nix, expression) === "-") {
    const inner = integerValue(nix, nixChild(expression, "argument"));
    return inner === void 0 ? void 0 : -inner;
  }
  return void 0;
}
function compareVersions(a, b) {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

// src/nixlang/index.ts
function loadNixParser() {
  return import("./parse-42775C6N.js");
}
function loadFlakeLockReader() {
  return import("./flake-lock-TOJ7KBDI.js");
}

// src/compose/interpolate.ts
function interpolate(text, lookup) {
  const unresolved = [];
  const used = [];
  let value = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char !== "$") {
      value += char;
      index++;
      continue;
    }
    const next = text[index + 1];
    if (next === "$") {
      value += "$";
      index += 2;
    } else if (next === "{") {
      const end = closingBrace(text, index + 2);
      if (end < 0) return { unresolved: [...unresolved, text.slice(index)], used };
      const expanded = expandBraced(text.slice(index + 2, end), lookup);
      used.push(...expanded.used);
      unresolved.push(...expanded.unresolved);
      value += expanded.value ?? "";
      index = end + 1;
    } else {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(index + 1))?.[0];
      if (!name) {
        value += "$";
        index++;
        continue;
      }
      const found = lookup(name);
      if (found === void 0) unresolved.push(name);
      else used.push(name);
      value += found ?? "";
      index += 1 + name.length;
    }
  }
  return unresolved.length > 0 ? { unresolved, used } : { value, unresolved, used };
}
function expandBraced(inner, lookup) {
  const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(inner)?.[0] ?? inner;
  const operator = /^(:-|-|:\?|\?|:\+|\+)?/.exec(inner.slice(name.length))?.[0] ?? "";
  const argument = inner.slice(name.length + operator.length);
  const found = lookup(name);
  const empty = found === void 0 || found === "";
  const nested = () => interpolate(argument, lookup);
  switch (operator) {
    case ":-":
      return empty ? nested() : { value: found, unresolved: [], used: [name] };
    case "-":
      return found === void 0 ? nested() : { value: found, unresolved: [], used: [name] };
    case ":+":
      return empty ? { value: "", unresolved: [], used: [] } : { ...nested(), used: [name] };
    case "+":
      return found === void 0 ? { value: "", unresolved: [], used: [] } : { ...nested(), used: [name] };
    default:
      return found === void 0 ? { unresolved: [name], used: [] } : { value: found, unresolved: [], used: [name] };
  }
}
function closingBrace(text, from) {
  let depth = 1;
  for (let index = from; index < text.length; index++) {
    if (text[index] === "{") depth++;
    else if (text[index] === "}" && --depth === 0) return index;
  }
  return -1;
}
function parseDotEnv(text) {
  const variables = /* @__PURE__ */ new Map();
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim().replace(/^export\s+/, "");
    const equals = trimmed.indexOf("=");
    if (trimmed.startsWith("#") || equals <= 0) continue;
    const name = trimmed.slice(0, equals).trim();
    let value = trimmed.slice(equals + 1).trim();
    const quote = value[0];
    if ((quote === '"' || quote === "'") && value.indexOf(quote, 1) > 0) value = value.slice(1, value.indexOf(quote, 1));
    else value = value.replace(/\s+#.*$/, "");
    if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) variables.set(name, value);
  }
  return variables;
}

// src/compose/index.ts
function loadComposeParser() {
  return import("./parse-SC426DVA.js");
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
      "default because a single-platform pin breaks every other architecture that builds the file.",
      "`COPY --from=NAME` or `RUN --mount=from=NAME` with a bare name (no registry, path, tag or digest) that is no stage is reported as a note:",
      "BuildKit first looks for a named build context (`docker buildx build --build-context NAME=...`), which",
      "the Dockerfile cannot pin; pin what you pass there (a `docker-image://...@sha256:` context), or write",
      "an image reference with its registry and digest."
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
          message: `The ${what} ${code(reference.raw)} cannot be resolved: ${reference.unresolved.map((name) => `\`${name}\``).join(", ")} has no default value, so what it names is decided at build time; give it a default pinned by digest.`
        });
        continue;
      }
      const shown3 = reference.raw === reference.resolved ? code(reference.raw) : `${code(reference.raw)} (= ${code(reference.resolved)})`;
      const mayNameBuildContext = reference.usage !== "from" && reference.usage !== "syntax";
      const problem5 = imagePinProblem(reference.resolved, `The ${what} ${shown3}`, settings.trustedRegistries, { mayNameBuildContext });
      if (!problem5) continue;
      const nix = reference.usage === "syntax" || !problem5.name || problem5.severity === "note" ? void 0 : nixForImage(problem5.name, reference.resolved);
      report({ ...base, severity: problem5.severity, message: problem5.message, nix });
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
      "build the image from a pinned base that already contains the packages. The alternative to per-package",
      "versions is a snapshot archive: installs through `snapshot.debian.org/archive/debian/20240101T000000Z`",
      "(or `snapshot.ubuntu.com/ubuntu/20240301T030400Z`), or `apt-get install --snapshot 20240301T030400Z` and",
      "apt's `APT::Snapshot` setting (Ubuntu 24.04 and later), get the versions of that moment every time: they",
      "are pinned at the archive level and not flagged, when a RUN of the stage (or of a stage it builds on)",
      "names the snapshot before the install. (Alpine has no snapshot archive: its nearest alternative, a",
      "repository of one release, is described in RA202.)"
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
      "`curl>=8` are ranges, not pins: they accept whatever release the repository has today. An install through",
      "a repository the Dockerfile names with its release (`apk add --repository",
      "https://dl-cdn.alpinelinux.org/alpine/v3.20/main curl`, or `/etc/apk/repositories` written with",
      "`/alpine/v3.20/` before the install) is pinned at the release level only, and reported as a note: the",
      "packages stay within Alpine 3.20, but security rebuilds replace them in place. `edge` follows development,",
      "and apk takes the newest version any of its repositories has, so a release repository next to an `edge` one",
      "pins nothing (a warning); the base image's own repositories, which the Dockerfile does not name, stay warnings."
    ].join(" "),
    failing: "FROM alpine:3.20\nRUN apk add --no-cache curl git~2.45\n",
    passing: "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1 git=2.45.2-r0\n",
    fix: [
      "Write `name=version-rN` with the exact package version (`apk policy curl` shows it). Alpine mirrors keep",
      "only the newest build of each package in a branch, so a pinned build disappears when a rebuild replaces",
      "it and the build breaks: pin the base image by digest too, and plan to bump both together. The",
      "alternative to per-package versions (as a snapshot archive is for apt, RA201) is the release repository:",
      "name it (`apk add --repository https://dl-cdn.alpinelinux.org/alpine/v3.20/main curl`, or write it into",
      "`/etc/apk/repositories`) and every package stays within Alpine 3.20, though security rebuilds still",
      "replace packages in place: Alpine has no snapshot archive that would freeze them."
    ].join(" "),
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
  shell: true,
  name: "os-upgrade",
  summary: "Whole-system upgrade (apt-get upgrade, apk upgrade, dnf upgrade, zypper update, pacman -Syu)",
  severity: "warning",
  tags: ["os-packages", "upgrade"],
  precision: "very-high",
  docs: {
    why: [
      "`apt-get upgrade`, `apk upgrade`, `dnf upgrade`, `zypper update` and `pacman -Syu` replace whatever packages have newer",
      "builds on the mirror at build time. The result depends on the day of the build, not on the Dockerfile:",
      "two builds of the same commit a day apart can differ in hundreds of files."
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN apt-get update && apt-get -y dist-upgrade\n",
    passing: "FROM debian:bookworm@sha256:b8084b1a576c5504a031936e1132574f4ce1d6cc7130bf8d6d5e8e5b0a6f5c7a\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates=20230311\n",
    fix: "Take security updates by moving to a newer base image digest (rebuilt by its publisher), not by upgrading inside the build. Install the few packages you need at exact versions. In a workflow step, run the job in a container image pinned by digest and move that digest.",
    nix: "Updating means moving the nixpkgs revision in `flake.lock` (`nix flake update`): an explicit, reviewable change that rebuilds exactly the affected packages."
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, OS_MANAGERS)) {
      if (operation.action !== "upgrade" && !operation.upgradesAll || installsFromSnapshot(model, unit, operation)) continue;
      const name = operation.command.argv[0];
      const subcommand = operation.subcommand ?? name;
      const targets = operation.packages.length > 0 && !operation.upgradesAll ? ` ${operation.packages.map((p) => code(writtenName(p))).join(", ")}` : " every installed package";
      report({
        region: regionOfWords(unit, subcommand),
        instruction,
        unit,
        // A workflow step upgrades the runner (or the job's container), which has no base image to move.
        message: unit.instruction ? `${code(`${name.value} ${subcommand.value}`)} upgrades${targets} to whatever the mirror serves at build time; move to a newer pinned base image instead.` : `${code(`${name.value} ${subcommand.value}`)} upgrades${targets} to whatever the mirror serves when the job runs; run the job in a container image pinned by digest, and move to a newer one instead.`,
        nix: {
          summary: 'With Nix, an upgrade is a reviewed change of the nixpkgs revision in `flake.lock` (`nix flake update`), which rebuilds exactly what changed; the build itself never reaches for "newest".'
        }
      });
    }
  }
});

// rules/ra206-unpinned-pacman-package.ts
var ra206_unpinned_pacman_package_default = unpinnedOsPackageRule({
  id: "RA206",
  name: "unpinned-pacman-package",
  summary: "pacman (or yay, paru) package installed without an exact version, from a mirror that moves",
  managers: ["pacman"],
  hadolint: [],
  tags: ["os-packages", "pacman", "arch"],
  pinExample: (name) => `${name}=<version>-<release>`,
  docs: {
    why: [
      "`pacman -S curl` installs whatever `curl` the mirror serves on the day of the build: Arch is a rolling",
      "release, so the same Dockerfile gets different packages every week, and a `curl>=8` target is a range, not a pin.",
      "AUR helpers (`yay -S`, `paru -S`) take the same syntax and build from whatever the AUR holds that day."
    ].join(" "),
    failing: "FROM archlinux:base\nRUN pacman -Sy --noconfirm curl git\n",
    passing: "FROM archlinux:base\nRUN echo 'Server=https://archive.archlinux.org/repos/2024/05/01/$repo/os/$arch' > /etc/pacman.d/mirrorlist \\\n    && pacman -Syyuu --noconfirm && pacman -S --noconfirm curl git\n",
    fix: [
      "Point pacman at one day of the Arch Linux Archive (`Server=https://archive.archlinux.org/repos/YYYY/MM/DD/$repo/os/$arch`",
      "in `/etc/pacman.d/mirrorlist`): every install then comes from that snapshot, which never changes, and repro-audit",
      "counts installs after it as pinned. A `name=version-release` target only asserts the version (the build fails",
      "when the mirror has moved on), and `pacman -U` of an archive URL installs one exact package file."
    ].join(" "),
    nix: "List the packages in the image's `contents` (`pkgs.curl pkgs.git`); the nixpkgs revision in `flake.lock` fixes their versions, as the archive's date fixes Arch's."
  }
});

// rules/ra209-unpinned-choco-package.ts
var CHOCO = managersOf("windows");
var ra209_unpinned_choco_package_default = defineRule({
  id: "RA209",
  shell: true,
  name: "unpinned-choco-package",
  summary: "choco install (cinst) or choco upgrade (cup) without --version: the newest package on the Chocolatey feed",
  severity: "warning",
  tags: ["os-packages", "choco", "windows"],
  precision: "high",
  hadolint: [],
  docs: {
    why: [
      "`choco install git -y` installs the newest `git` package the Chocolatey feed holds on the day of the build, and",
      "community packages often download their installer from the vendor at install time, so the feed moving is not",
      "the only thing that changes. `choco upgrade all` (`cup all`) and `choco upgrade NAME` without `--version` move",
      "whatever is installed to the newest release. Chocolatey has one `--version` per command and it applies to every",
      "package the command names: `choco install git cmake --version 2.45.1` asks for that version of both."
    ].join(" "),
    failing: `# escape=\`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN choco install -y git.install cmake
`,
    passing: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]\nRUN choco install -y git.install --version=2.45.1 ; `\n    choco install -y cmake --version 3.29.3\n',
    fix: [
      "Install one package per `choco install` with `--version=<version>` (`choco install -y cmake --version=3.29.3`),",
      "or list the packages with their versions in a `packages.config` copied into the image (`choco install",
      "packages.config -y`). For packages whose installer is downloaded at install time, an internal feed",
      "(`--source`) holding the package with its embedded installer keeps builds from depending on the vendor's site."
    ].join(" "),
    nix: "nixpkgs builds for Linux and macOS, not Windows: it has no equivalent of Chocolatey packages. Pin each with `--version`; where the image could be a Linux one, nixpkgs has most of the same tools (`pkgs.git`, `pkgs.cmake`) fixed by `flake.lock`."
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, CHOCO)) {
      if (operation.action === "upgrade" && operation.packages.length === 0) {
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          unit,
          message: "`choco upgrade all` moves every installed package to the newest release on the feed at build time. Install the versions you need instead (`choco install NAME --version=<version>`).",
          nix: nixForPackages("choco", [])
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact);
      const nix = nixOncePerInstall("choco", loose);
      const verb = operation.action === "upgrade" ? "upgraded" : "installed";
      for (const spec of loose) {
        const name = writtenName(spec);
        const why = spec.version === void 0 ? "has no `--version`" : `has ${code(`--version ${spec.version}`)}, which is not one release`;
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `Chocolatey package ${code(name)} is ${verb} but ${why}${unknownValueNote(model, instruction, spec.word)}: each build takes the newest release on the feed that day. Pin it (${code(`choco install ${name} --version=<version>`)}).`,
          nix: nix.of(spec)
        });
      }
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
function named(spec, text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text.trim()) ? text.trim() : writtenName(spec);
}
function problem(spec, text, dynamic) {
  const version = spec.version;
  if (version !== void 0 && /:\/\//.test(version) && !/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return `is a download URL without a hash: the file behind it can change. Append \`#sha256=<hash>\` so pip verifies it${dynamic}.`;
  }
  if (/(^|@\s*)(git|hg|svn|bzr)\+/.test(text)) {
    return version === void 0 ? `installs the default branch of a repository, which moves with every push. Pin a full commit: \`...@<40-hex commit>#egg=${writtenName(spec)}\`${dynamic}.` : `points at ${code(version)}, a tag or branch that can be moved. Pin the full commit it names: \`...@<40-hex commit>\`${dynamic}.`;
  }
  if (version === void 0) return `has no version: every build installs the newest release${dynamic}. Pin it: ${code(`${writtenName(spec)}==<version>`)}.`;
  return `has ${code(version)}, which is not one exact version${dynamic}. Pin it: ${code(`${writtenName(spec)}==<version>`)}.`;
}
function upgradesProject(operation) {
  if (operation.action !== "upgrade" || operation.global) return false;
  return operation.manager === "poetry" || operation.manager === "pipenv" || operation.manager === "uv" && ["sync", "lock"].includes(operation.subcommand?.value ?? "");
}
function installedAsTool(earlier, spec) {
  const name = normalizePythonName(spec.name);
  return earlier.some((command) => {
    const operation = packageOperationOf(command);
    return operation?.manager === "uv" && operation.action !== "run" && operation.global && operation.packages.some((installed) => normalizePythonName(installed.name) === name);
  });
}
function isPinned(spec, requirements, exactlyNamed) {
  const name = normalizePythonName(spec.name);
  return spec.exact || requirements.constrained.get(name) === true || exactlyNamed.has(name);
}
var ra301_unpinned_python_package_default = defineRule({
  id: "RA301",
  shell: true,
  name: "unpinned-python-package",
  summary: "pip/uv/pipx/poetry/pipenv package installed without an exact version (command line or requirements file), or upgraded",
  severity: "warning",
  tags: ["language-packages", "python", "pip", "uv", "poetry", "pipenv", "supply-chain"],
  precision: "high",
  hadolint: ["DL3013"],
  docs: {
    why: [
      "`pip install flask` installs the newest Flask on PyPI at the time of the build, and `flask>=2`,",
      "`flask~=2.3` or `flask==2.*` still let any future release in. A VCS requirement at a tag or branch",
      "(`git+https://...@v1.0`) follows whatever the tag points to today. `--upgrade` asks for the newest",
      "release on purpose. The same applies to every line of the requirements and constraints files the",
      "command reads, which repro-audit opens from the build context (following the COPY that put them in the image).",
      "Project tools are no different: `poetry add flask`, `uv add flask` and `pipenv install flask` resolve the",
      "newest release at build time (and write it into the lockfile), and `poetry update`, `pipenv update` and",
      "`uv lock --upgrade` move every locked dependency to the newest version its constraints allow. So does",
      "`poetry lock --regenerate`, and a bare `poetry lock` in Poetry 1.x (unless `--no-update`; Poetry 2 keeps the",
      "locked versions): a bare `poetry lock` is reported only when the Dockerfile installs a 1.x release by name",
      "(`pip install poetry==1.8.3`, the official installer with `--version 1.8.3` or `POETRY_VERSION`), never when",
      "the release is unknown. Tools",
      "fetched and run once are packages too: `uvx ruff` (`uv tool run`), `uvx ruff@latest` and `pipx run black`",
      "run the newest release on the day of the build."
    ].join(" "),
    failing: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask "requests>=2.31"\n',
    passing: "FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir flask==3.0.3 requests==2.32.3\n",
    fix: [
      "Pin every requirement with `==` (`flask==3.0.3`), on the command line and in requirements files. Keep the",
      "full, transitive set in a lock: `pip-compile --generate-hashes` or `uv pip compile --generate-hashes`",
      "writes a requirements file with `==` pins and hashes for every dependency, and `pip install",
      "--require-hashes -r requirements.txt` installs exactly that. Pin VCS requirements to a full commit.",
      "Packages named on the command line may instead be pinned in a constraints file (`-c constraints.txt`).",
      "Run tools at an exact version (`uvx ruff==0.6.9`, `uvx --from ruff==0.6.9 ruff`, `pipx run --spec",
      "black==24.8.0 black`). Drop `--upgrade` and pin the tool instead (`pip install pip==24.0`). Add project dependencies in the",
      "repository, not in the Dockerfile (`poetry add flask==3.0.3` commits a pin to the lockfile), and let the",
      "build install the committed lockfile (RA303); update it by a reviewed change, not during the build (drop",
      "`poetry lock` from the Dockerfile, or in Poetry 1.x give it `--no-update`)."
    ].join(" "),
    nix: [
      "Take Python packages from nixpkgs (`python3.withPackages (ps: [ ps.flask ])`), or build the locked",
      "project with uv2nix/poetry2nix: every dependency is then a store path fixed by hash, and `flake.lock`",
      "pins the nixpkgs revision."
    ].join(" ")
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, PYTHON)) {
      if (operation.action === "install-lockfile") continue;
      if (operation.options.includes("--no-index")) continue;
      let earlier;
      let release;
      if (operation.upgradesBeforeMajor !== void 0) {
        release = (earlier ??= commandsBefore(model, unit, operation.command)).map((command) => poetryReleaseInstalledBy(command, variablesOf(unit))).findLast((found) => found !== void 0);
        if (release === void 0 || !(Number.parseInt(release, 10) < operation.upgradesBeforeMajor)) continue;
      }
      const requirements = readPipRequirements(model, unit, operation, context);
      const upgrade = operation.action === "upgrade";
      const argv = operation.command.argv;
      const tool = code(argv.slice(0, operation.subcommand ? argv.indexOf(operation.subcommand) + 1 : 1).map((word) => word.value ?? word.raw).join(" "));
      const exactlyNamed = new Set([...operation.packages, ...requirements.fromFiles.map(({ spec }) => spec)].filter((spec) => spec.exact).map((spec) => normalizePythonName(spec.name)));
      const runsInstalled = (spec) => operation.prefersInstalled === true && spec.version === void 0 && installedAsTool(earlier ??= commandsBefore(model, unit, operation.command), spec);
      const unpinned = operation.packages.filter((spec) => !isPinned(spec, requirements, exactlyNamed) && !comesFromBaseImage(spec.word, variablesOf(unit)) && !runsInstalled(spec));
      const fromFiles = requirements.fromFiles.filter(({ spec }) => !isPinned(spec, requirements, exactlyNamed));
      const constraintsUnreadable = requirements.unreadable.filter((item) => item.kind === "constraints");
      const nix = nixOncePerInstall(operation.manager, [...unpinned, ...fromFiles.map(({ spec }) => spec)]);
      const project = upgradesProject(operation);
      const upgradeOption = ["-U", "--upgrade", "-P", "--upgrade-package", "--regenerate"].find((option) => operation.options.includes(option));
      const upgrading = release ? `${tool} of Poetry ${release} (1.x re-resolves unless given \`--no-update\`)` : `${tool}${upgradeOption ? ` with ${code(upgradeOption)}` : ""}`;
      if (upgrade && operation.packages.length === 0 && operation.requirementFiles.length === 0 && operation.subcommand) {
        report({
          region: operation.subcommand.region,
          instruction,
          unit,
          message: project ? `${upgrading} moves every dependency of the project to the newest version its constraints allow at build time, and rewrites the lockfile. Update the lockfile in the repository instead and install it as locked.` : `${upgrading} upgrades every installed tool to its newest release at build time. Install each at an exact version instead.`,
          nix: nix.whole
        });
      }
      if (constraintsUnreadable.length > 0 && unpinned.length > 0) {
        for (const item of constraintsUnreadable) {
          report({
            region: item.word.region,
            instruction,
            unit,
            severity: "note",
            message: `${unpinned.map((spec) => code(writtenName(spec))).join(", ")} may be pinned by the constraints file ${code(item.written)}, which could not be checked: ${item.reason}.`,
            ...item.via ? { related: [instructionLocation(model, item.via, `the ${item.via.keyword} it speaks of`)] } : {}
          });
        }
      } else {
        for (const spec of unpinned) {
          const message3 = !upgrade ? `Python package ${code(named(spec, shown(spec)))} ${problem(spec, shown(spec), unknownValueNote(model, instruction, spec.word))}` : project ? `${upgrading} moves ${code(writtenName(spec))} to the newest version its constraints allow at build time, and rewrites the lockfile. Update the lockfile in the repository instead.` : `${upgrading} installs the newest release of ${code(writtenName(spec))} allowed at build time; pin it instead (${code(`${writtenName(spec)}==<version>`)}).`;
          report({ region: spec.word.region, instruction, unit, message: message3, nix: nix.of(spec) });
        }
      }
      for (const { spec, text, file, shown: fileShown, line, location } of fromFiles) {
        report({
          region: location.region,
          file: location.file,
          instruction,
          unit,
          message: `Python package ${code(named(spec, text))} in ${fileShown} ${problem(spec, text, "")}`,
          related: [{ file: unit.file, region: regionOfWords(unit, spec.word), message: `read by ${tool}` }],
          properties: { requirementsFile: file, requirementsLine: line },
          nix: nix.of(spec)
        });
      }
      for (const item of requirements.unreadable.filter((candidate) => candidate.kind === "requirements")) {
        report({
          region: item.word.region,
          instruction,
          unit,
          severity: "note",
          message: `The requirements file ${code(item.written)} could not be checked for pins: ${item.reason}.`,
          ...item.via ? { related: [instructionLocation(model, item.via, `the ${item.via.keyword} it speaks of`)] } : {}
        });
      }
    }
  }
});

// rules/ra302-unpinned-node-package.ts
var NODE = managersOf("javascript");
var installsJavaScript = (command) => {
  const operation = packageOperationOf(command);
  return operation !== void 0 && NODE.has(operation.manager) && operation.action !== "run";
};
function problem2(spec, dynamic) {
  const name = writtenName(spec);
  const git = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec.name) || /\.git$/.test(spec.name) || /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(spec.name);
  if (git) {
    return spec.version === void 0 ? `installs the default branch of a git repository, which moves with every push. Pin a full commit: ${code(`${name}#<40-hex commit>`)}${dynamic}.` : `points at ${code(spec.version)}, a git tag, branch or range that can move. Pin the full commit: ${code(`${name}#<40-hex commit>`)}${dynamic}.`;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec.name)) return `is a tarball URL: the file behind it can be replaced and nothing checks it. Install a registry version (\`name@1.2.3\`) instead${dynamic}.`;
  if (spec.version === void 0) return `has no version: every build installs whatever is \`latest\` on the registry that day. Pin it: ${code(`${name}@<version>`)}${dynamic}.`;
  if (spec.version === "latest" || /^[A-Za-z][\w.-]*$/.test(spec.version)) {
    return `uses the dist-tag ${code(spec.version)}, which the publisher moves with each release. Pin a version: ${code(`${name}@<version>`)}${dynamic}.`;
  }
  return `has ${code(spec.version)}, a range rather than one version. Pin it: ${code(`${name}@<version>`)}${dynamic}.`;
}
var ra302_unpinned_node_package_default = defineRule({
  id: "RA302",
  shell: true,
  name: "unpinned-node-package",
  summary: "npm/yarn/pnpm/bun package added, or run with npx, bunx or dlx, without an exact version",
  severity: "warning",
  tags: ["language-packages", "javascript", "npm", "yarn", "pnpm", "bun", "npx", "supply-chain"],
  precision: "high",
  hadolint: ["DL3016"],
  docs: {
    why: [
      "`npm install -g typescript` installs whatever version carries the `latest` dist-tag on the day of the build;",
      "`typescript@5`, `typescript@^5.4.0` and `typescript@next` float the same way, and a git dependency at a branch",
      "or tag (`github:user/repo#v1`) follows whatever the branch or tag points to. Packages named on the command line",
      "are not covered by the project lockfile. `npm update` / `yarn upgrade` / `pnpm update` move to newer versions on purpose.",
      "`npx create-vite`, `bunx cowsay`, `pnpm dlx turbo` and `yarn dlx create-vite` fetch a package and run it: without",
      "an exact version that is whatever is `latest` that day. (`npx` and `bunx` run the project's own copy when an",
      "install earlier in the build put one there and no version is asked for; `dlx` always fetches.)"
    ].join(" "),
    failing: "FROM node:20-bookworm-slim\nRUN npm install -g typescript pnpm@^9\n",
    passing: "FROM node:20-bookworm-slim\nRUN npm install -g typescript@5.4.5 pnpm@9.1.0\n",
    fix: [
      "Name an exact version for every package added on the command line (`npm install -g typescript@5.4.5`,",
      "`yarn global add serve@14.2.3`, `pnpm add -g pnpm@9.1.0`, `bun add zod@3.23.8`), and a full commit for git",
      "dependencies (`github:user/repo#<40-hex commit>`). Better still, declare the tools in `package.json` and",
      "install them from the lockfile with `npm ci`. Replace `npm update` by a lockfile change committed to the repository.",
      "Run one-off tools at an exact version too: `npx create-vite@5.2.3`, `pnpm dlx turbo@2.0.4`."
    ].join(" "),
    nix: [
      "Take Node tools from nixpkgs (`pkgs.nodePackages.*`, `pkgs.typescript`), or build the project with",
      "`buildNpmPackage`, whose `npmDepsHash` fixes every dependency by content; `flake.lock` pins the nixpkgs revision."
    ].join(" ")
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, NODE)) {
      const command = `${operation.command.argv[0]?.value ?? operation.manager}${operation.subcommand ? ` ${operation.subcommand.value ?? operation.subcommand.raw}` : ""}`;
      if (operation.action === "upgrade") {
        const loose2 = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
        if (operation.packages.length === 0 && operation.subcommand) {
          report({
            region: regionOfWords(unit, operation.subcommand),
            instruction,
            unit,
            message: `${code(command)} moves every dependency to the newest version its range allows at build time (and rewrites the lockfile). Update the lockfile in the repository instead and install it with a frozen install.`,
            nix: nixForPackages(operation.manager, [])
          });
        }
        for (const spec of loose2) {
          report({
            region: spec.word.region,
            instruction,
            unit,
            message: `${code(command)} moves ${code(writtenName(spec))} to the newest version allowed at build time. Install an exact version instead: ${code(`${writtenName(spec)}@<version>`)}.`,
            nix: nixForPackages(operation.manager, [spec.name])
          });
        }
        continue;
      }
      if (operation.action === "run") {
        let installed;
        const runsInstalled = (spec) => operation.prefersInstalled === true && spec.version === void 0 && (installed ??= commandsBefore(model, unit, operation.command).some(installsJavaScript));
        for (const spec of operation.packages.filter((candidate) => !candidate.exact && !comesFromBaseImage(candidate.word, variablesOf(unit)) && !runsInstalled(candidate))) {
          report({
            region: spec.word.region,
            instruction,
            unit,
            message: `${code(command)} fetches and runs ${code(writtenName(spec))}, which ${problem2(spec, unknownValueNote(model, instruction, spec.word))}`,
            nix: nixForPackages(operation.manager, [spec.name])
          });
        }
        continue;
      }
      if (operation.action !== "install") continue;
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall(operation.manager, loose);
      for (const spec of loose) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `\`${operation.manager}\` package ${code(writtenName(spec))} ${problem2(spec, unknownValueNote(model, instruction, spec.word))}`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra303-lockfile-not-enforced.ts
var LOCKFILE_VERBS = /* @__PURE__ */ new Set(["ci", "clean-install", "install-clean", "isntall-clean", "ic"]);
var has = (operation, ...options) => operation.options.some((option) => options.includes(option));
var setting = (operation, variables, name) => /^(1|true|yes)$/i.test(environmentValue(operation.command, name, variables) ?? "");
function bundlerConfigFreezes(earlier) {
  let frozen = false;
  for (const command of earlier) {
    if (commandName(command) !== "bundle" && commandName(command) !== "bundler") continue;
    const words = command.argv.slice(1).map((word) => word.value ?? "").filter((word) => !word.startsWith("--"));
    if (words[0] !== "config") continue;
    const [verb, key, value] = words[1] === "set" || words[1] === "unset" ? [words[1], words[2], words[3]] : ["set", words[1], words[2]];
    if (key !== "frozen" && key !== "deployment") continue;
    frozen = verb === "set" && /^(1|true|yes)$/i.test(value ?? "");
  }
  return frozen;
}
var MANAGERS = {
  npm: {
    manifest: "package.json",
    lockfiles: ["package-lock.json", "npm-shrinkwrap.json"],
    frozen: "`npm ci`",
    enforced: (operation) => LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  },
  yarn: {
    manifest: "package.json",
    lockfiles: ["yarn.lock"],
    frozen: "`yarn install --frozen-lockfile` (Yarn 1) or `yarn install --immutable` (Yarn 2+)",
    enforced: (operation, variables) => has(operation, "--frozen-lockfile", "--immutable") || setting(operation, variables, "YARN_ENABLE_IMMUTABLE_INSTALLS")
  },
  pnpm: {
    manifest: "package.json",
    lockfiles: ["pnpm-lock.yaml"],
    frozen: "`pnpm install --frozen-lockfile`",
    // pnpm freezes the lockfile by default when it runs in CI (`CI=true`, as `ENV CI=true` sets it).
    enforced: (operation, variables) => (has(operation, "--frozen-lockfile") || setting(operation, variables, "CI")) && !has(operation, "--no-frozen-lockfile") || LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  },
  bun: {
    manifest: "package.json",
    lockfiles: ["bun.lock", "bun.lockb"],
    frozen: "`bun install --frozen-lockfile`",
    enforced: (operation) => has(operation, "--frozen-lockfile") || LOCKFILE_VERBS.has(operation.subcommand?.value ?? "")
  },
  poetry: {
    manifest: "pyproject.toml",
    lockfiles: ["poetry.lock"],
    frozen: "`poetry install` (which installs `poetry.lock` exactly when it is there)",
    enforced: () => false,
    enforcesPresentLockfile: true
  },
  pipenv: {
    manifest: "Pipfile",
    lockfiles: ["Pipfile.lock"],
    frozen: "`pipenv install --deploy` (or `pipenv sync`)",
    enforced: (operation) => operation.subcommand?.value === "sync" || has(operation, "--deploy", "--ignore-pipfile") && !has(operation, "--skip-lock"),
    ignoresLockfile: (operation) => has(operation, "--skip-lock") ? "`--skip-lock` installs from `Pipfile` alone and ignores `Pipfile.lock`" : void 0
  },
  uv: {
    manifest: "pyproject.toml",
    lockfiles: ["uv.lock"],
    frozen: "`uv sync --locked` (or `--frozen`)",
    enforced: (operation, variables) => has(operation, "--locked", "--frozen") || setting(operation, variables, "UV_LOCKED") || setting(operation, variables, "UV_FROZEN")
  },
  bundler: {
    manifest: "Gemfile",
    lockfiles: ["Gemfile.lock", "gems.locked"],
    frozen: "`BUNDLE_FROZEN=true` (or `bundle config set frozen true`, or `BUNDLE_DEPLOYMENT=true`) before `bundle install`",
    enforced: (operation, variables, earlier) => has(operation, "--frozen", "--deployment") || setting(operation, variables, "BUNDLE_FROZEN") || setting(operation, variables, "BUNDLE_DEPLOYMENT") || bundlerConfigFreezes(earlier())
  }
};
var LOCKING = new Set(Object.keys(MANAGERS));
function message(command, facts, presence, inStep) {
  const lockfiles = facts.lockfiles.map((name) => code(name)).join(" or ");
  const manifest = code(facts.manifest);
  switch (presence.state) {
    case "copied":
      return `${code(command)} does not enforce ${code(presence.name)}: when it and ${manifest} disagree it resolves new versions and rewrites the lockfile instead of failing. Use ${facts.frozen}.`;
    case "absent":
      return `${code(command)} runs without a lockfile: no ${lockfiles} is copied into this stage before it, so every build resolves the newest versions ${manifest} allows. Commit the lockfile, COPY it with ${manifest}, and use ${facts.frozen}.`;
    case "unknown":
      return facts.enforcesPresentLockfile ? `${code(command)} installs ${lockfiles} exactly when it reaches the build, which could not be checked: ${presence.reason}. Without it every build resolves the newest versions ${manifest} allows.` : `${code(command)} does not enforce the lockfile, so versions can drift from it; use ${facts.frozen} (and make sure ${lockfiles} is ${inStep ? "committed in the folder the step runs in" : "copied before it"}: ${presence.reason}).`;
  }
}
var ra303_lockfile_not_enforced_default = defineRule({
  id: "RA303",
  shell: true,
  name: "lockfile-not-enforced",
  summary: "npm/yarn/pnpm/bun, poetry, pipenv, uv sync or bundle install not held to its lockfile (or with none in the build)",
  severity: "warning",
  tags: ["language-packages", "lockfile", "javascript", "npm", "yarn", "pnpm", "python", "poetry", "uv", "ruby"],
  precision: "high",
  docs: {
    why: [
      "A lockfile fixes every direct and transitive dependency to one version and checksum, but only a frozen",
      "install holds the build to it: `npm install`, `yarn install`, `pnpm install` and `bun install` quietly",
      "resolve new versions (and rewrite the lockfile) whenever it does not match `package.json`. Without a lockfile",
      "in the build at all, every build resolves the newest versions the ranges in `package.json` allow.",
      "Python and Ruby projects are the same: `uv sync` re-locks when `uv.lock` is out of date with `pyproject.toml`,",
      "`pipenv install` re-locks when `Pipfile.lock` is out of date with `Pipfile` (and `--skip-lock` ignores it),",
      "`bundle install` re-resolves the gems whose `Gemfile` entries changed, and `poetry install` without",
      "`poetry.lock` in the build resolves the newest versions `pyproject.toml` allows (with it, it installs exactly the lock)."
    ].join(" "),
    failing: "FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n",
    passing: "FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n",
    fix: [
      "Commit the lockfile, COPY it together with `package.json`, and install with `npm ci`, `yarn install",
      "--frozen-lockfile` (Yarn 1) / `yarn install --immutable` (Yarn 2+), `pnpm install --frozen-lockfile` or",
      "`bun install --frozen-lockfile`. These fail when the lockfile is out of date instead of drifting.",
      "Likewise `uv sync --locked` (or `--frozen`, or `UV_LOCKED=1`), `pipenv install --deploy` (or `pipenv sync`),",
      "`poetry install` with `poetry.lock` copied beside `pyproject.toml`, and `bundle install` with `Gemfile.lock`",
      "copied and `BUNDLE_FROZEN=true` (or `bundle config set frozen true`, or `BUNDLE_DEPLOYMENT=true`)."
    ].join(" "),
    nix: [
      "`buildNpmPackage` (with `npmDepsHash`), `mkYarnPackage`/`yarn2nix`, or `pnpm.fetchDeps` fetch exactly the",
      "lockfile's dependencies into a fixed-output derivation: a changed dependency changes the hash and fails the build.",
      "For Ruby, `pkgs.bundlerEnv` builds the gems of `Gemfile.lock` from a `gemset.nix` that bundix writes, each gem",
      "fixed by hash. For Python, the uv2nix and poetry2nix projects (flakes, not part of nixpkgs) turn `uv.lock` and",
      "`poetry.lock` into derivations; a Pipfile has no direct Nix counterpart: export it to a requirements file with",
      "hashes, or move the project to uv or poetry."
    ].join(" ")
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, LOCKING)) {
      if (operation.action !== "install-lockfile") continue;
      const facts = MANAGERS[operation.manager];
      if (facts.enforced(operation, variablesOf(unit), () => commandsBefore(model, unit, operation.command))) continue;
      const name = operation.command.argv[0];
      const command = [name, operation.subcommand].filter((word) => word !== void 0).map((word) => word.value ?? word.raw).join(" ");
      const region = regionOfWords(unit, operation.subcommand ?? name);
      const nix = nixForPackages(operation.manager, []);
      const ignored = facts.ignoresLockfile?.(operation);
      if (ignored) {
        report({ region, instruction, unit, nix, message: `${code(command)}: ${ignored}, so every build resolves the newest versions ${code(facts.manifest)} allows. Use ${facts.frozen}.` });
        continue;
      }
      const presence = presenceInStage(model, instruction, context, facts.lockfiles, facts.manifest);
      if (facts.enforcesPresentLockfile && presence.state === "copied") continue;
      const unchecked = facts.enforcesPresentLockfile && presence.state === "unknown";
      report({
        region,
        instruction,
        unit,
        nix,
        severity: unchecked ? "note" : void 0,
        message: message(command, facts, presence, !instruction),
        ...presence.state === "unknown" && presence.via ? { related: [instructionLocation(model, presence.via, `the ${presence.via.keyword} it speaks of`)] } : {}
      });
    }
  }
});

// rules/ra304-unpinned-ruby-gem.ts
var RUBY = managersOf("ruby");
var ra304_unpinned_ruby_gem_default = defineRule({
  id: "RA304",
  shell: true,
  name: "unpinned-ruby-gem",
  summary: "gem install or bundle add without an exact version, or gem update, bundle update",
  severity: "warning",
  tags: ["language-packages", "ruby", "gem", "bundler", "supply-chain"],
  precision: "high",
  hadolint: ["DL3028"],
  docs: {
    why: [
      '`gem install bundler` installs the newest release on rubygems.org at the time of the build; `-v "~> 2.5"`',
      'and `-v ">= 2"` are ranges that let every future release in. `gem update` (and `gem update --system`',
      "without a version) upgrades installed gems, or RubyGems itself, to whatever is newest that day.",
      "`bundle update` (and `bundle lock --update`) moves the gems of `Gemfile.lock` to the newest versions the",
      "`Gemfile` allows, and `bundle add` without `--version` adds the newest release."
    ].join(" "),
    failing: 'FROM ruby:3.3-slim\nRUN gem install bundler rails -v "~> 7.1"\n',
    passing: "FROM ruby:3.3-slim\nRUN gem install bundler:2.5.11 && gem install rails -v 7.1.3.4\n",
    fix: [
      "Give each gem one exact version: `gem install bundler:2.5.11` or `gem install bundler -v 2.5.11`. Update",
      "RubyGems to a named version (`gem update --system 3.5.11`). Application gems belong in a `Gemfile.lock`",
      "installed with `bundle install` under `BUNDLE_FROZEN=true` (or `--deployment`); update that lockfile in the",
      "repository (`bundle update`, reviewed and committed), not during the build."
    ].join(" "),
    nix: "Take gems from nixpkgs (`pkgs.rubyPackages.*`) or build the bundle with `bundlerEnv`/`bundix`, which fixes every gem of `Gemfile.lock` by hash."
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, RUBY)) {
      const bundler = operation.manager === "bundler";
      if (operation.action === "upgrade" && bundler) {
        const command = `bundle ${operation.subcommand?.value ?? ""}${operation.subcommand?.value === "lock" ? " --update" : ""}`;
        const subject = operation.packages.length > 0 ? operation.packages.map((spec) => code(writtenName(spec))).join(", ") : "every gem of `Gemfile.lock`";
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          unit,
          message: `${code(command)} moves ${subject} to the newest version the \`Gemfile\` allows at build time, and rewrites \`Gemfile.lock\`. Update the lockfile in the repository instead and install it frozen.`,
          nix: nixForPackages("bundler", operation.packages.map((spec) => spec.name))
        });
        continue;
      }
      if (operation.action === "upgrade") {
        const system = operation.options.includes("--system");
        if (system && operation.packages.length > 0 && operation.packages.every((spec) => spec.exact)) continue;
        const subject = system ? "RubyGems itself" : operation.packages.length > 0 ? operation.packages.map((spec) => code(writtenName(spec))).join(", ") : "every installed gem";
        const remedy = system ? "Name the version: `gem update --system <version>`." : "Install exact versions instead (`gem install name:<version>`).";
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          unit,
          message: `\`gem update${system ? " --system" : ""}\` upgrades ${subject} to the newest release at build time. ${remedy}`,
          nix: nixForPackages("gem", operation.packages.filter(() => !system).map((spec) => spec.name))
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall("gem", loose);
      for (const spec of loose) {
        const dynamic = unknownValueNote(model, instruction, spec.word);
        const name = writtenName(spec);
        const why = spec.version === void 0 || spec.version === "" ? `has no version: every build installs the newest release on the gem server${dynamic}.` : `has ${code(spec.version)}, a requirement that allows more than one version${dynamic}.`;
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `Gem ${code(name)} ${why} Pin it: ${bundler ? code(`bundle add ${name} --version <version>`) : `${code(`gem install ${name}:<version>`)} or ${code(`-v <version>`)}`}.`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra305-unpinned-go-module.ts
var GO = /* @__PURE__ */ new Set(["go"]);
function problem3(spec, verb, dynamic) {
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
  shell: true,
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
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, GO)) {
      const verb = operation.subcommand?.value ?? "install";
      if (operation.action === "upgrade") {
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          unit,
          message: `\`go get -u\` upgrades ${operation.packages.length > 0 ? operation.packages.map((spec) => code(writtenName(spec))).join(", ") + " and their" : "the"} dependencies to the newest releases at build time, past what \`go.mod\` records. Commit the upgraded \`go.mod\`/\`go.sum\` instead.`,
          nix: nixForPackages("go", operation.packages.map((spec) => spec.name))
        });
        continue;
      }
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
      if (loose.length === 0) continue;
      const nix = nixOncePerInstall("go", loose);
      for (const spec of loose) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `\`go ${verb}\` of ${code(writtenName(spec))} ${problem3(spec, verb, unknownValueNote(model, instruction, spec.word))} Pin it: ${code(`${writtenName(spec)}@vX.Y.Z`)}.`,
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
  shell: true,
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
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, CARGO)) {
      const git = operation.options.includes("--git");
      const path2 = operation.packages.length === 0;
      for (const spec of operation.packages.filter((candidate) => !candidate.exact && !comesFromBaseImage(candidate.word, variablesOf(unit)))) {
        const dynamic = unknownValueNote(model, instruction, spec.word);
        const name = writtenName(spec);
        const message3 = git ? spec.version === void 0 ? `\`cargo install --git\` of ${code(name)} builds the default branch (or a \`--branch\`/\`--tag\` that can move)${dynamic}. Pin the commit: \`--rev <40-hex commit>\`.` : `\`cargo install --git\` of ${code(name)} uses \`--rev ${spec.version}\`, not a full commit${dynamic}. Write the full 40-hex commit.` : spec.version === void 0 ? `\`cargo install\` of ${code(name)} has no version: every build installs the newest release on crates.io${dynamic}. Pin it: ${code(`${name}@<x.y.z>`)}.` : `\`cargo install\` of ${code(name)} asks for ${code(spec.version)}, a requirement that allows newer releases${dynamic}. Write one version: ${code(`${name}@<x.y.z>`)}.`;
        report({ region: spec.word.region, instruction, unit, message: message3, nix: nixForPackages("cargo", git ? [] : [spec.name]) });
      }
      if (!operation.options.includes("--locked") && !operation.options.includes("--frozen")) {
        const what = path2 ? "local sources" : operation.packages.map((spec) => code(writtenName(spec))).join(", ");
        report({
          region: regionOfWords(unit, operation.subcommand ?? operation.command.argv[0]),
          instruction,
          unit,
          message: `\`cargo install\` of ${what} without \`--locked\` ignores \`Cargo.lock\` and resolves every dependency to the newest compatible release at build time. Add \`--locked\`.`,
          nix: nixForPackages("cargo", path2 || git ? [] : operation.packages.map((spec) => spec.name))
        });
      }
    }
  }
});

// rules/ra307-unpinned-conda-package.ts
var CONDA = managersOf("conda");
function shown2(spec) {
  const value = (spec.word.value ?? spec.word.raw).trim();
  return /\s/.test(value) ? spec.name : value;
}
function problem4(spec, installer, variables, fromCommandLine) {
  if (spec.exact) return void 0;
  if (fromCommandLine && spec.word.value === void 0) {
    if (comesFromBaseImage(spec.word, variables)) return void 0;
    return { severity: "note", text: "takes its version from a variable or command whose value is not known here, so its pin cannot be verified." };
  }
  if (installer === "pip") {
    return spec.version === void 0 ? { text: `has no version: conda runs pip, which installs the newest release. Pin it: \`${spec.name}==<version>\`.` } : { text: `has ${code(spec.version)}, which is not one exact version. Pin it: \`${spec.name}==<version>\`.` };
  }
  const pin = `${spec.name}=<version>=<build>`;
  if (spec.exactVersion) {
    return {
      severity: "note",
      text: `names one version (${code(spec.version ?? "")}) but not the build: a rebuild of that version (against other libraries, or another variant) can take its place. Pin the build too (${code(pin)}) or install from an explicit lock file.`
    };
  }
  return spec.version === void 0 ? { text: `has no version: every build installs the newest build the channels serve that day. Pin version and build (${code(pin)}) or install from an explicit lock file.` } : { text: `asks for ${code(spec.version)}, which is not one version and one build. Pin both (${code(pin)}) or install from an explicit lock file.` };
}
var ra307_unpinned_conda_package_default = defineRule({
  id: "RA307",
  shell: true,
  name: "unpinned-conda-package",
  summary: "conda/mamba/micromamba package without an exact version and build, or an environment solved at build time",
  severity: "warning",
  tags: ["language-packages", "conda", "mamba", "micromamba", "python", "supply-chain"],
  precision: "high",
  docs: {
    why: [
      "`conda install numpy` (or `mamba`, `micromamba`) installs whatever the channels serve on the day of the",
      "build, and `python=3.12` is conda's prefix match `3.12.*`. Even one version is not one package: conda",
      "publishes several builds of it (other Python versions, BLAS variants, rebuilds against newer libraries),",
      "told apart only by the build string, so `numpy==1.26.4` still lets a new build in (a note). An",
      "environment file (`environment.yml`) and a `--file` list are read from the build context with the same",
      "rules, `pip:` entries included; `conda update` moves packages to their newest build on purpose. Scripts the",
      "Dockerfile copies and runs, and workflow `run:` steps, are read like a RUN."
    ].join(" "),
    failing: 'FROM condaforge/miniforge3:24.3.0-0\nRUN conda install -y -c conda-forge numpy "python=3.12"\n',
    passing: "FROM condaforge/miniforge3:24.3.0-0\nCOPY conda-linux-64.lock /tmp/\nRUN conda create -y -n app --file /tmp/conda-linux-64.lock\n",
    fix: [
      "Install from an explicit lock file: `conda-lock` (or `conda list --explicit --md5` in a working",
      "environment) writes one URL and hash per package, transitive ones included; `conda create --file",
      "explicit.txt` (its first line is `@EXPLICIT`) or `micromamba create -f conda-lock.yml` installs exactly",
      "those files without solving. Failing that, pin version and build (`numpy=1.26.4=py312h8753938_0`, as",
      "`conda env export` writes them). Replace `conda update` by a new lock committed to the repository."
    ].join(" "),
    nix: [
      "nixpkgs has no conda channel and Nix has no direct counterpart to a conda environment. Take the same",
      "software from nixpkgs, whose versions the `flake.lock` revision fixes (`python3.withPackages (ps: [ ps.numpy ])`),",
      "or keep conda and install from an explicit lock file, which is as close as conda comes to a Nix store path."
    ].join(" ")
  },
  check({ model, units, context, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, CONDA)) {
      const argv = operation.command.argv;
      const tool = code(argv.slice(0, argv.indexOf(operation.subcommand) + 1).map((word) => word.value ?? word.raw).join(" "));
      if (operation.action === "upgrade") {
        const named2 = operation.packages.filter((spec) => !spec.exact);
        if (operation.packages.length > 0 && named2.length === 0) continue;
        const subject = named2.length > 0 ? named2.map((spec) => code(spec.name)).join(", ") : "every package of the environment";
        report({
          region: regionOfWords(unit, operation.subcommand),
          instruction,
          unit,
          message: `${tool} moves ${subject} to the newest build the channels serve at build time. Install from an explicit lock file instead, and update the lock in the repository.`,
          nix: nixForPackages("conda", named2.map((spec) => spec.name))
        });
        continue;
      }
      const files = readCondaFiles(model, unit, operation, context);
      const loose = operation.packages.flatMap((spec) => {
        const found = problem4(spec, "conda", variablesOf(unit), true);
        return found ? [{ spec, ...found }] : [];
      });
      const fromFiles = files.specs.flatMap((entry) => {
        const found = problem4(entry.spec, entry.installer, variablesOf(unit), false);
        return found ? [{ ...entry, ...found }] : [];
      });
      const nix = nixOncePerInstall("conda", [...loose, ...fromFiles].map(({ spec }) => spec));
      for (const { spec, severity, text } of loose) {
        report({ region: spec.word.region, instruction, unit, severity, message: `conda package ${code(shown2(spec))} ${text}`, nix: nix.of(spec) });
      }
      for (const { spec, severity, text, file, line, installer } of fromFiles) {
        report({
          region: spec.word.region,
          instruction,
          unit,
          severity,
          message: `${code(file)} line ${line}: ${installer === "pip" ? "pip requirement" : "conda package"} ${code(spec.name)} ${text}`,
          properties: { requirementsFile: file, requirementsLine: line },
          nix: nix.of(spec)
        });
      }
      for (const item of files.unreadable) {
        report({ region: item.word.region, instruction, unit, severity: "note", message: `The conda file ${code(item.written)} (for ${tool}) could not be checked for pins: ${item.reason}.` });
      }
    }
  }
});

// rules/ra308-unpinned-toolchain.ts
var RUST_TOOLCHAIN_FILES = ["rust-toolchain.toml", "rust-toolchain"];
function releaseExample(toolchain, version) {
  if (toolchain === "rust") return /^\d+\.\d+$/.test(version ?? "") ? `${version}.<patch>` : "1.79.0";
  if (toolchain === "python") return /^\d+\.\d+$/.test(version ?? "") ? `${version}.<patch>` : "3.12.4";
  return `${toolchain}@<x.y.z>`;
}
function moves(toolchain, version) {
  if (version === void 0) return toolchain === "rust" ? "the newest stable Rust" : `the newest ${toolchain} release`;
  if (/^\d+(\.\d+)?$/.test(version)) return `the newest ${code(version)}.x release`;
  if (/^(stable|beta|nightly)\b/.test(version)) return `the newest release of the ${code(version)} channel`;
  return `whatever release ${code(version)} names that day`;
}
var NIX = {
  rust: {
    summary: "In Nix the compiler is `pkgs.rustc` and `pkgs.cargo` (and `pkgs.rustPlatform` to build crates) from the nixpkgs revision `flake.lock` pins: one release, rebuilt from source. Other releases and dated nightlies come pinned by hash from the rust-overlay or fenix flakes, which are not part of nixpkgs.",
    attrs: ["cargo", "rustPlatform", "rustc"]
  },
  python: {
    summary: "In Nix the interpreter is `pkgs.python3` (or a versioned `pkgs.pythonXY`) from the nixpkgs revision `flake.lock` pins: one exact release, never the newest patch of the day.",
    attrs: ["python3"]
  },
  pnpm: { summary: "In Nix `pkgs.pnpm` from the nixpkgs revision `flake.lock` pins is one exact release, fixed by hash.", attrs: ["pnpm"] },
  yarn: { summary: "In Nix `pkgs.yarn-berry` (Yarn 2+) or `pkgs.yarn` (Yarn 1) from the pinned nixpkgs revision is one exact release, fixed by hash.", attrs: ["yarn", "yarn-berry"] }
};
var nixFor = (toolchain) => NIX[toolchain] ?? { summary: "In Nix every tool comes from the nixpkgs revision `flake.lock` pins: one exact release, fixed by hash, until the lock is updated." };
function readsRustToolchainFile(command) {
  const name = commandName(command);
  if (name === "cargo" || name === "rustc") return true;
  if (name !== "rustup") return false;
  const args = command.argv.slice(1).flatMap((word) => word.value && !word.value.startsWith("-") ? [word.value] : []);
  return args[0] === "show" || args[0] === "toolchain" && args[1] === "install" && args.length === 2 || args[0] === "install" && args.length === 1;
}
function hasRustup(model, unit, command) {
  const stage = unit.instruction?.stage;
  const root = stage ? stageChain(stage)[0].image.name?.familiar : void 0;
  if (root === "rust" || root === "rustlang/rust") return true;
  return commandsBefore(model, unit, command).some((earlier) => commandName(earlier) === "rustup" || toolchainRequestsOf(earlier).length > 0);
}
var ra308_unpinned_toolchain_default = defineRule({
  id: "RA308",
  shell: true,
  name: "unpinned-toolchain",
  summary: "Rust, Python or package-manager toolchain installed by channel (stable, 3.12, latest) instead of one release",
  severity: "warning",
  tags: ["toolchain", "rust", "rustup", "python", "uv", "corepack", "supply-chain"],
  precision: "high",
  docs: {
    why: [
      'A channel is a name for "the newest": `rustup toolchain install stable` (and `rustup default stable`,',
      "`rustup-init -y`, whose default is stable, or `curl https://sh.rustup.rs | sh -s -- -y`) installs the",
      "Rust release of the day of the build; `beta` and an undated `nightly` change even faster, and `1.79`",
      'takes the newest 1.79 patch. A `rust-toolchain.toml` copied into the build that says `channel = "stable"`',
      "does the same for every `cargo` command. `uv python install 3.12` installs the newest 3.12 patch release, and",
      "`corepack prepare pnpm@latest` (or `yarn@stable`, `pnpm@9`) whatever release the tag names that day. The compiler",
      "and the package manager are inputs of the build as much as the packages they build. Scripts the Dockerfile",
      "copies and runs, and workflow `run:` steps, are read like a RUN."
    ].join(" "),
    failing: 'FROM debian:bookworm-slim\nRUN curl --proto "=https" -sSf https://sh.rustup.rs | sh -s -- -y\nRUN rustup toolchain install nightly\n',
    passing: 'FROM debian:bookworm-slim\nRUN curl --proto "=https" -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain 1.79.0\nRUN rustup toolchain install nightly-2024-05-01\n',
    fix: [
      "Name one release: `rustup toolchain install 1.79.0`, `--default-toolchain 1.79.0`, a dated nightly",
      '(`nightly-2024-05-01`), `channel = "1.79.0"` in `rust-toolchain.toml`; `uv python install 3.12.4` (or',
      "`3.12.4` in `.python-version`); `corepack prepare pnpm@9.1.0`, or better a `packageManager` field in",
      "`package.json` with the release and its hash (`pnpm@9.1.0+sha512.\u2026`), which corepack verifies. (`corepack",
      "enable` alone is not flagged: the package manager it runs is the one `packageManager` names.) Replace",
      "`rustup update` and `corepack up` by a reviewed change of the named release."
    ].join(" "),
    nix: [
      "nixpkgs fixes every toolchain by the revision `flake.lock` pins: `pkgs.rustc` and `pkgs.cargo`, `pkgs.python3`,",
      "`pkgs.pnpm`, `pkgs.yarn-berry`, `pkgs.nodejs` (with npm). For a Rust release or nightly other than the one",
      "nixpkgs has, the rust-overlay and fenix flakes (not part of nixpkgs) provide toolchains pinned by date and hash."
    ].join(" ")
  },
  check(rule) {
    const { model, units, context, report } = rule;
    for (const { unit, instruction, request } of toolchainRequestsIn(units)) {
      if (request.exact) continue;
      const command = code(request.command.argv.slice(0, 3).map((word) => word.value ?? word.raw).join(" "));
      const region = regionOfWords(unit, request.word);
      const nix = nixFor(request.toolchain);
      if (request.version !== void 0 && request.word.value === void 0) {
        if (comesFromBaseImage(request.word, variablesOf(unit))) continue;
        report({ region, instruction, unit, nix, severity: "note", message: `${code(request.word.raw)} (${command}) comes from a variable or command whose value is not known here, so the ${request.toolchain} release it installs cannot be verified.` });
        continue;
      }
      if (request.installer === "uv" && request.version === void 0) {
        reportPythonVersionFile(rule, unit, request, nix);
        continue;
      }
      report({ region, instruction, unit, nix, message: message2(request) });
    }
    const reported = /* @__PURE__ */ new Set();
    for (const { unit, instruction, command } of shellCommands(units)) {
      if (!readsRustToolchainFile(command) || !hasRustup(model, unit, command)) continue;
      const file = readToolchainFile(model, unit, command, context, RUST_TOOLCHAIN_FILES);
      if (!file.found || reported.has(file.file)) continue;
      reported.add(file.file);
      for (const { text, line } of file.versions) {
        if (isExactToolchain("rust", text) !== false) continue;
        report({
          region: regionOfWords(unit, command.argv[0], command.argv[1] ?? command.argv[0]),
          instruction,
          unit,
          nix: NIX.rust,
          message: `${code(file.file)} line ${line} asks for ${code(text)}, so rustup installs ${moves("rust", text)} at build time for this command. Name one release in it: ${code(`channel = "${releaseExample("rust", text)}"`)}.`,
          properties: { toolchainFile: file.file, toolchainFileLine: line }
        });
      }
    }
  }
});
function message2(request) {
  const written = code(request.command.argv.map((word) => word.value ?? word.raw).slice(0, request.installer === "uv" ? 3 : 2).join(" "));
  if (request.action === "upgrade") {
    return request.installer === "rustup" ? "`rustup update` moves every installed toolchain to the newest release of its channel at build time. Install named releases instead (`rustup toolchain install 1.79.0`)." : "`corepack up` moves the `packageManager` field to the newest release of its major version at build time. Name the release in `package.json` instead.";
  }
  if (request.version === void 0) {
    const installer = request.installer === "rustup-init" && commandName(request.command) !== "rustup-init" ? `rustup's installer (piped into ${code(commandName(request.command) ?? "sh")})` : written;
    return request.toolchain === "rust" ? `${installer} without \`--default-toolchain\` installs ${moves("rust", void 0)} at build time. Name a release: \`--default-toolchain 1.79.0\`.` : `${written} of ${code(request.toolchain)} without a version installs ${moves(request.toolchain, void 0)} at build time. Name one: ${code(releaseExample(request.toolchain, void 0))}.`;
  }
  const argv = request.command.argv;
  const upTo = argv.indexOf(request.word);
  const asked = upTo > 0 ? code(argv.slice(0, upTo + 1).map((word) => word.value ?? word.raw).join(" ")) : `${written} ${code(request.version)}`;
  return `${asked} installs ${moves(request.toolchain, request.version)} at build time. Name one release: ${code(releaseExample(request.toolchain, request.version))}.`;
}
function reportPythonVersionFile({ model, context, report }, unit, request, nix) {
  const region = regionOfWords(unit, request.word);
  const instruction = unit.instruction;
  const file = readToolchainFile(model, unit, request.command, context, [".python-version"]);
  if (!file.found) {
    report(
      file.absent ? { region, instruction, unit, nix, message: `\`uv python install\` without a version installs ${moves("python", void 0)} at build time (no \`.python-version\` is copied where uv looks). Name one: \`uv python install 3.12.4\`.` } : { region, instruction, unit, nix, severity: "note", message: `\`uv python install\` installs the version \`.python-version\` names, which could not be checked (${file.reason}); without one it installs the newest Python release.` }
    );
    return;
  }
  for (const { text, line } of file.versions) {
    if (isExactToolchain("python", text)) continue;
    report({
      region,
      instruction,
      unit,
      nix,
      message: `${code(file.file)} line ${line} asks for ${code(text)}, so \`uv python install\` installs ${moves("python", text)} at build time. Name one release in it: ${code(releaseExample("python", text))}.`,
      properties: { toolchainFile: file.file, toolchainFileLine: line }
    });
  }
}

// rules/ra309-unpinned-nuget-package.ts
var DOTNET = managersOf("dotnet");
var ra309_unpinned_nuget_package_default = defineRule({
  id: "RA309",
  shell: true,
  name: "unpinned-nuget-package",
  summary: "dotnet add package or dotnet tool install/update without an exact --version",
  severity: "warning",
  tags: ["language-packages", "dotnet", "nuget", "supply-chain"],
  precision: "high",
  hadolint: [],
  docs: {
    why: [
      "`dotnet add package Serilog` writes the newest Serilog on nuget.org into the project at build time, so the same",
      "Dockerfile builds against a different library whenever a release lands. `dotnet tool install -g dotnet-ef`",
      "installs the newest release of the tool, and `dotnet tool update` moves an installed tool to the newest one.",
      "A floating version (`8.*`) or a range (`[8.0,9.0)`) is not a pin either."
    ].join(" "),
    failing: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet tool install --global dotnet-ef\nRUN dotnet add package Serilog --version "3.*"\n',
    passing: "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet tool install --global dotnet-ef --version 8.0.6\nRUN dotnet add package Serilog --version 3.1.1\n",
    fix: [
      "Name one release: `dotnet tool install -g dotnet-ef --version 8.0.6`, `dotnet add package Serilog --version 3.1.1`.",
      "Better, keep packages in the project file (with `RestorePackagesWithLockFile` and `dotnet restore --locked-mode`)",
      "and tools in a tool manifest (`.config/dotnet-tools.json`, installed with `dotnet tool restore`), both committed,",
      "instead of adding them during the build."
    ].join(" "),
    nix: "Build the project with `pkgs.buildDotnetModule`: its `nugetDeps` file pins every NuGet package by hash. Tools nixpkgs packages (`pkgs.dotnet-ef`) come fixed by `flake.lock`; others can be built with `pkgs.buildDotnetGlobalTool` and a `nugetHash`."
  },
  check({ model, units, report }) {
    for (const { unit, instruction, operation } of packageOperationsOf(units, DOTNET)) {
      const loose = operation.packages.filter((spec) => !spec.exact && !comesFromBaseImage(spec.word, variablesOf(unit)));
      const nix = nixOncePerInstall("dotnet", loose);
      const tool = operation.subcommand?.value !== "package";
      const command = tool ? `dotnet tool ${operation.subcommand?.value ?? "install"}` : "dotnet add package";
      for (const spec of loose) {
        const name = writtenName(spec);
        const why = spec.version === void 0 ? "has no `--version`" : `has ${code(spec.version)}, which is not one release`;
        report({
          region: spec.word.region,
          instruction,
          unit,
          message: `NuGet ${tool ? "tool" : "package"} ${code(name)} of ${code(command)} ${why}${unknownValueNote(model, instruction, spec.word)}: each build takes the newest release on the feed that day. Pin it (${code(`${command} ${name} --version <version>`)}).`,
          nix: nix.of(spec)
        });
      }
    }
  }
});

// rules/ra401-pipe-to-shell.ts
var ra401_pipe_to_shell_default = defineRule({
  id: "RA401",
  shell: true,
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
      'The same holds for `sh -c "$(curl ...)"` and `bash <(curl ...)`, and in PowerShell for `irm URL | iex` and',
      "`iex ((New-Object Net.WebClient).DownloadString(URL))` (Chocolatey's and Scoop's usual installers)."
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
  check({ units, report }) {
    for (const { unit, instruction, command } of shellCommands(units)) {
      if (!isInterpreter(command)) continue;
      const piped = command.pipeline.slice(0, command.pipelineIndex).find(isDownloader);
      const substituted = piped ? void 0 : unit.script.commands.find((other) => other.inSubstitution && isDownloader(other) && contains(command, other));
      const downloader = piped ?? substituted;
      if (!downloader) continue;
      const url = downloadUrls(downloader)[0];
      const start = Math.min(downloader.span.start, command.span.start);
      const end = Math.max(downloader.span.end, command.span.end);
      report({
        region: unit.positions.regionOf({ start, end }),
        instruction,
        unit,
        message: `${url ? code(urlText(url)) : "A download"} is executed by \`${commandName(command)}\` straight from \`${downloaderName(downloader)}\`, unverified: the build runs whatever the server sends that day. Download to a file, check its sha256, then run it.`,
        nix: nixForDownload(url ? urlText(url) : void 0, commandName(command))
      });
    }
  }
});

// rules/ra402-unverified-download.ts
function isUsed(command) {
  const name = commandName(command);
  const args = command.argv.slice(1).map((word) => word.value ?? "");
  if (webClientCall(command)) return true;
  if (args.some((arg) => arg === "--spider" || arg === "-I" || arg === "--head")) return false;
  if (command.inSubstitution) return true;
  const next = command.pipeline[command.pipelineIndex + 1];
  if (next && /^out-null$/i.test(commandName(next) ?? "")) return false;
  if (next) return true;
  if (command.redirects.some((redirect) => redirect.operator.startsWith(">") && redirect.target?.value !== "/dev/null")) return true;
  if (name === "wget" || name === "aria2c" || name === "fetch" || /^start-bitstransfer$/i.test(name ?? "")) return true;
  if (downloadedFiles(command).length > 0) return true;
  return args.some((arg) => /^(-[a-zA-Z]*[oO][a-zA-Z]*|--output|--remote-name|--remote-name-all|--output-dir)$/.test(arg) || arg.startsWith("--output="));
}
var ra402_unverified_download_default = defineRule({
  id: "RA402",
  shell: true,
  name: "unverified-download",
  summary: "File downloaded in RUN and used without a checksum or signature check",
  severity: "warning",
  tags: ["download", "supply-chain", "checksum"],
  precision: "high",
  docs: {
    why: [
      "A `curl -o`, a `wget` or (in PowerShell) `Invoke-WebRequest -OutFile` and `(New-Object Net.WebClient).DownloadFile(...)` in a RUN fetches whatever the server returns at build time. Release files get",
      "re-uploaded, mirrors serve stale or tampered copies, and `latest` URLs move. Without a checksum or",
      "signature check (in the same RUN or a later one), nothing tells the build that the bytes changed.",
      "A check counts only for the file it checks (by name: the `-o`/`-O` target, `wget`'s default name, a variable",
      "holding it, renamed by `mv`/`cp`) and only before the file is unpacked, installed or run. A signing key or",
      "CA certificate fetched the same way is worse: trusted without a fingerprint check (`curl ... | gpg --dearmor`,",
      "`apt-key add`, saved to a keyring or the CA store), it lets whoever serves it choose what the build accepts.",
      "Tools that fetch a key themselves trust it the same way (`rpm --import https://...`, `apt-key adv",
      "--fetch-keys https://...`, `gpg --fetch-keys`), and so does asking a key server for a key id of 8 or 16 hex",
      "digits (`--recv-keys ACCC4CF8`): keys with the same short id are easy to make."
    ].join(" "),
    failing: "FROM debian:bookworm\nRUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz && tar -C /usr/local -xzf /tmp/go.tgz\n",
    passing: [
      "FROM debian:bookworm",
      "RUN curl -fsSLo /tmp/go.tgz https://go.dev/dl/go1.22.5.linux-amd64.tar.gz \\",
      ' && echo "904b924d435eaea086515bc63235b192ea441bd8c9b198c507e85009e6e4c7f0  /tmp/go.tgz" | sha256sum -c - \\',
      " && tar -C /usr/local -xzf /tmp/go.tgz",
      ""
    ].join("\n"),
    fix: 'Record the file\'s sha256 next to its URL (an ARG or ENV) and check it in the same RUN: `echo "$SHA256  file" | sha256sum -c -`, or verify a detached signature with `gpg --verify`. For a single file, `ADD --checksum=sha256:... <url> <dest>` does both. A checksum counts when it checks: `sha256sum -c`, or a printed sum that is compared (`[ "$(sha256sum f | cut -d\' \' -f1)" = "$SHA" ]`); a bare `sha256sum f` only prints, and `curl ... | tar x` uses the bytes before any check. A version read at build time (`$(curl .../stable.txt)`, `releases/latest`) moves with each release: put it in an ARG. The check must name the downloaded file: `echo "<sum>  other.tgz" | sha256sum -c -` does not verify `tool.tgz`, nor does a check after `tar` unpacked it. For a signing key or certificate, compare its fingerprint before trusting it (`gpg --show-keys --with-colons key.asc | grep -q "^fpr:::::::::$FINGERPRINT:"`), check its sha256 like any download, keep only the key of a full fingerprint from a throwaway keyring (`gpg --import KEYS && gpg --export <fingerprint> > keyring`), or fetch it by its full 40-hex fingerprint (`gpg --recv-keys <fingerprint>`, `apt-key adv --recv-keys <fingerprint>`). Instead of `rpm --import <url>`, copy the key into the build context (or download and check it as above) and import the local file; the base image\'s own keys (`rpm --import /etc/pki/rpm-gpg/...`) are not flagged. A file of a GitHub repository fetched at a full commit id (`raw.githubusercontent.com/owner/repo/<40-hex commit>/path`) is addressed by git and not flagged; a branch or tag there is.',
    nix: '`pkgs.fetchurl { url = ...; hash = "sha256-..."; }` (or the nixpkgs package, when the download is a known tool): the hash is part of the derivation, so changed bytes fail the build.'
  },
  check({ units, report }) {
    const commands = [...shellCommands(units)];
    const placeOf = new Map(units.map((unit, place) => [unit, place]));
    for (const { unit, instruction, command } of commands) {
      for (const { word, by, label } of keysFetchedBy(command)) {
        report({
          region: word.region,
          instruction,
          unit,
          message: by === "url" ? `${code(urlText(word))} is a key fetched and trusted by ${label} without a fingerprint check: whoever serves it decides which packages or signatures this build accepts.` : `${code(word.value ?? word.raw)} is a key id, not a fingerprint, fetched from a key server by ${label}: a key with the same ${(word.value ?? "").replace(/^0x/i, "").length}-hex id is easy to make, so the build may trust an impostor's key. Ask for the full 40-hex fingerprint.`,
          ...by === "url" ? { nix: nixForDownload(urlText(word)) } : {}
        });
      }
      if (!isDownloader(command) || !isUsed(command)) continue;
      if (unit.script.dialect && unit.script.errors.length > 0) continue;
      if (command.pipeline.slice(command.pipelineIndex + 1).some(isInterpreter)) continue;
      if (command.inSubstitution && unit.script.commands.some((other) => isInterpreter(other) && contains(other, command))) continue;
      const fetched = downloadUrls(command).filter((word) => !isCommitAddressed(urlText(word)));
      const position = placeOf.get(unit);
      const later = commands.filter(({ unit: other, command: otherCommand }) => {
        const place = placeOf.get(other);
        return place > position || place === position && (otherCommand.span.start >= command.span.start || otherCommand.pipeline === command.pipeline);
      }).map((entry) => entry.command).filter((other) => other !== command);
      const here = unit.instruction ? "RUN" : "step";
      const trusted = trustedWithoutFingerprint(command, later);
      if (trusted) {
        for (const url of fetched) {
          report({
            region: url.region,
            instruction,
            unit,
            message: `${code(urlText(url))} is a key or certificate downloaded by \`${downloaderName(command)}\` and trusted (${trusted}) without a fingerprint check: whoever serves it decides which packages or signatures this build accepts.`,
            nix: nixForDownload(urlText(url))
          });
        }
        continue;
      }
      const urls = fetched.filter((word) => !isVerificationInput(urlText(word)));
      if (urls.length === 0) continue;
      const streamed = command.pipeline.slice(command.pipelineIndex + 1).some((next) => !isVerifier(next) && commandName(next) !== "tee");
      const how = command.inSubstitution ? later.some(isVerifier) ? void 0 : `and its output used as a value in this ${here} (a version pointer such as \`stable.txt\` or \`releases/latest\` moves with each release)` : streamed ? `and streamed into \`${commandName(command.pipeline[command.pipelineIndex + 1])}\` before any check could see it` : unverifiedUse(command, later, here);
      if (how === void 0) continue;
      for (const url of urls) {
        report({
          region: url.region,
          instruction,
          unit,
          message: `${code(urlText(url))} is downloaded by \`${downloaderName(command)}\` ${how}: if the server's bytes change, the build silently changes too.`,
          nix: nixForDownload(urlText(url))
        });
      }
    }
  }
});
function unverifiedUse(command, later, here) {
  const files = new Set(downloadedFiles(command).map(fileKey));
  const checks = later.filter(isVerifier);
  const unchecked = `and used without a checksum or signature check in this ${here}${checks.length > 0 && files.size > 0 ? " (the checks that follow verify other files)" : ""}`;
  if (files.size === 0) return checks.length > 0 ? void 0 : unchecked;
  for (const other of later) {
    const done = treatment(other, files);
    if (done === void 0) continue;
    if ("verifies" in done) return void 0;
    if ("uses" in done) {
      const checkedLater = checks.some((check) => check.span.start > other.span.start && treatment(check, files) !== void 0);
      return checkedLater ? `and used by \`${commandName(other)}\` before it is checked` : unchecked;
    }
    for (const renamed of done.renames) files.add(renamed);
  }
  return unchecked;
}
function trustedWithoutFingerprint(command, later) {
  const keys = new Set(downloadedFiles(command).map(fileKey));
  for (const next of command.pipeline.slice(command.pipelineIndex + 1)) {
    for (const key of operandKeys(next)) keys.add(key);
    for (const redirect of next.redirects) if (redirect.target?.value) keys.add(fileKey(redirect.target.value));
  }
  let how = trustedOnArrival(command);
  for (const other of later) {
    if (command.pipeline.includes(other)) continue;
    if (checksFingerprint(other, keys)) return void 0;
    if (how === void 0 && trustsKey(other, keys)) how = trustLabel(other);
  }
  return how;
}
function isCommitAddressed(url) {
  return /^https:\/\/(?:raw\.githubusercontent\.com\/[^/]+\/[^/]+\/|github\.com\/[^/]+\/[^/]+\/raw\/)[0-9a-f]{40}\//.test(url);
}

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
function checkoutOf(command) {
  const git = gitSubcommand(command);
  if (!git || !["checkout", "reset", "switch", "fetch"].includes(git.verb)) return void 0;
  const refs = git.args.filter((word) => !(word.value ?? "").startsWith("-") && word.value !== "origin" && word.value !== "--");
  const unknown = refs.find((word) => word.value === void 0);
  if (unknown) return { kind: "unknown", word: unknown };
  const commit = refs.find((word) => COMMIT.test(word.value));
  if (commit) return { kind: "commit", word: commit };
  return refs.length > 0 && git.verb !== "fetch" ? { kind: "ref", word: refs[0] } : void 0;
}
function looksLikeTag(ref) {
  return /\d+[._]\d+/.test(ref) && !/(^|[-_/.])(x|branch|stable|dev|develop|main|master|trunk|head)([-_/.]|$)/i.test(ref);
}
function refFinding(subject, ref, how, inStep = false) {
  if (ref === void 0) return { severity: "warning", message: `${subject} ${how} whatever its default branch holds at build time; ${how === "is cloned at" ? "check out a full commit id" : "add `#<commit>` to the URL"}.` };
  if (/\$|`/.test(ref)) return { severity: "note", message: `${subject} ${how} ${code(ref)}, whose value is not known here (${inStep ? "the runner's environment, or an earlier step's `$GITHUB_ENV`" : "a build argument without a default, or the base image's environment"}), so the pin cannot be verified. Use a full commit id.` };
  return looksLikeTag(ref) ? { severity: "note", message: `${subject} ${how} the tag ${code(ref)}, which can be moved or re-created; use the full commit id it names.` } : { severity: "warning", message: `${subject} ${how} ${code(ref)}, a branch (or a ref that is not a release tag) that moves with every push; use a full commit id.` };
}
var ra404_git_clone_without_commit_default = defineRule({
  id: "RA404",
  shell: true,
  name: "git-clone-without-commit",
  summary: "git clone (or ADD of a git URL) without checking out a commit",
  severity: "warning",
  tags: ["download", "supply-chain", "git"],
  precision: "high",
  docs: {
    why: [
      "`git clone https://github.com/x/y` builds whatever the default branch holds at build time, and",
      "`--branch main` (or `ADD https://github.com/x/y.git#main`) whatever the branch holds: both move with every push",
      "(warnings). A tag is a mutable name too: `--branch v1.2.3` builds what the tag points to today, and tags can be",
      "moved, deleted and re-created (a note: it moves far less often than a branch). Refs that look like a version",
      "(`v1.2.3`, `1.2`, `curl-8_5_0`) are taken for tags, others for branches. A ref taken from a build argument",
      "without a default cannot be verified at all (a note). Only a commit id names fixed content."
    ].join(" "),
    failing: "FROM alpine:3.20\nRUN git clone --depth 1 https://github.com/madler/zlib /src/zlib\n",
    passing: "FROM alpine:3.20\nRUN git clone https://github.com/madler/zlib /src/zlib && git -C /src/zlib checkout 51b7f2abdade71cd9bb0e7a373ef2610ec6f9daf\n",
    fix: "Check out a full commit id after cloning (`git -C dir checkout <40-hex>`, or `git fetch --depth 1 origin <40-hex>` for a shallow clone), or `ADD https://github.com/x/y.git#<commit> /src` (BuildKit), which fetches exactly that commit. Keep the tag in a comment for readers.",
    nix: '`pkgs.fetchFromGitHub { owner = ...; repo = ...; rev = "<commit>"; hash = "sha256-..."; }` (or `pkgs.fetchgit`): content-addressed, so a moved ref or rewritten history fails the build.'
  },
  check({ model, units, report }) {
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword === "ADD") {
        for (const source of instruction.args.slice(0, -1)) {
          const url = source.value ?? source.raw;
          if (!/\.git(#|$)|^git@/.test(url)) continue;
          const ref = url.includes("#") ? url.slice(url.indexOf("#") + 1).split(":")[0] : void 0;
          if (ref && COMMIT.test(ref) || instruction.flags.some((flag) => flag.name === "checksum" && flag.value)) continue;
          const finding = refFinding(code(url), ref, ref === void 0 ? "is added at" : "names");
          report({ region: model.positions.regionOf(source.span), instruction, ...finding, nix: nixForGitClone(url) });
        }
      }
    }
    for (const unit of units) {
      const commands = unit.script.commands;
      commands.forEach((command, index) => {
        const git = gitSubcommand(command);
        if (git?.verb !== "clone") return;
        const split = splitArgs(git.args, CLONE_OPTIONS);
        const url = split.positionals[0];
        const branch = split.values.get("-b")?.[0] ?? split.values.get("--branch")?.[0];
        const checkouts = commands.slice(index + 1).flatMap((candidate) => checkoutOf(candidate) ?? []);
        if (checkouts.some((checkout2) => checkout2.kind === "commit")) return;
        const checkout = checkouts.at(-1);
        const ref = checkout ? checkout.word.value ?? checkout.word.raw : branch ? branch.value ?? branch.raw : void 0;
        const subject = code(url?.value ?? url?.raw ?? "git clone");
        report({ region: url?.region ?? command.region, instruction: unit.instruction, unit, ...refFinding(subject, ref, checkout ? "is checked out at" : "is cloned at", !unit.instruction), nix: nixForGitClone(url?.value) });
      });
    }
  }
});

// rules/ra501-native-cpu-flags.ts
var ILLEGAL_INSTRUCTION = 'the output differs between build machines, and a binary built on a CPU with AVX2 dies with "Illegal instruction" on one without';
var NATIVE_FLAGS = [
  { pattern: /^-m(arch|cpu)=native$/, what: "targets the CPU of the build machine", effect: ILLEGAL_INSTRUCTION, fixed: "`-march=x86-64-v2`" },
  {
    pattern: /^-mtune=native$/,
    what: "tunes the code for the CPU of the build machine",
    effect: "the output differs between build machines (it still runs on any CPU of the architecture: `-mtune` does not change the instruction set)",
    fixed: "`-mtune=generic`, or no `-mtune` at all"
  },
  { pattern: /^(-C)?target-cpu=native$/, what: "makes rustc target the CPU of the build machine", effect: ILLEGAL_INSTRUCTION, fixed: "`-C target-cpu=x86-64-v2`" },
  { pattern: /^-Ctarget-cpu=native$/, what: "makes rustc target the CPU of the build machine", effect: ILLEGAL_INSTRUCTION, fixed: "`-C target-cpu=x86-64-v2`" },
  { pattern: /^-x[Hh]ost$/, what: "makes the Intel compiler target the CPU of the build machine", effect: ILLEGAL_INSTRUCTION, fixed: "`-march=x86-64-v2`" },
  { pattern: /^-march=host$/, what: "targets the CPU of the build machine", effect: ILLEGAL_INSTRUCTION, fixed: "`-march=x86-64-v2`" },
  { pattern: /^-D(GGML|LLAMA|WHISPER)_NATIVE=(ON|1|TRUE)$/i, what: "makes the build detect the CPU of the build machine", effect: ILLEGAL_INSTRUCTION, fixed: "`-DGGML_NATIVE=OFF` with the CPU features named" },
  { pattern: /^-D(PORTABLE)=(OFF|0|FALSE)$/i, what: "makes the build use the CPU features of the build machine", effect: ILLEGAL_INSTRUCTION, fixed: "`-DPORTABLE=ON`" }
];
function tokens(value) {
  const found = [];
  const pattern = /[^\s"'=]+(?:=[^\s"']+)?|[^\s"']+/g;
  for (let match = pattern.exec(value); match; match = pattern.exec(value)) found.push({ token: match[0], offset: match.index });
  return found;
}
var ra501_native_cpu_flags_default = defineRule({
  id: "RA501",
  shell: true,
  name: "native-cpu-flags",
  summary: "Build tuned to the build machine's CPU (-march=native, target-cpu=native)",
  severity: "error",
  tags: ["cpu", "compiler", "avx", "portability"],
  precision: "very-high",
  docs: {
    why: [
      "`-march=native` (and `-mcpu=native`, Rust's `-C target-cpu=native`, `-xHost`, llama.cpp's",
      "`GGML_NATIVE`) makes the compiler use every instruction the build machine's CPU has. The binary then",
      'differs from one build machine to the next, and one built on an AVX2 laptop dies with "Illegal',
      'instruction" (exit 132) on a server without AVX2. `-mtune=native` only tunes the code for that CPU:',
      "the binary runs anywhere, but still differs between build machines. `repro-audit rebuild --vary cpu` shows it."
    ].join(" "),
    failing: "FROM gcc:14\nRUN gcc -O3 -march=native -o /usr/local/bin/app app.c\n",
    passing: "FROM gcc:14\nRUN gcc -O3 -march=x86-64-v2 -o /usr/local/bin/app app.c\n",
    fix: "Name the target explicitly: `-march=x86-64-v2` (or `-v3` if every machine that runs the image has AVX2), `-mtune=generic`, Rust `-C target-cpu=x86-64-v2`; or build for the baseline and dispatch at run time (function multi-versioning).",
    nix: 'Nix builds for a declared platform, never for the builder\'s CPU: nixpkgs compiles for the baseline of `hostPlatform` and its compiler wrapper drops `-march=native`, `-mtune=native` and `-mcpu=native`; a deliberate target is set with the platform\'s `gcc.arch` (e.g. `"x86-64-v2"`) for C and C++, and with `env.RUSTFLAGS = "-C target-cpu=x86-64-v2"` in `rustPlatform.buildRustPackage` for Rust. Either choice changes the derivation hashes.'
  },
  check({ model, units, report }) {
    const flag = (instruction, unit, value, span, valueStart) => {
      for (const { token, offset } of tokens(value)) {
        const match = NATIVE_FLAGS.find((candidate) => candidate.pattern.test(token));
        if (!match) continue;
        const tokenSpan = valueStart === void 0 ? span : { start: valueStart + offset, end: valueStart + offset + token.length };
        report({
          region: (unit ?? model).positions.regionOf(tokenSpan),
          instruction,
          unit,
          message: `\`${token}\` ${match.what}: ${match.effect}. Name a fixed target instead: ${match.fixed}.`,
          nix: nixForNativeCpu(token)
        });
      }
    };
    for (const instruction of instructionsWithTriggers(model)) {
      if (instruction.keyword === "ENV" || instruction.keyword === "ARG") {
        for (const arg of instruction.args) flag(instruction, void 0, arg.raw, arg.span, arg.span.start);
      }
    }
    for (const unit of units) {
      for (const command of unit.script.commands) {
        for (const word of command.words) {
          const value = word.value ?? word.raw;
          const setting2 = /^-{0,2}[A-Za-z_][\w.-]*=/.exec(value);
          const scanned = NATIVE_FLAGS.some((candidate) => candidate.pattern.test(value)) ? value : setting2 ? value.slice(setting2[0].length) : void 0;
          if (scanned === void 0) continue;
          const skip = value.length - scanned.length;
          const verbatim = word.raw === value ? word.span.start : word.raw.slice(1, -1) === value ? word.span.start + 1 : void 0;
          flag(unit.instruction, unit, scanned, word.span, verbatim === void 0 ? void 0 : verbatim + skip);
        }
        for (const assignment of command.assignments) {
          if (!assignment.value) continue;
          const raw = assignment.valueSpan ? unit.text.slice(assignment.valueSpan.start, assignment.valueSpan.end) : void 0;
          const verbatim = !assignment.valueSpan || raw === void 0 ? void 0 : raw === assignment.value ? assignment.valueSpan.start : raw.slice(1, -1) === assignment.value ? assignment.valueSpan.start + 1 : void 0;
          flag(unit.instruction, unit, assignment.value, assignment.valueSpan ?? command.span, verbatim);
        }
      }
    }
  }
});

// rules/ra502-build-time-in-output.ts
var MANAGED_FILES = /* @__PURE__ */ new Set(["/etc/hosts", "/etc/hostname", "/etc/resolv.conf"]);
var WRITES = /* @__PURE__ */ new Set([">", ">>", ">|", "&>", "&>>"]);
var BUILDERS = /* @__PURE__ */ new Set(["go", "gcc", "cc", "g++", "c++", "clang", "clang++", "make", "cmake", "cargo", "rustc", "javac", "mvn", "gradle", "dotnet", "npm", "yarn", "pnpm", "bazel"]);
var NAMERS = /* @__PURE__ */ new Set(["mkdir", "touch", "cp", "mv", "ln", "tar", "tee"]);
var SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";
function writesFile(command) {
  return command.redirects.some((redirect) => {
    if (!WRITES.has(redirect.operator)) return false;
    const target = redirect.target?.value;
    return target === void 0 || !(target.startsWith("/dev/") || target.startsWith("/proc/") || MANAGED_FILES.has(target));
  });
}
function outputKept(command) {
  if (writesFile(command)) return true;
  return command.pipeline.slice(command.pipelineIndex + 1).some((later) => writesFile(later) || commandName(later) === "tee" && later.argv.length > 1);
}
function argumentKept(command, word) {
  if (outputKept(command)) return true;
  const name = commandName(command);
  if (name === void 0 || !command.argv.includes(word)) return false;
  if (name === "sed") return command.argv.some((arg) => arg.value?.startsWith("-i") || arg.value === "--in-place");
  if (NAMERS.has(name)) return !(word.value ?? word.raw).startsWith("-");
  return BUILDERS.has(name);
}
function within(inner, outer) {
  return outer.start <= inner.start && inner.end <= outer.end;
}
function references(word, names) {
  for (const match of word.raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (names.has(match[1])) return true;
  return false;
}
function stampsOf(unit) {
  const found = [];
  const commands = unit.script.commands;
  const stamped = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  const report = (stamp, command) => {
    if (reported.has(command)) return;
    reported.add(command);
    found.push({ stamp, region: command.region });
  };
  for (const command of commands) {
    const stamp = buildStampOf(command);
    if (!stamp) continue;
    if (!command.inSubstitution) {
      if (outputKept(command)) report(stamp, command);
      continue;
    }
    let holder;
    for (const candidate of commands) {
      if (candidate === command || !within(command.span, candidate.span)) continue;
      const word = candidate.words.find((each) => within(command.span, each.span));
      if (word && (!holder || within(candidate.span, holder.command.span))) holder = { command: candidate, word };
      if (candidate.redirects.some((redirect) => WRITES.has(redirect.operator) && redirect.target && within(command.span, redirect.target.span))) report(stamp, command);
    }
    if (holder) {
      if (argumentKept(holder.command, holder.word)) report(stamp, command);
      continue;
    }
    const assignment = unit.script.assignments?.findLast((each) => each.valueSpan && within(command.span, each.valueSpan));
    if (assignment) stamped.set(assignment.name, { stamp, command });
  }
  if (stamped.size > 0) {
    for (const command of commands) {
      for (const word of command.words) {
        if (!references(word, new Set(stamped.keys())) || !argumentKept(command, word)) continue;
        for (const [name, origin] of stamped) if (references(word, /* @__PURE__ */ new Set([name]))) report(origin.stamp, origin.command);
      }
    }
  }
  const randomWords = /* @__PURE__ */ new Set();
  for (const command of commands) {
    for (const word of command.words) {
      if (!references(word, RANDOM) || !argumentKept(command, word) || randomWords.has(word.span.start)) continue;
      randomWords.add(word.span.start);
      found.push({ stamp: "random", region: word.region });
    }
  }
  return found;
}
var RANDOM = /* @__PURE__ */ new Set(["RANDOM"]);
function messageOf(stamp, instruction) {
  if (stamp === "host") {
    return "The build container's host name is written into the image: Docker names each build container anew, so every build gives different bytes. Write a fixed name, or look it up when the container starts.";
  }
  if (stamp === "random") return "`$RANDOM` writes a random number into the image, so no two builds are the same. Use a fixed value, or draw it when the container starts.";
  const declared = instruction?.variables.has(SOURCE_DATE_EPOCH) ? `\`${SOURCE_DATE_EPOCH}\` is declared here, but this \`date\` reads the clock instead` : "every build gives different bytes";
  return `The time of the build is written into the image: ${declared}. Use a fixed time: \`ARG ${SOURCE_DATE_EPOCH}\` and \`date -u -d "@$${SOURCE_DATE_EPOCH}"\`, which BuildKit sets from \`--build-arg ${SOURCE_DATE_EPOCH}=...\` (e.g. the last commit's time).`;
}
var ra502_build_time_in_output_default = defineRule({
  id: "RA502",
  name: "build-time-in-output",
  summary: "Time, host name or randomness of the build written into the image",
  severity: "warning",
  tags: ["timestamps", "source-date-epoch", "determinism"],
  precision: "high",
  docs: {
    why: [
      'A RUN that writes `$(date)`, `date > /build-date`, `-ldflags "-X main.buildTime=$(date ...)"`, `hostname` or',
      "`$RANDOM` into a file, a binary or a file name bakes the moment, the build container or chance into the",
      "image: two builds of the same sources never give the same bytes, and nobody can check that an image was",
      "built from what it claims. Printing the date to the build log is fine; only what stays in the image is",
      "flagged (a redirect to a file, `tee`, `sed -i`, a compiler or `go build` argument, a file or directory name)."
    ].join(" "),
    failing: 'FROM golang:1.22\nRUN go build -ldflags "-X main.buildTime=$(date -u +%Y-%m-%dT%H:%M:%SZ)" -o /app .\n',
    passing: 'FROM golang:1.22\nARG SOURCE_DATE_EPOCH\nRUN go build -ldflags "-X main.buildTime=$(date -u -d @$SOURCE_DATE_EPOCH +%Y-%m-%dT%H:%M:%SZ)" -o /app .\n',
    fix: [
      'Use the reproducible-builds convention: declare `ARG SOURCE_DATE_EPOCH` and write `date -u -d "@$SOURCE_DATE_EPOCH"`',
      '(BusyBox: `date -u -d "@$SOURCE_DATE_EPOCH"` too); build with `--build-arg SOURCE_DATE_EPOCH=$(git log -1',
      "--format=%ct)`, which BuildKit also uses to clamp file times in the image. Leave the host name and random",
      "values out of the image, or compute them when the container starts."
    ].join(" "),
    nix: "Nix builds run with `SOURCE_DATE_EPOCH` set and no network or host name of their own; `dockerTools` images have a fixed creation time. A version stamp comes from the flake (`self.lastModifiedDate`), which is the commit's time, not the build's."
  },
  check({ units, report }) {
    for (const unit of units) {
      for (const { stamp, region } of stampsOf(unit)) {
        report({ region, instruction: unit.instruction, unit, message: messageOf(stamp, unit.instruction) });
      }
    }
  }
});

// rules/ra601-nix-lookup-path.ts
var PURE_NIXPKGS = [
  "# flake.nix: nixpkgs is an input, and flake.lock pins it (commit and narHash)",
  "{",
  '  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";',
  "  outputs = { self, nixpkgs }: { /* nixpkgs.legacyPackages.x86_64-linux.hello */ };",
  "}",
  "",
  "# without flakes: a tarball of one commit, checked against its hash",
  "pkgs = import (builtins.fetchTarball {",
  '  url = "https://github.com/NixOS/nixpkgs/archive/<commit>.tar.gz";',
  '  sha256 = "<nix-prefetch-url --unpack of that URL>";',
  "}) { };"
].join("\n");
var ra601_nix_lookup_path_default = defineFileRule("nix", {
  id: "RA601",
  name: "nix-lookup-path",
  summary: "Nix file reads a lookup path (`<nixpkgs>`, NIX_PATH): whatever channel the machine has today",
  severity: "warning",
  tags: ["nix", "nixpkgs", "channel"],
  precision: "very-high",
  docs: {
    why: [
      "`<nixpkgs>` is not a version: Nix looks the name up in `NIX_PATH`, which points at the channel the",
      "evaluating machine last downloaded. The classic `{ pkgs ? import <nixpkgs> {} }:` of `shell.nix` and",
      "`default.nix` therefore builds against a different nixpkgs on a colleague's laptop, on CI, and on",
      "this machine after `nix-channel --update`. `builtins.nixPath` and `builtins.findFile` read the same",
      "search path. Pure evaluation (flakes) refuses all of them."
    ].join(" "),
    failing: "{ pkgs ? import <nixpkgs> { } }:\npkgs.mkShell { packages = [ pkgs.hello ]; }\n",
    passing: [
      "{ pkgs ? import (builtins.fetchTarball {",
      '    url = "https://github.com/NixOS/nixpkgs/archive/0d534853a55b5d02a4ababa1d71921ce8f0aee4c.tar.gz";',
      '    sha256 = "1g6cc4wq1d1fmvl8w8g8vv9lllyb0f0ffbmxa1i4f7bfvfpf8lll";',
      "  }) { } }:",
      "pkgs.mkShell { packages = [ pkgs.hello ]; }",
      ""
    ].join("\n"),
    fix: "Take nixpkgs as a flake input (`flake.lock` records its commit and `narHash`), or import a tarball of one commit with its `sha256`; pass the package set to the other files instead of having each look it up.",
    nix: "This is the Nix way already; `<nixpkgs>` is the one part of it that is not pinned. A flake input is."
  },
  check({ document: nix, report }) {
    for (const node of nixWalk(nix.root)) {
      if (node.type === "spath_expression") {
        const name = nixText(nix, node).slice(1, -1);
        const entry = name.split("/")[0];
        report({
          region: nix.positions.regionOf(node.span),
          message: `${code(nixText(nix, node))} is looked up in \`NIX_PATH\`: it is whatever ${entry === "nixpkgs" ? "nixpkgs channel" : `\`${entry}\` entry`} the evaluating machine has today, so other machines build against something else. Take it as a flake input, or import a tarball of one commit with its \`sha256\`.`,
          nix: { summary: `Pin ${entry} instead of looking it up: a flake input (locked by flake.lock), or \`fetchTarball\` of one commit with its \`sha256\`.`, snippet: PURE_NIXPKGS }
        });
      } else if ((node.type === "select_expression" || node.type === "variable_expression") && ["nixPath", "findFile"].includes(nixBuiltinName(nix, node) ?? "")) {
        report({
          region: nix.positions.regionOf(node.span),
          message: `${code(nixText(nix, node))} reads \`NIX_PATH\`, the search path of the machine that evaluates this file; what it finds differs between machines. Pass what you need as an argument or a flake input.`,
          nix: { summary: "Pass the sources as flake inputs (locked by flake.lock) instead of searching NIX_PATH.", snippet: PURE_NIXPKGS }
        });
      }
    }
  }
});

// rules/ra602-nix-unpinned-fetch.ts
var BUILTIN_FETCHERS = /* @__PURE__ */ new Set(["fetchTarball", "fetchurl", "fetchGit", "fetchTree", "fetchMercurial"]);
var NIXPKGS_FETCHERS = /* @__PURE__ */ new Set(["fetchFromGitHub", "fetchFromGitLab", "fetchFromGitea", "fetchFromSourcehut", "fetchFromBitbucket", "fetchFromCodeberg", "fetchgit", "fetchzip", "fetchurl", "fetchtarball"]);
function isBranchName(name) {
  return /^(refs\/heads\/.+|master|main|trunk|develop|development|devel|dev|HEAD|stable|unstable|nightly|latest|next|(nixos|nixpkgs|release)-.+)$/.test(name);
}
function branchOfUrl(url) {
  const archive = /^https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/]+\/archive\/(?:refs\/heads\/)?(.+?)\.(?:tar\.gz|zip)$/.exec(url)?.[1];
  if (archive !== void 0) return isBranchName(archive) || url.includes("/refs/heads/") ? archive : void 0;
  return /^https?:\/\/(?:channels\.nixos\.org|nixos\.org\/channels)\/([^/]+)/.exec(url)?.[1] ?? /^channel:(.+)$/.exec(url)?.[1];
}
var SNIPPETS = {
  tarball: 'builtins.fetchTarball {\n  url = "https://github.com/OWNER/REPO/archive/<commit>.tar.gz";\n  sha256 = "<nix-prefetch-url --unpack of that URL>";\n}',
  url: 'builtins.fetchurl {\n  url = "https://example.org/file-1.2.3.tar.gz";\n  sha256 = "<nix-prefetch-url of that URL>";\n}',
  git: 'builtins.fetchGit {\n  url = "https://github.com/OWNER/REPO";\n  rev = "<full 40-character commit>";\n}',
  tree: 'builtins.fetchTree {\n  type = "github"; owner = "OWNER"; repo = "REPO";\n  rev = "<full commit>"; narHash = "sha256-...";\n}',
  input: '# or, in a flake: an input, locked by flake.lock\ninputs.src = { url = "github:OWNER/REPO"; flake = false; };'
};
var ra602_nix_unpinned_fetch_default = defineFileRule("nix", {
  id: "RA602",
  name: "nix-unpinned-fetch",
  summary: "Nix fetcher without a hash or commit (`fetchTarball`, `fetchGit`, `fetchurl`, a branch as `rev`)",
  severity: "warning",
  tags: ["nix", "download", "supply-chain"],
  precision: "high",
  docs: {
    why: [
      "`builtins.fetchTarball`, `builtins.fetchurl` and `builtins.fetchTree` without a hash, and",
      "`builtins.fetchGit` without a `rev`, download whatever the URL or branch serves when the evaluating",
      "machine's cache expires (an hour by default), and nothing checks it: two machines evaluating the same",
      "file build different sources. Pure evaluation (flakes) refuses them. nixpkgs' fetchers",
      '(`fetchFromGitHub`, `fetchgit`, `fetchzip`) always carry a hash, but a branch as `rev` (`"master"`)',
      "still moves: machines that have the old download keep building, fresh ones fail with a hash mismatch.",
      "A hash added with `//` counts (`{ inherit url; } // { sha256 = ...; }`, a set merged from a `let`, or",
      "flake-compat's `if info ? narHash then { sha256 = ...; } else { }`), and so does a set merged from a value",
      'the file does not show. A fetch in a branch no Nix in use takes (niv\'s `if lessThan nixVersion "1.12"`',
      "fallback; Nix 2.3 is the oldest still shipped) is not flagged."
    ].join(" "),
    failing: 'let\n  src = builtins.fetchTarball "https://github.com/NixOS/nixpkgs/archive/nixos-unstable.tar.gz";\nin\nimport src { }\n',
    passing: [
      "let",
      "  src = builtins.fetchTarball {",
      '    url = "https://github.com/NixOS/nixpkgs/archive/0d534853a55b5d02a4ababa1d71921ce8f0aee4c.tar.gz";',
      '    sha256 = "1g6cc4wq1d1fmvl8w8g8vv9lllyb0f0ffbmxa1i4f7bfvfpf8lll";',
      "  };",
      "in",
      "import src { }",
      ""
    ].join("\n"),
    fix: "Give every fetch the hash of what it downloads (`sha256` from `nix-prefetch-url --unpack URL`, or the `got:` hash of a first failed build) and a URL or `rev` that names one commit; for `fetchGit`, a full `rev`. Better, make the source a flake input: `flake.lock` records its commit and `narHash`.",
    nix: 'A flake input (`inputs.src = { url = "github:owner/repo"; flake = false; };`) is the pure way: `nix flake lock` records the commit and the content hash.'
  },
  check({ document: nix, report }) {
    for (const node of nixWalk(nix.root)) {
      const call = nixCall(node);
      if (!call) continue;
      const builtin = nixBuiltinName(nix, call.callee);
      const fetcher = builtin === void 0 ? nixDottedName(nix, call.callee)?.split(".").pop() : void 0;
      if (!(builtin && BUILTIN_FETCHERS.has(builtin)) && !(fetcher && NIXPKGS_FETCHERS.has(fetcher))) continue;
      if (nixInDeadVersionBranch(nix, node)) continue;
      if (builtin) checkBuiltin(nix, builtin, call.callee, call.args[0], report);
      else checkNixpkgsFetcher(nix, fetcher, call.args[0], report);
    }
  }
});
function checkBuiltin(nix, builtin, callee, argument, report) {
  if (!argument) return;
  const shown3 = code(nixText(nix, callee));
  const region = nix.positions.regionOf(callee.span);
  const set = nixAttrsetShape(nix, argument);
  const written = (name) => set?.names.get(name);
  const has2 = (...names) => set !== void 0 && names.some((name) => written(name) !== void 0);
  const mayHave = (...names) => has2(...names) || set?.open === true;
  const url = set ? nixStringValue(nix, written("url")?.value) : nixStringValue(nix, argument) ?? (nixUnwrap(argument)?.type === "uri_expression" ? nixText(nix, nixUnwrap(argument)) : void 0);
  const branch = url === void 0 ? void 0 : branchOfUrl(url);
  const onBranch = branch ? ` (the branch ${code(branch)}, as it is then)` : "";
  if (builtin === "fetchTarball" || builtin === "fetchurl") {
    const what = builtin === "fetchTarball" ? "tarball" : "url";
    if (!mayHave("sha256", "hash")) {
      report({
        region,
        message: `${shown3} has no \`sha256\`: it downloads whatever ${url ? code(url) : "the URL"} serves${onBranch} when the cache expires, unverified, so machines evaluate different sources (and flakes refuse it). Add the \`sha256\` of a URL that names one commit, or make it a flake input.`,
        nix: { summary: "Fetch one commit and check it: a URL naming the commit and its `sha256`, or a flake input locked by flake.lock.", snippet: `${SNIPPETS[what]}

${SNIPPETS.input}` }
      });
    } else if (branch && has2("sha256", "hash")) reportBranch(shown3, branch, region, report);
    return;
  }
  if (builtin === "fetchGit" || builtin === "fetchMercurial") {
    if (mayHave("rev")) return;
    const ref = nixStringValue(nix, written("ref")?.value);
    report({
      region,
      message: `${shown3} has no \`rev\`: it fetches the newest commit of ${ref ? `the branch ${code(ref)}` : "the default branch"} whenever the cache expires, so machines evaluate different sources. Name the commit with a full \`rev\`, or make it a flake input.`,
      nix: { summary: "Name the commit (`rev`), or make the repository a flake input locked by flake.lock.", snippet: `${SNIPPETS.git}

${SNIPPETS.input}` }
    });
    return;
  }
  const attrs = set || url === void 0 ? void 0 : flakeRefAttributes(url);
  const pinned = set ? mayHave("rev", "narHash") : attrs?.has("rev") || attrs?.has("narHash");
  if (pinned || !set && url === void 0) return;
  report({
    region,
    message: `${shown3} names neither a \`rev\` nor a \`narHash\`: it fetches whatever ${url ? code(url) : "the source"} is when evaluated. Add the commit and the \`narHash\`, or make it a flake input.`,
    nix: { summary: "Name the commit and its content hash, or make the source a flake input locked by flake.lock.", snippet: `${SNIPPETS.tree}

${SNIPPETS.input}` }
  });
}
function checkNixpkgsFetcher(nix, fetcher, argument, report) {
  const set = nixAttrsetShape(nix, argument);
  if (!set) return;
  for (const key of ["rev", "tag", "ref"]) {
    const binding = set.names.get(key);
    const value = nixStringValue(nix, binding?.value);
    if (binding?.value && value !== void 0 && key !== "tag" && isBranchName(value)) {
      reportBranch(`${code(fetcher)}'s \`${key}\``, value, nix.positions.regionOf(binding.value.span), report);
      return;
    }
  }
  const urlValue = set.names.get("url")?.value;
  const url = nixStringValue(nix, urlValue);
  const branch = url === void 0 ? void 0 : branchOfUrl(url);
  if (branch) reportBranch(code(fetcher), branch, nix.positions.regionOf(urlValue.span), report);
}
function reportBranch(shown3, branch, region, report) {
  report({
    region,
    message: `${shown3} names the branch ${code(branch)}, which moves: machines that already downloaded it keep building the old sources, fresh ones fail with a hash mismatch. Name one commit (its full hash) instead.`,
    nix: { summary: "Name the commit the hash was computed for; `nix-prefetch-github OWNER REPO --rev <commit>` gives both.", snippet: SNIPPETS.input }
  });
}

// rules/ra603-nix-impure-builtin.ts
var IMPURE = new Map(Object.entries({
  currentTime: {
    reads: "the clock of the evaluating machine: every evaluation differs",
    pure: "use a fixed date: the source's own time (`self.lastModified` in a flake) or `SOURCE_DATE_EPOCH`",
    snippet: "outputs = { self, nixpkgs }: {\n  # seconds since the epoch of the locked commit: the same on every machine\n  buildDate = self.lastModified;\n};"
  },
  currentSystem: {
    reads: "the platform of the evaluating machine: an ARM laptop and an x86 CI runner evaluate different derivations",
    pure: "take `system` as an argument; a flake gives one output per system",
    snippet: 'outputs = { self, nixpkgs }:\n  let forAllSystems = nixpkgs.lib.genAttrs [ "x86_64-linux" "aarch64-linux" ];\n  in { packages = forAllSystems (system: { default = nixpkgs.legacyPackages.${system}.hello; }); };'
  },
  getEnv: {
    reads: 'an environment variable of the evaluating shell: builds differ with whoever runs them (and pure evaluation reads "")',
    pure: "pass the value as an argument (`--argstr`) or a flake input",
    snippet: '{ version ? "1.2.3" }:  # nix-build --argstr version 1.2.4\n# not: version = builtins.getEnv "VERSION";'
  },
  storePath: {
    reads: "a store path that must already exist on the evaluating machine: it is not fetched or checked anywhere else",
    pure: "fetch the source with a fetcher and its hash, or make it a flake input",
    snippet: 'src = builtins.fetchTarball { url = "https://example.org/src-1.2.3.tar.gz"; sha256 = "<hash>"; };'
  }
}));
var ra603_nix_impure_builtin_default = defineFileRule("nix", {
  id: "RA603",
  name: "nix-impure-builtin",
  summary: "Nix file reads the evaluating machine (`builtins.currentTime`, `currentSystem`, `getEnv`, `storePath`)",
  severity: "warning",
  tags: ["nix", "impure", "evaluation"],
  precision: "very-high",
  docs: {
    why: [
      "A Nix expression is reproducible because its result depends only on its inputs. `builtins.currentTime`,",
      "`builtins.currentSystem`, `builtins.getEnv` and `builtins.storePath` read the machine that evaluates it",
      "instead: the clock, its platform, the shell's environment, its store. The same file then evaluates to",
      "different derivations on different machines and days, and pure evaluation (flakes,",
      "`--pure-eval`) refuses them."
    ].join(" "),
    failing: '{ system ? builtins.currentSystem }:\nlet version = builtins.getEnv "VERSION";\nin { inherit system version; }\n',
    passing: '{ system, version ? "1.2.3" }:\n{ inherit system version; }\n',
    fix: "Make the value an argument (`{ system }:`, `--argstr version 1.2.3`) or, in a flake, derive it from the inputs (`self.lastModified`, one output per system).",
    nix: "Flakes evaluate in pure mode, where these builtins are refused: every input is named and locked."
  },
  check({ document: nix, report }) {
    for (const node of nixWalk(nix.root)) {
      if (node.type !== "select_expression" && node.type !== "variable_expression") continue;
      const builtin = nixBuiltinName(nix, node);
      const impure = builtin === void 0 ? void 0 : IMPURE.get(builtin);
      if (!impure) continue;
      report({
        region: nix.positions.regionOf(node.span),
        message: `${code(nixText(nix, node))} reads ${impure.reads}. Instead, ${impure.pure}.`,
        nix: { summary: `${impure.pure[0].toUpperCase()}${impure.pure.slice(1)}.`, snippet: impure.snippet }
      });
    }
  }
});

// rules/ra604-flake-input-not-locked.ts
var COMPARED = ["type", "owner", "repo", "ref", "rev", "url", "path", "id", "dir", "host"];
var ra604_flake_input_not_locked_default = defineFileRule("nix", {
  id: "RA604",
  name: "flake-input-not-locked",
  summary: "Flake input missing from flake.lock, or changed since flake.lock was written",
  severity: "error",
  tags: ["nix", "flake", "lockfile"],
  precision: "very-high",
  docs: {
    why: [
      "`flake.lock` is what makes a flake reproducible: it records the commit and content hash (`narHash`)",
      "of every input. An input it does not record (a new input, no `flake.lock` committed at all, an input",
      "taken from the registry by naming it in `outputs`) is resolved afresh by every `nix build`, so each",
      "machine gets the branch as it is that day. An input whose `url` changed after the lock was written",
      "makes Nix re-lock it on the next build, silently, to whatever the new URL names then; the committed",
      "lock no longer describes what is built."
    ].join(" "),
    failing: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";\n  outputs = { self, nixpkgs }: { };\n}\n',
    passing: '{\n  inputs.nixpkgs.url = "github:NixOS/nixpkgs/0d534853a55b5d02a4ababa1d71921ce8f0aee4c";\n  outputs = { self, nixpkgs }: { };\n}\n',
    fix: "Run `nix flake lock` and commit `flake.lock` (`nix flake lock --update-input NAME` after changing one input). An input without a lock entry must name its commit in the URL.",
    nix: "This is the flake way: every input named, `flake.lock` committed with it, and `nix flake update` the one reviewed step that moves them.",
    exampleFile: "flake.nix"
  },
  check({ document: nix, report }) {
    if (nix.flakeLock === void 0) return;
    const lock = nix.flakeLock;
    const root = lock?.nodes.get(lock.root);
    const fromRegistry = registryInputs(nix);
    for (const input of [...flakeInputs(nix), ...fromRegistry]) {
      if (input.name === "self" || input.computed) continue;
      const region = nix.positions.regionOf(input.url?.span ?? input.follows?.span ?? input.nameSpan);
      const anchor = nix.positions.regionOf(input.nameSpan);
      const reference = fromRegistry.includes(input) ? " (taken from the flake registry)" : describe(input);
      const wanted = wantedAttributes(input);
      if (!lock || !root) {
        if (input.follows || wanted?.has("rev")) continue;
        report({
          region,
          anchor,
          message: `The input ${code(input.name)}${reference} has no flake.lock beside this flake: every build resolves it afresh, to whatever it names that day. Run \`nix flake lock\` and commit flake.lock.`,
          nix: { summary: "`nix flake lock` writes flake.lock with the commit and narHash of every input; commit it with flake.nix." }
        });
        continue;
      }
      const entry = root.inputs.get(input.name);
      if (!entry) {
        report({
          region,
          anchor,
          message: `The input ${code(input.name)}${reference} is not in flake.lock: every build resolves it afresh. Run \`nix flake lock\` and commit the updated flake.lock.`,
          nix: { summary: "`nix flake lock` adds the missing entry (commit and narHash) without moving the other inputs." }
        });
        continue;
      }
      const changed = changeOf(input, wanted, entry.target, lock);
      if (changed) {
        report({
          region,
          anchor,
          message: `The input ${code(input.name)}${reference} changed since flake.lock was written (the lock has ${changed}): the next build re-locks it to whatever it names then. Run \`nix flake lock --update-input ${input.name}\` and commit flake.lock.`,
          nix: { summary: "Re-lock the changed input and commit flake.lock, so the lock describes what is built." }
        });
        continue;
      }
      const node = typeof entry.target === "string" ? lock.nodes.get(entry.target) : void 0;
      for (const follows of input.nestedFollows) {
        const locked = node?.inputs.get(follows.dependency)?.target;
        if (Array.isArray(locked) && locked.join("/") === follows.value) continue;
        report({
          region: nix.positions.regionOf(follows.span),
          anchor,
          message: `${code(`inputs.${input.name}.inputs.${follows.dependency}.follows = "${follows.value}"`)} is not what flake.lock records for it: the next build re-locks ${code(input.name)}. Run \`nix flake lock\` and commit flake.lock.`,
          nix: { summary: "Re-lock and commit flake.lock, so the lock describes what is built." }
        });
      }
    }
  }
});
function registryInputs(nix) {
  const outputs = nixAttr(nix, nixUnwrap(nixChild(nix.root, "expression")), ["outputs"])?.value;
  const formals = nixUnwrap(outputs)?.type === "function_expression" ? nixChildren(nixChild(nixUnwrap(outputs), "formals"), "formal") : [];
  const declared = new Set(flakeInputs(nix).map((input) => input.name));
  return formals.flatMap((formal) => {
    const name = nixChild(formal, "name");
    if (!name || nixChild(formal, "default")) return [];
    const text = nixText(nix, name);
    if (text === "self" || declared.has(text)) return [];
    return [{ name: text, nameSpan: name.span, url: { value: text, span: name.span }, attrs: /* @__PURE__ */ new Map(), nestedFollows: [], computed: false }];
  });
}
function describe(input) {
  if (input.url) return ` (${code(input.url.value)})`;
  if (input.follows) return ` (following ${code(input.follows.value)})`;
  return "";
}
function wantedAttributes(input) {
  if (input.follows) return void 0;
  if (input.url) {
    const attrs = flakeRefAttributes(input.url.value);
    if (!attrs) return void 0;
    for (const [key, value] of input.attrs) if (key !== "flake") attrs.set(key, String(value.value));
    return attrs;
  }
  if (!input.attrs.has("type")) return void 0;
  return new Map([...input.attrs].filter(([key]) => key !== "flake").map(([key, value]) => [key, String(value.value)]));
}
function changeOf(input, wanted, target, lock) {
  if (input.follows) return Array.isArray(target) && target.join("/") === input.follows.value ? void 0 : Array.isArray(target) ? `it following ${code(target.join("/"))}` : "it locked on its own";
  if (Array.isArray(target)) return `it following ${code(target.join("/"))}`;
  const node = lock.nodes.get(target);
  if (!wanted || !node?.original) return void 0;
  const original = new Map([...node.original].map(([key, value]) => [key, String(value.value)]));
  const eitherType = /^https?:/.test(input.url?.value ?? "") && ["tarball", "file"].includes(original.get("type") ?? "");
  const differs = COMPARED.some((key) => !(key === "type" && eitherType) && wanted.get(key) !== original.get(key));
  return differs ? code(referenceText(original)) : void 0;
}
function referenceText(original) {
  const type = original.get("type");
  const refOrRev = original.get("ref") ?? original.get("rev");
  if (type === "github" || type === "gitlab" || type === "sourcehut") return `${type}:${original.get("owner")}/${original.get("repo")}${refOrRev ? `/${refOrRev}` : ""}`;
  if (type === "indirect") return `${original.get("id")}${refOrRev ? `/${refOrRev}` : ""}`;
  if (type === "path") return `path:${original.get("path")}`;
  return `${type}+${original.get("url")}${refOrRev ? `?ref=${refOrRev}` : ""}`;
}

// rules/ra605-flake-lock-outdated.ts
var DAY_MS = 24 * 36e5;
var DEFAULT_MAX_AGE_DAYS = 30;
var ra605_flake_lock_outdated_default = defineFileRule("flake-lock", {
  id: "RA605",
  name: "flake-lock-outdated",
  summary: "flake.lock pins nixpkgs to a commit older than the allowed age (30 days by default)",
  severity: "warning",
  tags: ["nix", "flake", "lockfile", "freshness"],
  precision: "high",
  docs: {
    why: [
      "A lock makes builds reproducible, and an old lock makes them reproducibly old: nixpkgs takes security",
      "fixes every day, and a lock that has not moved for months builds with none of them. Like",
      "DeterminateSystems' flake-checker, this rule looks at the nixpkgs inputs of the root flake and",
      "reports a locked commit older than the allowed age (`lastModified`, the commit's own date). The age is",
      "counted to `SOURCE_DATE_EPOCH` when it is set, else to the time of the audit; set the limit with",
      "`rules: { RA605: { maxAgeDays: 60 } }`."
    ].join(" "),
    failing: JSON.stringify(
      {
        nodes: {
          nixpkgs: {
            locked: { lastModified: 1672531200, narHash: "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", owner: "NixOS", repo: "nixpkgs", rev: "0d534853a55b5d02a4ababa1d71921ce8f0aee4c", type: "github" },
            original: { owner: "NixOS", ref: "nixos-22.11", repo: "nixpkgs", type: "github" }
          },
          root: { inputs: { nixpkgs: "nixpkgs" } }
        },
        root: "root",
        version: 7
      },
      null,
      2
    ),
    passing: '{\n  "nodes": {\n    "root": {}\n  },\n  "root": "root",\n  "version": 7\n}\n',
    fix: "Move nixpkgs forward with `nix flake update nixpkgs` (or DeterminateSystems/update-flake-lock on a schedule), review the diff of flake.lock, and commit it.",
    nix: "`nix flake update` is the one explicit step that moves a flake's inputs; everything else stays pinned."
  },
  check({ document: lock, report, settings, options }) {
    const maxAgeDays = typeof options.maxAgeDays === "number" && options.maxAgeDays > 0 ? options.maxAgeDays : DEFAULT_MAX_AGE_DAYS;
    for (const { name, node } of nixpkgsLockInputs(lock)) {
      const lastModified = node.locked?.get("lastModified");
      if (typeof lastModified?.value !== "number") continue;
      const days = Math.floor((settings.now - lastModified.value * 1e3) / DAY_MS);
      if (days <= maxAgeDays) continue;
      const date = new Date(lastModified.value * 1e3).toISOString().slice(0, 10);
      report({
        region: lock.positions.regionOf(lastModified.span),
        anchor: lock.positions.regionOf(node.keySpan),
        message: `The input ${code(name)} is locked to a nixpkgs commit of ${date}, ${days} days old (more than ${maxAgeDays}): it builds without the fixes since. Run \`nix flake update ${name}\` and commit flake.lock.`,
        nix: { summary: `\`nix flake update ${name}\` moves the lock to the branch's current commit; review and commit flake.lock.` }
      });
    }
  }
});

// rules/ra606-flake-lock-unsupported-branch.ts
var ROLLING = /* @__PURE__ */ new Set(["nixos-unstable", "nixos-unstable-small", "nixpkgs-unstable"]);
var RELEASE = /^(?:nixos-(\d\d)\.(05|11)(?:-small)?|nixpkgs-(\d\d)\.(05|11)-darwin)$/;
function supportOf(year, month) {
  const full = 2e3 + year;
  return month === 5 ? { released: Date.UTC(full, 4, 31), endOfLife: Date.UTC(full, 11, 31, 23, 59, 59) } : { released: Date.UTC(full, 10, 30), endOfLife: Date.UTC(full + 1, 5, 30, 23, 59, 59) };
}
function flakeHubChannel(version) {
  const stream = /^[=~^]?0\.(\d+)(?:\.|$)/.exec(version)?.[1];
  if (stream === "1") return "nixpkgs-unstable";
  const release = stream === void 0 ? void 0 : /^(\d\d)(05|11)$/.exec(stream);
  return release ? `nixos-${release[1]}.${release[2]}` : void 0;
}
function currentRelease(now) {
  const year = new Date(now).getUTCFullYear() % 100;
  for (const [y, m] of [[year, 11], [year, 5], [year - 1, 11]]) {
    if (supportOf(y, m).released <= now) return `nixos-${String(y).padStart(2, "0")}.${m === 5 ? "05" : "11"}`;
  }
  return "nixos-unstable";
}
var ra606_flake_lock_unsupported_branch_default = defineFileRule("flake-lock", {
  id: "RA606",
  name: "flake-lock-unsupported-branch",
  summary: "flake.lock follows a nixpkgs branch that is not a maintained channel (end of life, master, a fork)",
  severity: "warning",
  tags: ["nix", "flake", "lockfile", "channel"],
  precision: "high",
  docs: {
    why: [
      "The nixpkgs branches worth locking to are its channels: `nixos-unstable`, `nixpkgs-unstable` and the",
      "releases still maintained (each `YY.05` until December, each `YY.11` until June). Their commits passed",
      "Hydra's tests and get security fixes. A release past its end of life gets none; `master` and other",
      "branches are commits nobody tested; a fork is someone else's nixpkgs. The lock is still exact, but what",
      "it pins is unmaintained or untested. Like DeterminateSystems' flake-checker, this rule looks at the",
      "nixpkgs inputs of the root flake. FlakeHub's `NixOS/nixpkgs/0.1` is the rolling nixpkgs-unstable",
      "channel and `0.YYMM` the release YY.MM (`0.2405` is `nixos-24.05`)."
    ].join(" "),
    failing: JSON.stringify(
      {
        nodes: {
          nixpkgs: {
            locked: { lastModified: 1701388800, narHash: "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", owner: "NixOS", repo: "nixpkgs", rev: "0d534853a55b5d02a4ababa1d71921ce8f0aee4c", type: "github" },
            original: { owner: "NixOS", ref: "nixos-23.05", repo: "nixpkgs", type: "github" }
          },
          root: { inputs: { nixpkgs: "nixpkgs" } }
        },
        root: "root",
        version: 7
      },
      null,
      2
    ),
    passing: JSON.stringify(
      {
        nodes: {
          nixpkgs: {
            locked: { lastModified: 1701388800, narHash: "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", owner: "NixOS", repo: "nixpkgs", rev: "0d534853a55b5d02a4ababa1d71921ce8f0aee4c", type: "github" },
            original: { owner: "NixOS", ref: "nixos-unstable", repo: "nixpkgs", type: "github" }
          },
          root: { inputs: { nixpkgs: "nixpkgs" } }
        },
        root: "root",
        version: 7
      },
      null,
      2
    ),
    fix: "Point the input at a maintained channel (`github:NixOS/nixpkgs/nixos-24.11` or `nixos-unstable`) and run `nix flake update nixpkgs`.",
    nix: "Channels are the branches Hydra tests and the security team maintains: lock to one of them."
  },
  check({ document: lock, report, settings }) {
    for (const { name, node } of nixpkgsLockInputs(lock)) {
      const original = node.original;
      if (!original) continue;
      const url = original.get("url");
      const flakeHub = url ? flakeHubFlake(String(url.value)) : void 0;
      const owner = String(original.get("owner")?.value ?? node.locked?.get("owner")?.value ?? flakeHub?.owner ?? "");
      const ref = original.get("ref") ?? (flakeHub && url ? { value: flakeHubChannel(flakeHub.version), span: url.span } : void 0);
      const where = lock.positions.regionOf(ref?.span ?? node.originalSpan ?? node.keySpan);
      const base = { region: where, anchor: lock.positions.regionOf(node.keySpan) };
      const advice = `a maintained channel (\`${currentRelease(settings.now)}\` or \`nixos-unstable\`)`;
      if (owner && owner.toLowerCase() !== "nixos") {
        report({ ...base, message: `The input ${code(name)} locks nixpkgs from ${code(owner)}'s fork, not NixOS/nixpkgs: its commits are neither tested by Hydra nor maintained by the NixOS security team. Use ${advice} of NixOS/nixpkgs.`, nix: { summary: "Lock upstream nixpkgs; carry your changes as an overlay." } });
        continue;
      }
      if (!ref) {
        if (original.has("rev")) continue;
        report({ ...base, message: `The input ${code(name)} follows nixpkgs' default branch (\`master\`): commits nobody tested yet. Use ${advice}.`, nix: { summary: "Lock a channel branch; its commits passed Hydra." } });
        continue;
      }
      if (ref.value === void 0) continue;
      const branch = String(ref.value);
      if (ROLLING.has(branch)) continue;
      const release = RELEASE.exec(branch);
      if (!release) {
        report({ ...base, message: `The input ${code(name)} follows the nixpkgs branch ${code(branch)}, which is not a channel: its commits are not tested as a release. Use ${advice}.`, nix: { summary: "Lock a channel branch; its commits passed Hydra." } });
        continue;
      }
      const shown3 = original.has("ref") || !flakeHub ? code(branch) : `FlakeHub's ${code(`${flakeHub.owner}/${flakeHub.project}/${flakeHub.version}`)} (${code(branch)})`;
      const { endOfLife } = supportOf(Number(release[1] ?? release[3]), Number(release[2] ?? release[4]));
      if (endOfLife >= settings.now) continue;
      report({
        ...base,
        message: `The input ${code(name)} follows ${shown3}, which reached its end of life on ${new Date(endOfLife).toISOString().slice(0, 10)}: it gets no security fixes. Move to ${advice}.`,
        nix: { summary: "Move the input to a maintained release and run `nix flake update`." }
      });
    }
  }
});

// rules/ra607-nix-impure-command.ts
var FLAKE_TOOLS = /* @__PURE__ */ new Set(["nix", "nixos-rebuild", "home-manager", "darwin-rebuild", "nix-fast-build", "nom"]);
var ra607_nix_impure_command_default = defineRule({
  id: "RA607",
  shell: true,
  name: "nix-impure-command",
  summary: "Nix run impurely: `--impure`, or packages from the machine's channels (`nix-shell -p`, `nix-env -i`)",
  severity: "warning",
  tags: ["nix", "impure", "channel"],
  precision: "high",
  docs: {
    why: [
      "A flake is evaluated in pure mode: only its locked inputs count. `--impure` turns that off, so",
      "`builtins.getEnv`, `<nixpkgs>` and unhashed fetches work again and the result depends on the machine",
      "and the day. `nix-shell -p`, `nix-env -i` and `nix-channel --update` take packages from the",
      "channels of the machine that runs them (`NIX_PATH`), which differ between machines and move on every",
      "update."
    ].join(" "),
    failing: "FROM nixos/nix:2.24.9@sha256:2c8b3d5c8e5f5ad0ac6e7b4ad6f8a4f6c93df5bb9c39a8b8b6cfd9f0ee6e3d5c\nRUN nix build --impure .#default\n",
    passing: "FROM nixos/nix:2.24.9@sha256:2c8b3d5c8e5f5ad0ac6e7b4ad6f8a4f6c93df5bb9c39a8b8b6cfd9f0ee6e3d5c\nRUN nix build .#default\n",
    fix: "Drop `--impure` and pass what the expression read from the environment as a flake input or an attribute; install packages from a flake (`nix shell nixpkgs#hello` with nixpkgs pinned in flake.lock, or `nix profile install .#tools`).",
    nix: "Pure evaluation is the default of flakes: everything the build sees is an input in flake.lock."
  },
  check({ units, report }) {
    for (const { unit, instruction, command } of shellCommands(units)) {
      const name = commandName(command);
      const args = command.argv.slice(1);
      const flagged = (word, message3) => report({ region: regionOfWords(unit, word), instruction, unit, message: message3, nix: { summary: "Evaluate purely: every input of the build is locked in flake.lock." } });
      if (name && FLAKE_TOOLS.has(name)) {
        const impure = args.find((word) => word.value === "--impure");
        if (impure) flagged(impure, `${code(`${name} ... --impure`)} evaluates with the machine's environment, NIX_PATH and unhashed fetches allowed: the result depends on where and when it runs. Remove \`--impure\` and pass those values as flake inputs.`);
        continue;
      }
      const option = (pattern) => args.find((word) => pattern.test(word.value ?? ""));
      const packages = name === "nix-shell" ? option(/^(-p|--packages)$/) : void 0;
      const install = name === "nix-env" ? option(/^(-i|-iA|--install|-u|--upgrade)$/) : void 0;
      const channel = name === "nix-channel" ? option(/^(--update|--add)$/) : void 0;
      if (packages) {
        flagged(packages, `${code("nix-shell -p")} takes the packages from the \`<nixpkgs>\` channel of the machine that runs it: another machine, or this one after a channel update, gets other versions. Use a flake input (\`nix shell github:NixOS/nixpkgs/<commit>#pkg\`, or a pinned flake).`);
      } else if (install) {
        flagged(install, `${code(`nix-env ${install.value}`)} installs from the machine's channels, which move with every update. Install from a pinned flake (\`nix profile install .#tools\`).`);
      } else if (channel) {
        flagged(channel, `${code(`nix-channel ${channel.value}`)} points the machine's \`<nixpkgs>\` at whatever the channel serves now: everything built afterwards depends on that day. Pin nixpkgs in a flake's lock instead.`);
      }
    }
  }
});

// rules/ra701-unpinned-action.ts
var BRANCH = /^(main|master|trunk|develop|dev|next|nightly|latest|stable|releases?\/.+|release-.+)$/;
function lockedByActionsLock(workflow, use) {
  if (use.kind !== "action" || !workflow.lockKey || !workflow.actionsLock) return false;
  const value = use.uses.value.trim();
  return (workflow.actionsLock.workflows.get(workflow.lockKey)?.has(value) ?? false) && workflow.actionsLock.commits.has(value);
}
var ra701_unpinned_action_default = defineFileRule("workflow", {
  id: "RA701",
  name: "unpinned-action",
  summary: "GitHub Action or reusable workflow used by a tag or branch instead of a full commit SHA",
  severity: "warning",
  tags: ["github-actions", "supply-chain", "ci"],
  precision: "very-high",
  docs: {
    why: [
      "`uses: actions/checkout@v4` runs whatever commit the tag `v4` points to when the job starts. Tags and",
      "branches move: the maintainer moves `v4` with every release, and whoever controls the repository (or",
      "an attacker who took it over, as with tj-actions/changed-files in 2025) can point it at any code, which",
      "then runs with your workflow's token and secrets. Only a full commit SHA names one version of the",
      "action. A workflow onboarded to GitHub's workflow lockfile (`.github/workflows/actions.lock`, written",
      "by `gh actions-lock`) runs the commit recorded there for each action, which counts as pinned; reusable",
      "workflows (`jobs.<id>.uses`) are not covered by the lockfile and need the SHA themselves."
    ].join(" "),
    failing: "on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n",
    passing: "on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n",
    fix: "Pin the full commit SHA and keep the tag as a comment for humans and update bots: `uses: actions/checkout@<sha> # v4.2.2`. `repro-audit fix` resolves each tag through the GitHub API and writes exactly that; Dependabot and Renovate keep such pins current. Or onboard the workflow to GitHub's lockfile with `gh actions-lock`."
  },
  check({ document: workflow, report }) {
    for (const use of workflow.uses) {
      if (use.kind !== "action" && use.kind !== "reusable-workflow" || !use.ref || !use.name) continue;
      if (/^[0-9a-f]{40}$/.test(use.ref) || lockedByActionsLock(workflow, use)) continue;
      const what = use.kind === "reusable-workflow" ? "reusable workflow" : "action";
      const branch = BRANCH.test(use.ref);
      const shortSha = /^[0-9a-f]{7,39}$/.test(use.ref);
      const ref = branch ? `the branch ${code(use.ref)}, which moves with every push` : shortSha ? `the abbreviated commit ${code(use.ref)}, which another commit can come to match` : `the tag ${code(use.ref)}, which its maintainer can move`;
      report({
        region: workflow.positions.regionOf(use.uses.valueSpan ?? use.uses.span),
        anchor: workflow.positions.regionOf(use.anchor),
        severity: branch ? "error" : void 0,
        message: `The ${what} ${code(use.name)} runs ${ref}: the code that runs with this workflow's token can change without a change here. Pin the full commit SHA and keep ${code(use.ref)} as a comment.`
      });
    }
  }
});

// rules/ra702-unpinned-ci-image.ts
function subjectOf(image) {
  const shown3 = code(image.reference);
  switch (image.usage) {
    case "container":
      return `The container image ${shown3} of job ${code(image.job)}`;
    case "service":
      return `The image ${shown3} of service ${code(image.service)} in job ${code(image.job)}`;
    case "docker-step":
      return `The image ${shown3} this step runs`;
    case "action-image":
      return `The image ${shown3} of this Docker action`;
  }
}
var ra702_unpinned_ci_image_default = defineFileRule("workflow", {
  id: "RA702",
  name: "unpinned-ci-image",
  summary: "Workflow container, service or `docker://` image referenced by a tag instead of a digest",
  severity: "warning",
  tags: ["github-actions", "base-image", "digest", "ci"],
  precision: "very-high",
  docs: {
    why: [
      "A job's `container:`, its `services:` and `docker://` steps run images by reference, and a tag such as",
      "`postgres:16` is a pointer the publisher moves: the same workflow tests against a different database,",
      "compiler or tool set from one week to the next, and `latest` moves with every release. Only a digest",
      "(`@sha256:...`) names exactly one image."
    ].join(" "),
    failing: "on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    container: node:20\n    services:\n      db:\n        image: postgres:16\n",
    passing: "on: push\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    container: node:20@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446\n    services:\n      db:\n        image: postgres:16@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3\n",
    fix: "Pin the digest and keep the tag: `container: node:20@sha256:<digest>`. `repro-audit fix` resolves each tag against its registry and writes the digest of the multi-platform index; Renovate and Dependabot keep such pins current.",
    nix: "With Nix the job's tools come from a pinned flake (`nix develop --command ...` with nixpkgs locked in flake.lock) instead of a container image."
  },
  check({ document: workflow, report, settings }) {
    for (const image of workflow.images) {
      if (image.reference.includes("${{")) continue;
      const problem5 = imagePinProblem(image.reference, subjectOf(image), settings.trustedRegistries);
      if (!problem5) continue;
      report({
        region: workflow.positions.regionOf(image.image.valueSpan ?? image.image.span),
        anchor: workflow.positions.regionOf(image.anchor),
        severity: problem5.severity,
        message: problem5.message,
        nix: problem5.name ? nixForImage(problem5.name, image.reference) : void 0
      });
    }
  }
});

// rules/ra801-unpinned-compose-image.ts
var ra801_unpinned_compose_image_default = defineFileRule("compose", {
  id: "RA801",
  name: "unpinned-compose-image",
  summary: "Compose service image referenced by a tag instead of a digest",
  severity: "warning",
  tags: ["compose", "base-image", "digest"],
  precision: "very-high",
  docs: {
    why: [
      "`image: postgres:16` pulls whatever `postgres:16` points to on the day a machine first pulls it: the",
      "publisher moves the tag with every patch release, so two developers, or CI and production, run",
      "different images from the same Compose file, and `latest` or no tag moves with every release. Only a",
      "digest (`@sha256:...`) names exactly one image. A service that also has `build:` names the image it",
      "builds, not one it pulls, and is left alone (its Dockerfile is audited instead)."
    ].join(" "),
    failing: "services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis\n",
    passing: "services:\n  db:\n    image: postgres:16@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3\n  app:\n    build: .\n    image: acme/app:dev\n",
    fix: "Pin the digest and keep the tag: `image: postgres:16@sha256:<digest>`. `repro-audit fix` resolves each tag against its registry and writes the digest of the multi-platform index; Renovate and Dependabot keep such pins current. An image from a variable (`${TAG}`) is pinned where the variable is set.",
    nix: "With Nix the services' images are built from nixpkgs (`pkgs.dockerTools.buildLayeredImage`), pinned by flake.lock, or pulled with `pkgs.dockerTools.pullImage` and a digest."
  },
  check({ document: compose, report, settings }) {
    for (const service of compose.services) {
      if (!service.image || service.build) continue;
      const raw = service.image.value.trim();
      const base = { region: compose.positions.regionOf(service.image.valueSpan ?? service.image.span), anchor: compose.positions.regionOf(service.anchor) };
      const expanded = interpolate(raw, (name) => compose.environment.get(name));
      if (expanded.value === void 0) {
        report({
          ...base,
          severity: "note",
          message: `The image ${code(raw)} of service ${code(service.name)} depends on ${expanded.unresolved.map((name) => code(name)).join(", ")}, which has no value or default here, so what it names is decided where Compose runs; give it a default pinned by digest (\`\${NAME:-image:tag@sha256:...}\`).`
        });
        continue;
      }
      const shown3 = expanded.value === raw ? code(raw) : `${code(raw)} (= ${code(expanded.value)})`;
      const problem5 = imagePinProblem(expanded.value, `The image ${shown3} of service ${code(service.name)}`, settings.trustedRegistries);
      if (!problem5) continue;
      report({ ...base, severity: problem5.severity, message: problem5.message, nix: problem5.name ? nixForImage(problem5.name, expanded.value) : void 0 });
    }
  }
});

// rules:virtual:repro-audit-rules
var virtual_repro_audit_rules_default = [ra101_unpinned_image_default, ra201_unpinned_apt_package_default, ra202_unpinned_apk_package_default, ra203_unpinned_rpm_package_default, ra204_unpinned_zypper_package_default, ra205_os_upgrade_default, ra206_unpinned_pacman_package_default, ra209_unpinned_choco_package_default, ra301_unpinned_python_package_default, ra302_unpinned_node_package_default, ra303_lockfile_not_enforced_default, ra304_unpinned_ruby_gem_default, ra305_unpinned_go_module_default, ra306_unpinned_cargo_install_default, ra307_unpinned_conda_package_default, ra308_unpinned_toolchain_default, ra309_unpinned_nuget_package_default, ra401_pipe_to_shell_default, ra402_unverified_download_default, ra403_add_url_without_checksum_default, ra404_git_clone_without_commit_default, ra501_native_cpu_flags_default, ra502_build_time_in_output_default, ra601_nix_lookup_path_default, ra602_nix_unpinned_fetch_default, ra603_nix_impure_builtin_default, ra604_flake_input_not_locked_default, ra605_flake_lock_outdated_default, ra606_flake_lock_unsupported_branch_default, ra607_nix_impure_command_default, ra701_unpinned_action_default, ra702_unpinned_ci_image_default, ra801_unpinned_compose_image_default];

// src/rules/rebuild/build-steps.ts
var STEP_FAILS_IN_ONE_LEG = {
  id: "RA910",
  name: "step-fails-in-one-leg",
  summary: "A build step succeeds in one rebuild leg and fails in the other",
  severity: "error",
  tags: ["rebuild", "cpu", "portability"],
  precision: "very-high",
  producer: "rebuild",
  docs: {
    why: 'The same Dockerfile built twice failed in one leg only, so whether it builds depends on the machine it runs on. A death by SIGILL ("Illegal instruction"; exit code 132 from a shell that forked the program) in the no-AVX leg means a program used instructions the CPU lacks: a binary built with `-march=native`, a prebuilt wheel or tool compiled for AVX/AVX2. Such images build on a new laptop and fail on an older CI runner or server. The finding names the signal and the CPU features the failing leg lacked, however the engine reported the death (QEMU, buildah or Docker).',
    failing: [
      "FROM debian:bookworm",
      "RUN gcc -O2 -march=native -o /usr/local/bin/tool tool.c && /usr/local/bin/tool --selftest"
    ].join("\n"),
    passing: [
      "FROM debian:bookworm",
      "RUN gcc -O2 -march=x86-64-v2 -o /usr/local/bin/tool tool.c && /usr/local/bin/tool --selftest"
    ].join("\n"),
    fix: "Compile for a fixed, documented baseline (`-march=x86-64` or `-march=x86-64-v2`, Rust `-C target-cpu=x86-64-v2`) instead of `native`, and pick prebuilt artifacts for that baseline (or with runtime CPU dispatch). For other exit codes, read the step output in the finding.",
    nix: "Nix builds with a fixed `-march` per platform (`hostPlatform.gcc.arch`) and never with `native`, so derivations do not depend on the build machine's CPU."
  }
};
var VARIATION_NOT_IN_EFFECT = {
  id: "RA911",
  name: "variation-not-in-effect",
  summary: "The probe inside a rebuild leg did not see the intended CPU features or settings",
  severity: "error",
  tags: ["rebuild", "harness"],
  precision: "very-high",
  producer: "rebuild",
  docs: {
    why: 'The harness runs a probe as the first step of every stage to prove each leg had the CPU features (CPUID), CPU count and build args it was meant to have. When the probe fails or sees something else, the comparison did not test that axis, and the result must not be read as "reproducible".',
    failing: "FROM debian:bookworm\nENV TZ=UTC\nRUN date",
    passing: "FROM debian:bookworm\nRUN date",
    fix: "Read the message: a base image `ENV` that pins the variable (then the axis cannot vary, and need not), a CPU model QEMU does not emulate, or a sandbox that could not start. Fix the environment and rebuild."
  }
};
var BUILD_FAILS_IN_BOTH_LEGS = {
  id: "RA912",
  name: "build-fails-in-both-legs",
  summary: "The Dockerfile failed to build in both rebuild legs, so nothing could be compared",
  severity: "error",
  tags: ["rebuild"],
  precision: "very-high",
  producer: "rebuild",
  docs: {
    why: "The harness builds without cache, without pulling and (when asked) without network. A step that fails in both legs fails for a reason unrelated to the varied axes: a network download under `--network none`, a base image missing locally, or a plain error.",
    failing: "FROM debian:bookworm\nRUN curl -fsSL https://example.com/install.sh | sh",
    passing: "FROM debian:bookworm\nCOPY install.sh /tmp/install.sh\nRUN sh /tmp/install.sh",
    fix: "Read the failing step and its output in the finding; make it build offline from the context, or rebuild with `--network default`."
  }
};
var LEG_TIMED_OUT = {
  id: "RA913",
  name: "rebuild-leg-timed-out",
  summary: "A rebuild leg did not finish within the time limit",
  severity: "error",
  tags: ["rebuild", "harness"],
  precision: "high",
  producer: "rebuild",
  docs: {
    why: "A leg that never finishes cannot be compared. Under CPU emulation builds run several times slower than natively; a step that hangs in one leg only (waiting on the network, spinning on a CPU feature check) is itself a reproducibility problem.",
    failing: "FROM debian:bookworm\nRUN until curl -fs http://artifacts.internal/ready; do sleep 5; done",
    passing: "FROM debian:bookworm\nCOPY artifacts/ /opt/artifacts/",
    fix: "Raise `--timeout` for slow emulated builds, or make the step independent of the machine and network."
  }
};
var BUILD_STEP_RULES = [STEP_FAILS_IN_ONE_LEG, VARIATION_NOT_IN_EFFECT, BUILD_FAILS_IN_BOTH_LEGS, LEG_TIMED_OUT];

// src/rules/rebuild/differences.ts
var DIFFERENCE_RULES = [
  {
    id: "RA901",
    name: "build-time-in-image",
    summary: "Two builds differ only in timestamps: a step records when it ran (file times, dates in files or config).",
    severity: "warning",
    tags: ["rebuild", "time", "source-date-epoch"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "A step that writes the current date into a file, leaves files with the build's modification times, or a gzip that stores its compression time makes every build a different image, even from identical inputs. Digests never match, caches and signatures cannot be reused, and nobody can verify the image by rebuilding it.",
      failing: "FROM debian:12.7-slim\nRUN date > /built-at\nRUN gzip -k /usr/share/doc/app/changelog",
      passing: 'FROM debian:12.7-slim\nARG SOURCE_DATE_EPOCH\nRUN date -u -d "@${SOURCE_DATE_EPOCH}" > /built-at\nRUN gzip -n -k /usr/share/doc/app/changelog',
      fix: "Take every time from `SOURCE_DATE_EPOCH` (declare `ARG SOURCE_DATE_EPOCH` in the stage and pass `--build-arg SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`); use `gzip -n`, `tar --mtime=@$SOURCE_DATE_EPOCH`, and with BuildKit set `rewrite-timestamp=true` on the image exporter so file times are clamped too.",
      nix: 'Nix builds run with `SOURCE_DATE_EPOCH` fixed and store paths have their times reset to 1; `dockerTools.buildLayeredImage` writes layers with fixed times and `created = "1970-01-01T00:00:01Z"`.'
    }
  },
  {
    id: "RA902",
    name: "cpu-dependent-build",
    summary: "Machine code differs between builds on CPUs with different features: the build targets the build machine.",
    severity: "error",
    tags: ["rebuild", "cpu", "march-native", "portability"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: 'A compiler flag like `-march=native`, `RUSTFLAGS=-C target-cpu=native` or a build script that probes CPUID produces code for whatever CPU ran the build. The image then differs by build machine, and one built on a machine with AVX2 dies with SIGILL ("Illegal instruction", exit 132) on an older server.',
      failing: "FROM gcc:13.2\nCOPY app.c /src/\nRUN gcc -O2 -march=native -o /usr/local/bin/app /src/app.c",
      passing: "FROM gcc:13.2\nCOPY app.c /src/\nRUN gcc -O2 -march=x86-64-v2 -o /usr/local/bin/app /src/app.c",
      fix: "Name the target instead of asking the machine: `-march=x86-64-v2` (or `-v3` if every server has AVX2), `-C target-cpu=x86-64-v2`, and turn off CPU autodetection in build systems (e.g. `-DPORTABLE=ON`, `--disable-native`). For code that benefits from AVX, use runtime dispatch (function multiversioning).",
      nix: 'nixpkgs builds for a fixed `hostPlatform` and never passes `-march=native`; to target newer CPUs set `nixpkgs.hostPlatform.gcc.arch = "x86-64-v3"` explicitly, which makes the choice part of the derivation.'
    }
  },
  {
    id: "RA903",
    name: "nondeterministic-content",
    summary: "File contents differ between two builds of the same Dockerfile for reasons other than time or CPU.",
    severity: "warning",
    tags: ["rebuild", "content", "determinism"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "Something the step reads is not pinned or not deterministic: a download of a moving version, a package index fetched at build time, random or unordered output (hash maps, directory order, parallel builds), the build path, locale or time zone embedded in output. Two builds then ship different files.",
      failing: 'FROM python:3.12-slim\nRUN pip install requests\nRUN python -c "import uuid; print(uuid.uuid4())" > /id',
      passing: 'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --require-hashes -r requirements.txt\nRUN echo "app" > /id',
      fix: "Read the unified diff in the finding: pin what is downloaded (versions with hashes, image digests), sort anything listed from the filesystem, seed or remove randomness, set `LC_ALL=C` and `TZ=UTC`, and build with fixed parallelism where the tool's output depends on it.",
      nix: "Nix fetches every input by hash and builds in a sandbox with fixed paths, locale and time; `nix build --rebuild` checks that a derivation builds bit for bit the same."
    }
  },
  {
    id: "RA904",
    name: "nondeterministic-permissions",
    summary: "File mode, owner or extended attributes differ between two builds of the same Dockerfile.",
    severity: "warning",
    tags: ["rebuild", "permissions", "determinism"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "Files copied from the build context keep the permissions of the checkout (which depend on the umask and on the VCS client), and tools that create users pick free uids. The image differs by build machine, and code that relies on a file being executable or owned by a user works on one build and not the other.",
      failing: "FROM debian:12.7-slim\nRUN useradd app\nCOPY entrypoint.sh /usr/local/bin/",
      passing: "FROM debian:12.7-slim\nRUN useradd --uid 10001 app\nCOPY --chmod=0755 --chown=10001:10001 entrypoint.sh /usr/local/bin/",
      fix: "Set modes and owners explicitly: `COPY --chmod=... --chown=...`, fixed uids/gids for `useradd`/`groupadd`, `chmod` in the step.",
      nix: "Store paths are read-only and owned by root; `dockerTools` images set ownership explicitly (`fakeRootCommands`)."
    }
  },
  {
    id: "RA905",
    name: "nondeterministic-file-set",
    summary: "One build has files the other does not: a step's output depends on something outside the Dockerfile.",
    severity: "warning",
    tags: ["rebuild", "file-set", "determinism"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "Files named after the time, the host, a random id or a process id, caches written as a side effect, or packages resolved at build time make the set of files itself vary between builds.",
      failing: "FROM debian:12.7-slim\nRUN mktemp -d /opt/cache.XXXXXX && apt-get update",
      passing: "FROM debian:12.7-slim\nRUN mkdir /opt/cache && apt-get update && rm -rf /var/lib/apt/lists/*",
      fix: "Use fixed names, remove caches and temporary files in the same step that creates them, and pin what is installed.",
      nix: "A derivation's output only holds what its build writes into `$out` in a sandbox; caches and temp files stay outside it."
    }
  },
  {
    id: "RA906",
    name: "nondeterministic-config",
    summary: "The image config (env, labels, entrypoint, user, ...) differs between two builds of the same Dockerfile.",
    severity: "warning",
    tags: ["rebuild", "config", "determinism"],
    precision: "high",
    producer: "rebuild",
    docs: {
      why: "A label or environment variable filled from a build argument, the host or the time (`LABEL build-host=$HOSTNAME`, `ENV BUILD_ID=...`) makes the config, and so the image digest, differ on every build.",
      failing: "FROM debian:12.7-slim\nARG BUILD_ID\nLABEL build-id=$BUILD_ID",
      passing: "FROM debian:12.7-slim\nARG GIT_COMMIT\nLABEL org.opencontainers.image.revision=$GIT_COMMIT",
      fix: "Derive config values from the sources (commit, version) rather than from the build machine or the build run.",
      nix: "`dockerTools.buildImage { config = { ... }; }` holds the config as a value of the derivation."
    }
  }
];

// src/rules/catalog.ts
var RULES_PAGE = `${TOOL_INFORMATION_URI}/blob/main/docs/rules.md`;
function ruleHeading(rule) {
  return `${rule.id} ${rule.name}`;
}
function documented(rule) {
  const anchor = ruleHeading(rule).toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-");
  return { ...rule, helpUri: `${RULES_PAGE}#${anchor}` };
}
var builtinRules = virtual_repro_audit_rules_default.map(documented);
var REBUILD_RULES = [...BUILD_STEP_RULES, ...DIFFERENCE_RULES].map(documented);
function ruleCatalog(userRules = []) {
  return [...combineRules(builtinRules, userRules), ...REBUILD_RULES].sort((a, b) => compareText(a.id, b.id));
}
var RuleLoadError = class extends Error {
};
async function loadUserRules(specifier, cwd) {
  const target = path.resolve(cwd, specifier);
  if (!fs.existsSync(target)) throw new RuleLoadError(`--rules ${specifier}: no such file or directory`);
  const files = fs.statSync(target).isDirectory() ? moduleFilesIn(target) : [target];
  if (files.length === 0) throw new RuleLoadError(`--rules ${specifier}: no .js or .mjs rule modules in this directory`);
  const rules = [];
  for (const file of files) {
    if (/\.[cm]?tsx?$/.test(file)) throw new RuleLoadError(`--rules ${path.relative(cwd, file)}: TypeScript rules must be compiled to JavaScript first`);
    let exported;
    try {
      exported = await import(pathToFileURL(file).href);
    } catch (error) {
      throw new RuleLoadError(`--rules ${path.relative(cwd, file)}: could not load the module: ${error.message}`);
    }
    const values = [];
    for (const [key, value] of Object.entries(exported)) {
      if (key !== "default" || typeof value !== "function") values.push(value);
      else values.push(await rulesOfFactory(value, path.relative(cwd, file)));
    }
    const candidates = values.flatMap((value) => Array.isArray(value) ? value : [value]);
    const found = candidates.filter((value) => typeof value === "object" && value !== null && typeof value.check === "function");
    if (found.length === 0) throw new RuleLoadError(`--rules ${path.relative(cwd, file)}: exports no rule (an object with id, name, summary, severity, tags, docs and check, or a default-exported function of the rule kit that returns rules)`);
    for (const rule of found) {
      const problem5 = ruleProblem(rule);
      if (problem5) throw new RuleLoadError(`--rules ${path.relative(cwd, file)}: rule ${String(rule.id ?? "(no id)")}: ${problem5}`);
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
  for (const entry of ["index.js", "index.mjs"]) if (fs.existsSync(path.join(directory, entry))) return [path.join(directory, entry)];
  const manifest = path.join(directory, "package.json");
  if (fs.existsSync(manifest)) {
    const main = JSON.parse(fs.readFileSync(manifest, "utf8")).main;
    if (main) return [path.join(directory, main)];
  }
  return fs.readdirSync(directory).filter((name) => /\.(m?js|cjs)$/.test(name)).sort().map((name) => path.join(directory, name));
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
  if (rule.helpUri !== void 0 && (typeof rule.helpUri !== "string" || !/^https?:\/\/[^\s]+$/.test(rule.helpUri))) return "helpUri must be an http(s) URL";
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

// src/rules/suppressions.ts
var DIRECTIVE = /^\s*#\s*(repro-audit|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s-]+)$/;
function buildSuppressions(text, rules, comments) {
  const hadolintToRules = /* @__PURE__ */ new Map();
  for (const rule of rules) for (const id of rule.hadolint ?? []) hadolintToRules.set(id, [...hadolintToRules.get(id) ?? [], rule.id]);
  const lines = text.split(/\r\n|\r|\n/);
  const byLine = /* @__PURE__ */ new Map();
  const global = /* @__PURE__ */ new Map();
  const idsOf = (tool, list2) => list2.split(",").map((id) => id.trim()).filter(Boolean).flatMap((id) => tool === "hadolint" ? hadolintToRules.get(id.toUpperCase()) ?? [] : [id.toUpperCase()]);
  const commentLines = /* @__PURE__ */ new Map();
  if (comments) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
    for (const span of comments) {
      const line = starts.findLastIndex((start) => start <= span.start);
      const column = span.start - starts[line];
      if (text.slice(span.start, span.end).includes("\n")) continue;
      commentLines.set(line, { column, trailing: lines[line].slice(0, column).trim() !== "" });
    }
  }
  const directiveText = (index) => {
    if (!comments) return lines[index];
    const comment = commentLines.get(index);
    return comment && lines[index].slice(comment.column);
  };
  const onlyComment = (index) => comments ? /^\s*$/.test(lines[index]) || commentLines.has(index) && !commentLines.get(index).trailing : /^\s*(#.*)?$/.test(lines[index]);
  for (let index = 0; index < lines.length; index++) {
    const directive = directiveText(index);
    const match = directive === void 0 ? null : DIRECTIVE.exec(directive.trimEnd());
    if (!match) continue;
    const [, tool, isGlobal, list2] = match;
    const comment = directive.trim();
    const ids = idsOf(tool, list2);
    if (isGlobal) {
      for (const id of ids) global.set(id, comment);
      continue;
    }
    let target = index;
    if (!commentLines.get(index)?.trailing) {
      target = index + 1;
      while (target < lines.length && onlyComment(target)) target++;
    }
    const entry = byLine.get(target + 1) ?? /* @__PURE__ */ new Map();
    for (const id of ids) entry.set(id, comment);
    byLine.set(target + 1, entry);
  }
  return {
    reasonFor(finding, anchorLine) {
      const id = finding.ruleId.toUpperCase();
      if (global.has(id)) return global.get(id);
      const line = finding.instruction?.startLine ?? finding.region.startLine;
      return byLine.get(line)?.get(id) ?? (anchorLine === void 0 ? void 0 : byLine.get(anchorLine)?.get(id));
    }
  };
}

// src/rules/engine.ts
function ruleFileKind(rule) {
  return rule.fileKind ?? "dockerfile";
}
function runRules(model, options) {
  const rules = options.rules.filter((rule) => ruleFileKind(rule) === "dockerfile");
  let units;
  return runChecks(
    model.file,
    buildSuppressions(model.text, options.rules),
    rules,
    options,
    (rule, report) => rule.check({
      model,
      get units() {
        if (!units) {
          const runs = runUnits(model);
          units = [...runs, ...contextScriptUnits(model, options.context, runs)];
        }
        return units;
      },
      context: options.context,
      options: options.ruleSettings?.get(rule.id)?.options ?? {},
      settings: options.settings,
      report: (descriptor) => {
        const instruction = descriptor.instruction ?? descriptor.unit?.instruction;
        report(instruction ? { ...descriptor, instruction: void 0, ref: instructionRef(model, instruction) } : descriptor);
      }
    })
  );
}
function runDocumentRules(kind, document, source, options) {
  const rules = options.rules.filter((rule) => rule.fileKind === kind);
  const suppressions = buildSuppressions(source.text, options.rules, source.comments);
  const result = runChecks(
    source.file,
    suppressions,
    rules,
    options,
    (rule, report) => rule.check({ document, context: options.context, options: options.ruleSettings?.get(rule.id)?.options ?? {}, settings: options.settings, report })
  );
  const units = source.units ?? [];
  if (units.length === 0) return result;
  const model = modelWithoutInstructions(source);
  const shellRules = options.rules.filter((rule) => ruleFileKind(rule) === "dockerfile" && rule.shell === true);
  const shell = runChecks(
    source.file,
    suppressions,
    shellRules,
    options,
    (rule, report) => rule.check({ model, units, context: options.context, options: options.ruleSettings?.get(rule.id)?.options ?? {}, settings: options.settings, report })
  );
  return { findings: [...result.findings, ...shell.findings], errors: [...result.errors, ...shell.errors] };
}
function modelWithoutInstructions(source) {
  const positions = createPositionMapper(source.text);
  return { file: source.file, text: source.text, eol: "\n", directives: [], escapeChar: "\\", globalArgs: [], stages: [], instructions: [], imageReferences: [], problems: [], positions };
}
function runChecks(file, suppressions, rules, options, check) {
  const findings = [];
  const errors = [];
  for (const rule of rules) {
    const setting2 = options.ruleSettings?.get(rule.id);
    if (setting2 && !setting2.enabled) continue;
    const report = (descriptor) => {
      const finding = {
        ruleId: rule.id,
        severity: setting2?.severity ?? descriptor.severity ?? rule.severity,
        message: descriptor.message,
        file: descriptor.file ?? descriptor.unit?.file ?? file,
        region: descriptor.region
      };
      if (descriptor.ref) finding.instruction = descriptor.ref;
      const related = [...descriptor.unit?.origin ? [descriptor.unit.origin] : [], ...descriptor.related ?? []];
      if (related.length > 0) finding.related = related;
      if (descriptor.fix) finding.fix = descriptor.fix;
      if (descriptor.nix) finding.nix = descriptor.nix;
      if (descriptor.details) finding.details = descriptor.details;
      if (descriptor.properties) finding.properties = descriptor.properties;
      const reason = suppressions.reasonFor(finding, (descriptor.anchor ?? descriptor.unit?.anchor)?.startLine);
      if (reason) finding.suppressed = { kind: "inline", justification: reason };
      findings.push(finding);
    };
    try {
      check(rule, report);
    } catch (error) {
      if (error instanceof ContextParsersNeeded || error instanceof PowerShellGrammarNeeded) throw error;
      errors.push({ file, message: `rule ${rule.id} (${rule.name}) failed on this file: ${error.message}. This is a bug in the rule; the other rules' findings are complete.` });
    }
  }
  return { findings, errors };
}

export {
  interpolate,
  parseDotEnv,
  loadComposeParser,
  loadNixify,
  loadNixParser,
  loadFlakeLockReader,
  STEP_FAILS_IN_ONE_LEG,
  VARIATION_NOT_IN_EFFECT,
  BUILD_FAILS_IN_BOTH_LEGS,
  LEG_TIMED_OUT,
  DIFFERENCE_RULES,
  ruleHeading,
  builtinRules,
  REBUILD_RULES,
  ruleCatalog,
  RuleLoadError,
  loadUserRules,
  combineRules,
  runRules,
  runDocumentRules
};
