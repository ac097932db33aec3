import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  MAX_EXPANDED_LENGTH,
  commandName,
  knownName,
  packageManagerOf
} from "./chunk-GDP2MSJB.js";
import {
  formatBytes
} from "./chunk-2SZMTY7D.js";

// src/shell/packages/argv.ts
function splitArgs(words, optionsWithValue) {
  const options = [];
  const values = /* @__PURE__ */ new Map();
  const positionals = [];
  const addValue = (option, word) => {
    const list = values.get(option);
    if (list) list.push(word);
    else values.set(option, [word]);
  };
  let onlyPositionals = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const value = word.value ?? word.raw;
    if (onlyPositionals || !value.startsWith("-") || value === "-") {
      positionals.push(word);
      continue;
    }
    if (value === "--") {
      onlyPositionals = true;
      continue;
    }
    const equals = value.indexOf("=");
    if (equals > 1 && (value.startsWith("--") || !optionsWithValue.has(value.slice(0, 2)))) {
      const option = value.slice(0, equals);
      options.push(option);
      addValue(option, { ...word, value: value.slice(equals + 1) });
      continue;
    }
    options.push(value);
    if (optionsWithValue.has(value)) {
      const next = words[i + 1];
      if (next) addValue(value, next);
      i++;
    } else if (!value.startsWith("--") && value.length > 2 && optionsWithValue.has(value.slice(0, 2))) {
      addValue(value.slice(0, 2), { ...word, value: value.slice(2) });
    }
  }
  return { options, values, positionals };
}
function hasOption(split, ...names) {
  return split.options.some((option) => names.includes(option) || names.some((name) => isShortCluster(option, name)));
}
function isShortCluster(option, name) {
  return name.length === 2 && name[0] === "-" && option.length > 2 && option[0] === "-" && option[1] !== "-" && option.includes(name[1]);
}

// src/shell/packages/specs.ts
function specText(word) {
  if (word.value !== void 0) return word.value;
  return stripQuotes(word.raw).replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)|`[^`]*`/g, "").replace(/\\(.)/g, "$1");
}
function literalText(raw) {
  const expansions = [];
  const text = stripQuotes(raw).replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)|`[^`]*`/g, (expansion) => `\0${expansions.push(expansion) - 1}\0`).replace(/\\(.)/g, "$1");
  return { text, restore: (name) => name.replace(/\u0000(\d+)\u0000/g, (_, index) => expansions[Number(index)] ?? "") };
}
function specTexts(word) {
  if (isOpaque(word)) return [];
  const text = specText(word);
  if (!word.raw.includes("$") || /^["']/.test(word.raw)) return [text];
  return text.split(/\s+/).filter(Boolean);
}
function isOpaque(word) {
  return word.value === void 0 && /^["']?(\$\(|`|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?["']?$)/.test(word.raw);
}
function stripQuotes(raw) {
  return raw.replace(/^(['"])(.*)\1$/s, "$2").replace(/["']/g, "");
}
var LINE_BREAK = /[\n\r\u2028\u2029]/;
function upTo(text, stop) {
  const at = text.search(stop);
  return at < 0 ? text : text.slice(0, at);
}
function isLocalPath(text) {
  return text === "." || text === ".." || /^(\.{1,2}\/|\/|~\/)/.test(text);
}
function isUrl(text) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
}
function hasWildcard(version) {
  return /[*?[\]]/.test(version);
}
function spec(word, name, version, exact) {
  return { name, version: version === "" ? void 0 : version, exact, word };
}
function comesFromBaseImage(word, declared) {
  if (word.value !== void 0) return false;
  const names = [...word.raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
  return names.length > 0 && names.every((name) => !declared.has(name));
}
function writtenName(spec2) {
  return spec2.writtenName ?? spec2.name;
}

// src/shell/packages/javascript.ts
var OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
  "--prefix",
  "--registry",
  "--cache",
  "-w",
  "--workspace",
  "--omit",
  "--include",
  "--tag",
  "--loglevel",
  "--userconfig",
  "--install-strategy",
  "--cwd",
  "--modules-folder",
  "--network-timeout",
  "--mutex",
  "--filter",
  "-C",
  "--dir",
  "--store-dir",
  "--cache-folder",
  "--global-folder",
  "--link-folder",
  "--backend",
  "--before",
  "--location",
  "--otp",
  "--auth-type",
  "--fetch-retries",
  "--fetch-timeout",
  "--reporter",
  "-F",
  "--network-concurrency",
  "--save-prefix",
  "--lockfile-dir",
  "--virtual-store-dir",
  "--modules-dir"
]);
var INSTALL = /* @__PURE__ */ new Set(["install", "i", "add", "isntall", "in", "ins", "inst", "insta", "instal", "isnt", "isnta"]);
var UPGRADE = /* @__PURE__ */ new Set(["update", "up", "upgrade", "udpate"]);
var LOCKFILE_INSTALL = /* @__PURE__ */ new Set(["ci", "clean-install", "install-clean", "isntall-clean", "ic"]);
var EXACT_SEMVER = /^[=v]?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
var COMMIT = /^[0-9a-f]{40}$/;
function javascriptPackageOperation(command, manager) {
  const split = splitArgs(command.argv.slice(1), OPTIONS_WITH_VALUE);
  let [subcommand, ...rest] = split.positionals;
  let global = hasOption(split, "-g", "--global", "--location=global");
  if (manager === "yarn" && subcommand?.value === "global") {
    global = true;
    [subcommand, ...rest] = rest;
  }
  const verb = subcommand?.value;
  const base = { manager, requirementFiles: [], global, options: split.options, subcommand, command };
  if (subcommand === void 0 && manager === "yarn" && !hasOption(split, "--version", "-v", "--help", "-h")) {
    return { ...base, action: "install-lockfile", packages: [] };
  }
  if (verb === void 0) return void 0;
  if (LOCKFILE_INSTALL.has(verb)) return { ...base, action: "install-lockfile", packages: [] };
  if (UPGRADE.has(verb)) return { ...base, action: "upgrade", packages: rest.flatMap((word) => parsed(word)) };
  if (!INSTALL.has(verb)) return void 0;
  const packages = rest.flatMap((word) => parsed(word));
  if (rest.length === 0 && verb !== "add") return { ...base, action: "install-lockfile", packages: [] };
  return { ...base, action: "install", packages };
}
function parsed(word) {
  return specTexts(word).flatMap((text) => {
    const result = parseNpmSpec(text, word);
    return result ? [result] : [];
  });
}
function parseNpmSpec(text, word) {
  if (text === "" || isLocalPath(text) || text.startsWith("file:") || !isUrl(text) && /\.(tgz|tar|tar\.gz)$/.test(text)) return void 0;
  const shorthand = /^[A-Za-z0-9][\w.-]*\/[\w.-]+(#.*)?$/.test(text);
  if (shorthand || /^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(text) || isUrl(text) && /\.git(#|$)/.test(text)) {
    const ref = text.includes("#") ? text.slice(text.indexOf("#") + 1) : void 0;
    return spec(word, upTo(text, /#/), ref, ref !== void 0 && COMMIT.test(ref));
  }
  if (isUrl(text)) return spec(word, text, void 0, false);
  const at = text.indexOf("@", text.startsWith("@") ? 1 : 0);
  if (at < 0) return spec(word, text, void 0, false);
  const version = text.slice(at + 1).replace(/^["']|["']$/g, "");
  if (version.startsWith("npm:")) return parseNpmSpec(version.slice(4), word);
  return spec(word, text.slice(0, at), version, EXACT_SEMVER.test(version));
}

// src/shell/packages/os.ts
var set = (...values) => new Set(values);
var APT = {
  manager: "apt",
  optionsWithValue: set("-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file", "-a", "--host-architecture"),
  install: set("install", "reinstall"),
  upgrade: set("upgrade", "dist-upgrade", "full-upgrade"),
  parseSpec(word) {
    const text = specText(word);
    if (isLocalPath(text) || text.endsWith(".deb")) return void 0;
    const equals = text.indexOf("=");
    if (equals > 0) {
      const version = text.slice(equals + 1);
      return spec(word, text.slice(0, equals), version, version !== "" && !hasWildcard(version));
    }
    const slash = text.indexOf("/");
    return spec(word, slash > 0 ? text.slice(0, slash) : text, slash > 0 ? text.slice(slash) : void 0, false);
  }
};
var APK = {
  manager: "apk",
  optionsWithValue: set("-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--keys-dir", "--repositories-file", "--cache-dir", "--progress-fd", "--wait"),
  install: set("add"),
  upgrade: set("upgrade"),
  parseSpec(word) {
    const text = specText(word);
    if (isLocalPath(text) || text.endsWith(".apk")) return void 0;
    const match = /^([^=<>~]+)(=~|~=|[=<>~]=?|><)?(.*)$/s.exec(text);
    if (!match || LINE_BREAK.test(match[3])) return spec(word, text, void 0, false);
    const [, name, operator, version] = match;
    return spec(word, name, operator ? `${operator}${version}` : void 0, operator === "=" && version !== "" && !hasWildcard(version));
  }
};
function parseRpmSpec(word) {
  const text = specText(word);
  if (isLocalPath(text) || text.endsWith(".rpm") || isUrl(text)) return void 0;
  if (text.startsWith("@")) return void 0;
  const parts = text.split("-");
  for (let i = 1; i < parts.length; i++) {
    if (/^\d/.test(parts[i]) && /[.:]/.test(parts[i])) {
      const version = parts.slice(i).join("-");
      return spec(word, parts.slice(0, i).join("-"), version, !hasWildcard(version));
    }
  }
  const comparison = rpmComparison(text);
  if (comparison) return spec(word, comparison.name, `${comparison.operator}${comparison.version}`, comparison.operator === "=" && !hasWildcard(comparison.version));
  return spec(word, text, void 0, false);
}
function rpmComparison(text) {
  const at = text.search(/[<>=]/);
  if (at <= 0) return void 0;
  const operator = text[at] !== "=" && text[at + 1] === "=" ? `${text[at]}=` : text[at];
  const version = text.slice(at + operator.length).trimStart();
  if (version === "" || /[\n\r\u2028\u2029]/.test(version)) return void 0;
  return { name: text.slice(0, at), operator, version };
}
var RPM_OPTIONS = set("-x", "--exclude", "--installroot", "--releasever", "-c", "--config", "--repo", "--repoid", "--enablerepo", "--disablerepo", "--setopt", "-d", "--debuglevel", "-e", "--errorlevel", "--forcearch", "--downloaddir", "--destdir");
function rpmManager(manager) {
  return {
    manager,
    optionsWithValue: RPM_OPTIONS,
    install: set("install", "reinstall", "localinstall", "in"),
    upgrade: set("upgrade", "update", "distro-sync", "upgrade-minimal", "update-minimal", "dist-upgrade"),
    parseSpec: parseRpmSpec
  };
}
var ZYPPER = {
  manager: "zypper",
  optionsWithValue: set("-r", "--repo", "--from", "-t", "--type", "--root", "-R", "--reposd-root", "-D", "--cache-dir"),
  install: set("install", "in"),
  upgrade: set("update", "up", "dist-upgrade", "dup", "patch"),
  parseSpec(word) {
    const text = specText(word);
    if (isLocalPath(text) || text.endsWith(".rpm") || isUrl(text)) return void 0;
    const match = /^([^=<>]+)(>=|<=|=|>|<)(.+)$/.exec(text);
    if (!match) return spec(word, text, void 0, false);
    return spec(word, match[1], `${match[2] === "=" ? "" : match[2]}${match[3]}`, match[2] === "=" && !hasWildcard(match[3]));
  }
};
var MANAGERS = {
  apt: APT,
  apk: APK,
  dnf: rpmManager("dnf"),
  yum: rpmManager("yum"),
  microdnf: rpmManager("microdnf"),
  zypper: ZYPPER
};
function osPackageOperation(command, packageManager) {
  const manager = MANAGERS[packageManager];
  if (!manager) return void 0;
  const split = splitArgs(command.argv.slice(1), manager.optionsWithValue);
  let [subcommand, ...rest] = split.positionals;
  let kind = "package";
  if (subcommand && (subcommand.value === "module" || subcommand.value === "group" || subcommand.value === "groups")) {
    kind = subcommand.value === "module" ? "module" : "group";
    [subcommand, ...rest] = rest;
  } else if (subcommand?.value === "groupinstall") kind = "group";
  const verb = subcommand?.value;
  if (!subcommand || verb === void 0) return void 0;
  const isInstall = manager.install.has(verb) || verb === "groupinstall";
  const isUpgrade = manager.upgrade.has(verb);
  if (!isInstall && !isUpgrade) return void 0;
  if (kind === "group") {
    return { manager: manager.manager, action: "install", packages: [], requirementFiles: [], global: false, options: split.options, subcommand, command };
  }
  const packages = rest.flatMap((word) => {
    if (isOpaque(word)) return [];
    if (kind === "module") {
      const text = specText(word);
      const [moduleName, stream] = text.split(":");
      return [spec(word, moduleName, stream, false)];
    }
    const parsed2 = manager.parseSpec(word);
    return parsed2 ? [parsed2] : [];
  });
  return {
    manager: manager.manager,
    action: isUpgrade ? "upgrade" : "install",
    packages,
    requirementFiles: [],
    global: false,
    options: split.options,
    subcommand,
    command
  };
}

// src/shell/packages/python.ts
var PIP_OPTIONS = /* @__PURE__ */ new Set([
  "-r",
  "--requirement",
  "-c",
  "--constraint",
  "-e",
  "--editable",
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "-t",
  "--target",
  "--prefix",
  "--root",
  "--src",
  "--platform",
  "--python-version",
  "--implementation",
  "--abi",
  "--trusted-host",
  "--progress-bar",
  "--cache-dir",
  "--upgrade-strategy",
  "-C",
  "--config-settings",
  "--global-option",
  "--install-option",
  "--build",
  "-b",
  "--log",
  "--proxy",
  "--retries",
  "--timeout",
  "--exists-action",
  "--cert",
  "--client-cert",
  "--root-user-action",
  "--report",
  "--python",
  "--only-binary",
  "--no-binary",
  "--use-feature",
  "--use-deprecated",
  "--index",
  "--default-index",
  "-p",
  "--pip-args",
  "--python-preference",
  "--resolution",
  "--prerelease",
  "--suffix",
  // uv pip / uv tool
  "--exclude-newer",
  "--override",
  "--build-constraint",
  "--build-constraints",
  "--index-strategy",
  "--keyring-provider",
  "--link-mode",
  "--torch-backend",
  "--config-file",
  "--directory",
  "--project",
  "--color",
  "-P",
  "--upgrade-package",
  "--with",
  "-w",
  "--with-requirements",
  "--with-editable",
  "--from"
]);
var COMMIT2 = /^[0-9a-f]{40}$/;
function pipArguments(argv, name) {
  const values = argv.map((word) => word.value);
  switch (knownName(name)) {
    case "pip":
      return { tool: "pip", rest: argv.slice(1) };
    case "pipx":
      return { tool: "pipx", rest: argv.slice(1) };
    case "python": {
      const m = values.indexOf("-m");
      return m > 0 && values[m + 1] === "pip" ? { tool: "pip", rest: argv.slice(m + 2) } : void 0;
    }
    case "uv":
      return values[1] === "pip" || values[1] === "tool" ? { tool: "uv", rest: argv.slice(2) } : void 0;
  }
  return void 0;
}
function pythonPackageOperation(command, name) {
  const invocation = pipArguments(command.argv, name);
  if (!invocation) return void 0;
  const split = splitArgs(invocation.rest, PIP_OPTIONS);
  const [subcommand, ...specs] = split.positionals;
  const verb = subcommand?.value;
  const sync = invocation.tool === "uv" && verb === "sync" && command.argv[1]?.value === "pip";
  const upgrade = (invocation.tool === "pipx" || command.argv[1]?.value === "tool") && (verb === "upgrade" || verb === "upgrade-all");
  if (verb !== "install" && !sync && !upgrade) return void 0;
  const editable = [...split.values.get("-e") ?? [], ...split.values.get("--editable") ?? []];
  const upgraded = [...split.values.get("-P") ?? [], ...split.values.get("--upgrade-package") ?? []];
  const from = split.values.get("--from") ?? [];
  const named = sync ? [] : from.length > 0 ? from : specs;
  const packages = [...named, ...split.values.get("--with") ?? [], ...split.values.get("-w") ?? [], ...editable, ...upgraded].flatMap(
    (word) => specTexts(word).flatMap((text) => {
      const parsed2 = parsePythonRequirement(text, word);
      return parsed2 ? [parsed2] : [];
    })
  );
  return {
    manager: invocation.tool === "uv" ? "uv" : "pip",
    action: upgrade || upgraded.length > 0 || hasOption(split, "-U", "--upgrade") ? "upgrade" : "install",
    packages,
    requirementFiles: inOrder([...sync ? specs : [], ...split.values.get("-r") ?? [], ...split.values.get("--requirement") ?? []]),
    constraintFiles: inOrder([...split.values.get("-c") ?? [], ...split.values.get("--constraint") ?? []]),
    global: invocation.tool === "pipx" || command.argv[1]?.value === "tool",
    options: split.options,
    subcommand,
    command
  };
}
function inOrder(words) {
  return [...words].sort((a, b) => a.span.start - b.span.start);
}
function parsePythonRequirement(text, word) {
  const requirement = text.split(";")[0].trim();
  if (requirement === "" || requirement.startsWith("#")) return void 0;
  const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*@\s*(\S+)$/.exec(requirement);
  if (/^file:/i.test(requirement) || direct && /^file:/i.test(direct[2])) return void 0;
  if (direct) return isLocalPath(direct[2]) ? void 0 : urlSpec(direct[2], word, direct[1]);
  if (isUrl(requirement)) return urlSpec(requirement, word);
  if (isLocalPath(requirement) || /\.(whl|tar\.gz|zip|tgz|tar\.bz2)$/.test(requirement) || /^[^=<>!~\s]+\//.test(requirement)) return void 0;
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\]\s*)?(.*)$/s.exec(requirement);
  if (!match || LINE_BREAK.test(match[2])) return spec(word, requirement, void 0, false);
  const [, name, constraint] = match;
  const specifiers = constraint.replace(/^\(|\)$/g, "").split(",").map((s) => s.trim()).filter(Boolean);
  const exact = specifiers.length === 1 && /^===?\s*[^*\s]+$/.test(specifiers[0]) && !specifiers[0].includes("*");
  return spec(word, name, constraint || void 0, exact);
}
function urlSpec(url, word, name) {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url)?.[1];
  const packageName = name ?? egg ?? upTo(url, /[#?]/).split("/").pop().replace(/\.git$/, "");
  if (/^(git|hg|svn|bzr)\+/.test(url)) {
    const ref = /@([^@#/]+)(?:#.*)?$/.exec(url.replace(/^[^:]+:\/\/[^/]*@/, ""))?.[1];
    return spec(word, packageName, ref, ref !== void 0 && COMMIT2.test(ref));
  }
  return spec(word, packageName, url, /#sha256=[0-9a-f]{64}/.test(url));
}
function normalizePythonName(requirement) {
  return upTo(requirement, /\[|\s*[<>=!~;@]/).trim().toLowerCase().replace(/[-_.]+/g, "-");
}

// src/shell/packages/toolchains.ts
var set2 = (...values) => new Set(values);
var EXACT_GEM_VERSION = /^=?\s*\d[\w.]*$/;
function isBooleanAfterUnknownOption(word, previousWord) {
  const previous = previousWord?.value;
  return /^(true|false|yes|no)$/.test(word.value ?? "") && previous !== void 0 && previous.startsWith("--") && !previous.includes("=") && !GEM_OPTIONS.has(previous);
}
var GEM_OPTIONS = set2("-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P", "--trust-policy", "--platform", "-g", "--file", "--document");
function gemPackageOperation(command) {
  const words = command.argv.slice(1);
  const end = words.findIndex((word) => word.value === "--");
  const split = splitArgs(end >= 0 ? words.slice(0, end) : words, GEM_OPTIONS);
  const previous = new Map(words.map((word, index) => [word, words[index - 1]]));
  const [subcommand, ...names] = split.positionals.filter((word) => !isBooleanAfterUnknownOption(word, previous.get(word)));
  const verb = subcommand?.value;
  const base = { manager: "gem", requirementFiles: [], global: true, options: split.options, subcommand, command };
  if (verb === "update") {
    const system = hasOption(split, "--system");
    const packages2 = names.flatMap((word) => specTexts(word).map((text) => system ? spec(word, "rubygems", text, EXACT_GEM_VERSION.test(text)) : spec(word, text, void 0, false)));
    return { ...base, action: "upgrade", packages: packages2 };
  }
  if (verb !== "install" && verb !== "i") return void 0;
  const versionOption = split.values.get("-v") ?? split.values.get("--version");
  const optionVersion = versionOption?.[0] ? specText(versionOption[0]) : void 0;
  const packages = names.flatMap(
    (word) => specTexts(word).flatMap((text) => {
      if (isLocalPath(text) || text.endsWith(".gem")) return [];
      const colon = text.indexOf(":");
      const name = colon >= 0 ? text.slice(0, colon) : text;
      const version = colon >= 0 ? text.slice(colon + 1) : optionVersion;
      return [spec(word, name, version, version !== void 0 && version !== "" && EXACT_GEM_VERSION.test(version.trim()))];
    })
  );
  return { ...base, action: "install", packages };
}
var GO_OPTIONS = set2("-o", "-C", "-p", "-mod", "-modfile", "-tags", "-ldflags", "-gcflags", "-asmflags", "-buildmode", "-compiler", "-gccgoflags", "-overlay", "-pgo", "-toolexec", "-exec", "-pkgdir", "-covermode", "-coverpkg");
var GO_VERSION = /^(v\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?|[0-9a-f]{40})$/;
function goPackageOperation(command) {
  const [subcommandWord, ...words] = command.argv.slice(1);
  const verb = subcommandWord?.value;
  if (verb !== "install" && verb !== "get" && verb !== "run") return void 0;
  const split = splitArgs(words, GO_OPTIONS);
  const targets = verb === "run" ? split.positionals.slice(0, 1) : split.positionals;
  const packages = targets.flatMap((word) => specTexts(word).flatMap((text) => {
    if (isLocalPath(text) || text.endsWith(".go") || text === "all" || !text.includes(".") && !text.includes("@") && verb !== "get" && !hasOption(split, "-tool")) return [];
    const at = text.lastIndexOf("@");
    const name = at > 0 ? text.slice(0, at) : text;
    const version = at > 0 ? text.slice(at + 1) : void 0;
    return [spec(word, name, version, version !== void 0 && GO_VERSION.test(version))];
  }));
  if (packages.length === 0 && !hasOption(split, "-u")) return void 0;
  return {
    manager: "go",
    action: verb === "get" && hasOption(split, "-u") ? "upgrade" : "install",
    packages,
    requirementFiles: [],
    global: verb === "install",
    options: split.options,
    subcommand: subcommandWord,
    command
  };
}
var CARGO_OPTIONS = set2("--version", "--vers", "--git", "--branch", "--tag", "--rev", "--path", "--root", "--index", "--registry", "--features", "-F", "--target", "-j", "--jobs", "--profile", "--target-dir", "--bin", "--example", "--config", "-Z", "--color");
var CARGO_EXACT = /^=?\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
function cargoPackageOperation(command) {
  const [subcommand, ...words] = command.argv.slice(1);
  if (subcommand?.value !== "install") return void 0;
  const split = splitArgs(words, CARGO_OPTIONS);
  const optionVersion = split.values.get("--version")?.[0] ?? split.values.get("--vers")?.[0];
  const rev = split.values.get("--rev")?.[0];
  const git = split.values.get("--git")?.[0];
  const base = { manager: "cargo", action: "install", requirementFiles: [], global: true, options: split.options, subcommand, command };
  if (split.values.has("--path") || split.positionals.length === 0 && !git) return { ...base, packages: [] };
  if (git) {
    const revision = rev ? specText(rev) : void 0;
    const name = split.positionals[0] ? specText(split.positionals[0]) : specText(git);
    return { ...base, packages: [spec(split.positionals[0] ?? git, name, revision, revision !== void 0 && /^[0-9a-f]{40}$/.test(revision))] };
  }
  const packages = split.positionals.flatMap((word) => specTexts(word).map((text) => {
    const at = text.indexOf("@");
    const version = at > 0 ? text.slice(at + 1) : optionVersion ? specText(optionVersion) : void 0;
    return spec(word, at > 0 ? text.slice(0, at) : text, version, version !== void 0 && CARGO_EXACT.test(version));
  }));
  return { ...base, packages };
}

// src/shell/packages/index.ts
var recognised = /* @__PURE__ */ new WeakMap();
function packageOperationOf(command) {
  let operation = recognised.get(command);
  if (operation === void 0) {
    operation = recognise(command) ?? null;
    recognised.set(command, operation);
  }
  return operation ?? void 0;
}
function recognise(command) {
  const operation = recogniseArgv(command);
  if (operation?.packages.some((spec2) => spec2.word.value === void 0)) addWrittenNames(operation, command);
  return operation;
}
function addWrittenNames(operation, command) {
  const literals = /* @__PURE__ */ new Map();
  const literal = (word) => {
    if (word.value !== void 0) return word;
    const text = literalText(word.raw);
    const twin = { ...word, value: text.text };
    literals.set(twin, text);
    return twin;
  };
  const written = recogniseArgv({ ...command, argv: command.argv.map(literal) });
  for (const spec2 of operation.packages) {
    if (spec2.word.value !== void 0) continue;
    const twin = written?.packages.find((candidate) => candidate.word.span.start === spec2.word.span.start && candidate.word.span.end === spec2.word.span.end);
    const name = twin ? literals.get(twin.word)?.restore(twin.name) : void 0;
    if (name !== void 0 && name !== spec2.name) spec2.writtenName = name;
  }
}
function recogniseArgv(command) {
  const name = commandName(command);
  if (!name) return void 0;
  const manager = packageManagerOf(name);
  switch (manager) {
    case void 0:
      return pythonPackageOperation(command, name);
    case "gem":
      return gemPackageOperation(command);
    case "go":
      return goPackageOperation(command);
    case "cargo":
      return cargoPackageOperation(command);
    case "pip":
    case "uv":
      return pythonPackageOperation(command, name);
    case "npm":
    case "yarn":
    case "pnpm":
    case "bun":
      return javascriptPackageOperation(command, manager);
    default:
      return osPackageOperation(command, manager);
  }
}
function packageOperations(script) {
  return script.commands.flatMap((command) => {
    const operation = packageOperationOf(command);
    return operation ? [operation] : [];
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

// src/shell/index.ts
var parser;
async function loadShellParser() {
  return parser ??= await import("./parse-JY5TB3V7.js");
}
function loadedShellParser() {
  if (!parser) throw new Error("the shell parser is not loaded yet (await loadShellParser() first)");
  return parser;
}

// src/model/image-name.ts
var PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var DOMAIN = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
var REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::([\\w][\\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$`
);
var DOCKER_HUB = "docker.io";
function parseImageName(reference) {
  const match = REFERENCE.exec(reference);
  if (!match) return void 0;
  const [, host, name, tag, digest] = match;
  let domain = host;
  let path = name;
  if (domain && !domain.includes(".") && !domain.includes(":") && domain !== "localhost" && !domain.startsWith("[")) {
    if (domain !== domain.toLowerCase()) return void 0;
    path = `${domain}/${path}`;
    domain = void 0;
  }
  const registry = !domain || domain === "index.docker.io" || domain === "registry-1.docker.io" ? DOCKER_HUB : domain;
  const repository = registry === DOCKER_HUB && !path.includes("/") ? `library/${path}` : path;
  const familiar = registry === DOCKER_HUB ? repository.startsWith("library/") ? repository.slice("library/".length) : repository : `${registry}/${repository}`;
  return { registry, repository, tag, digest, familiar };
}
function isFullSha256Digest(digest) {
  return digest !== void 0 && /^sha256:[0-9a-f]{64}$/.test(digest);
}
var WINDOWS_REPOSITORY_PARTS = /* @__PURE__ */ new Set(["windows", "servercore", "nanoserver", "windowsservercore"]);
var WINDOWS_TAG_PARTS = /* @__PURE__ */ new Set(["windows", "servercore", "nanoserver", "windowsservercore", "windowsserver"]);
function isWindowsImage(image) {
  const { repository, tag } = typeof image === "string" ? repositoryAndTag(image) : image;
  return repository.toLowerCase().split("/").some((part) => WINDOWS_REPOSITORY_PARTS.has(part)) || (tag ?? "").toLowerCase().split(/[-._]/).some((part) => WINDOWS_TAG_PARTS.has(part) || /^ltsc20\d\d$/.test(part));
}
function repositoryAndTag(reference) {
  const text = reference.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, "").replace(/["']/g, "").split("@")[0];
  const slash = text.lastIndexOf("/");
  const colon = text.lastIndexOf(":");
  return colon > slash ? { repository: text.slice(0, colon), tag: text.slice(colon + 1) } : { repository: text };
}

// src/model/variables.ts
var MAX_EXPANDED_TOTAL = 64 * 1024 * 1024;
var MAX_NESTING = 32;
var ExpansionBudget = class {
  constructor(maxLength = MAX_EXPANDED_LENGTH, remaining = MAX_EXPANDED_TOTAL) {
    this.maxLength = maxLength;
    this.remaining = remaining;
  }
  maxLength;
  remaining;
  /** Expansions refused for size. */
  refused = 0;
  first;
  /** Whether `added` more characters may join an expansion already `length` long; they are counted if so. */
  take(length, added) {
    if (length + added > this.maxLength || added > this.remaining) return false;
    this.remaining -= added;
    return true;
  }
  refuse(at) {
    if (this.refused++ === 0) this.first = at;
  }
  /** The one problem that reports every refusal, at the first. */
  problem(positions) {
    const more = this.refused > 1 ? ` (${this.refused - 1} more expansion${this.refused > 2 ? "s" : ""} of this file too)` : "";
    return {
      level: "error",
      message: `variable expansion here would produce more than ${formatBytes(this.maxLength)} (values referencing each other, e.g. \`ARG B=$A$A\` repeated): it was not computed and the value is treated as unknown${more}`,
      region: positions.regionOf(this.first ?? { start: 0, end: 0 })
    };
  }
};
var NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
function expandVariables(text, lookup, escapeChar = "\\", options = {}, depth = 0) {
  if (!text.includes("$") && !(options.quotes && /["']/.test(text))) return { value: unescape(text, escapeChar), unresolved: [], used: [] };
  const budget = options.budget ?? new ExpansionBudget();
  const unresolved = [];
  const used = [];
  const tooLarge = () => {
    budget.refuse(options.at);
    return { value: void 0, unresolved, used, tooLarge: true };
  };
  let out = "";
  let complete = true;
  let i = 0;
  let inDouble = false;
  while (i < text.length) {
    const c = text[i];
    if (c === escapeChar && i + 1 < text.length) {
      out += text[i + 1];
      i += 2;
      continue;
    }
    if (options.quotes && c === '"') {
      inDouble = !inDouble;
      i++;
      continue;
    }
    if (options.quotes && c === "'" && !inDouble) {
      const close = text.indexOf("'", i + 1);
      out += close < 0 ? text.slice(i + 1) : text.slice(i + 1, close);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    if (text[i + 1] === "{") {
      const close = findClosingBrace(text, i + 2);
      if (close < 0) {
        out += text.slice(i);
        break;
      }
      const inner = text.slice(i + 2, close);
      const result = depth < MAX_NESTING ? expandBraced(inner, lookup, escapeChar, { budget, at: options.at }, depth + 1) : { unresolved: [inner], used: [] };
      if (result.tooLarge) return { value: void 0, unresolved, used, tooLarge: true };
      if (result.value === void 0) complete = false;
      else if (!budget.take(out.length, result.value.length)) return tooLarge();
      else out += result.value;
      for (const name of result.unresolved) unresolved.push(name);
      for (const name of result.used) used.push(name);
      i = close + 1;
      continue;
    }
    NAME.lastIndex = i + 1;
    const match = NAME.exec(text);
    if (!match) {
      out += c;
      i++;
      continue;
    }
    const value = lookup(match[0]);
    if (value === void 0) {
      complete = false;
      unresolved.push(match[0]);
    } else if (!budget.take(out.length, value.length)) {
      return tooLarge();
    } else {
      out += value;
      used.push(match[0]);
    }
    i = NAME.lastIndex;
  }
  return { value: complete ? out : void 0, unresolved, used };
}
function findClosingBrace(text, from) {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}
function expandBraced(inner, lookup, escapeChar, options, depth) {
  NAME.lastIndex = 0;
  const match = NAME.exec(inner);
  if (!match) return { value: void 0, unresolved: [inner], used: [] };
  const name = match[0];
  const rest = inner.slice(name.length);
  const value = lookup(name);
  const operator = /^(:?[-+])/.exec(rest)?.[1];
  if (!operator) {
    if (rest === "" && value !== void 0) return { value, unresolved: [], used: [name] };
    return { value: void 0, unresolved: [name], used: [] };
  }
  const word = rest.slice(operator.length);
  const isSet = value !== void 0 && (operator.startsWith(":") ? value !== "" : true);
  if (operator.endsWith("-")) {
    if (isSet) return { value, unresolved: [], used: [name] };
    return expandVariables(word, lookup, escapeChar, options, depth);
  }
  if (isSet) return expandVariables(word, lookup, escapeChar, options, depth);
  return { value: "", unresolved: [], used: [name] };
}
function unescape(text, escapeChar) {
  if (!text.includes(escapeChar)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === escapeChar && i + 1 < text.length) out += text[++i];
    else out += text[i];
  }
  return out;
}

// src/model/positions.ts
function createPositionMapper(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const lineOf = (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  const regionOf = (span) => {
    const startLine = lineOf(span.start);
    const endLine = span.end > span.start ? lineOf(span.end - 1) : startLine;
    const endColumn = span.end > span.start ? span.end - starts[endLine - 1] + 1 : span.start - starts[startLine - 1] + 1;
    return { startLine, startColumn: span.start - starts[startLine - 1] + 1, endLine, endColumn };
  };
  return {
    regionOf,
    lineOf,
    lineStart: (line) => starts[Math.min(Math.max(line, 1), starts.length) - 1],
    lineCount: starts.length
  };
}
function offsetOf(mapper, position) {
  return mapper.lineStart(position.line + 1) + position.character;
}

// src/model/instruction-text.ts
function joinContinuations(text, escapeChar) {
  const lines = text.split(/\r?\n/).filter((line, index) => index === 0 || !/^[ \t]*#/.test(line));
  const escape = escapeChar === "`" ? "`" : "\\\\";
  return lines.join("\n").replace(new RegExp(`${escape}[ \\t]*\\n`, "g"), "");
}

export {
  downloadUrls,
  urlText,
  isVerificationInput,
  contains,
  splitArgs,
  hasOption,
  comesFromBaseImage,
  writtenName,
  parsePythonRequirement,
  normalizePythonName,
  packageOperationOf,
  packageOperations,
  loadShellParser,
  loadedShellParser,
  parseImageName,
  isFullSha256Digest,
  isWindowsImage,
  ExpansionBudget,
  expandVariables,
  createPositionMapper,
  offsetOf,
  joinContinuations
};
