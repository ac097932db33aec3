import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  commandName,
  downloadUrls,
  environmentValue,
  factsOf,
  isDownloader,
  isShellName,
  isVerifier,
  knownName,
  packageManagerOf,
  packageRunnerOf,
  toolchainInstallerOf,
  urlText
} from "./chunk-SQ42UHQ5.js";

// src/shell/verification.ts
var CHECK_SUFFIX = /\.(asc|sig|sign|minisig|gpg|pgp|sha1|sha256|sha512|sha256sum|sha512sum|sha256sums|md5|sum)$/i;
var CHECKSUM_LIST = /(SUMS|checksums?)(\.txt)?$|\.(sha256sums|sha512sums)$/i;
var TRUST_STORE = /^\/(etc\/apt\/(keyrings|trusted\.gpg\.d)\/|usr\/share\/keyrings\/|etc\/apt\/trusted\.gpg$|usr\/local\/share\/ca-certificates\/|usr\/share\/ca-certificates\/|etc\/ssl\/certs\/|etc\/pki\/(ca-trust\/source\/anchors|rpm-gpg|tls\/certs)\/|etc\/ca-certificates\/)/;
function wordText(word) {
  return word.value ?? word.partial ?? unquoted(word);
}
function unquoted(word) {
  return word.raw.replace(/^["']|["']$/g, "");
}
function wordForms(word) {
  return [...new Set([word.value, word.partial, unquoted(word)].filter((text) => text !== void 0))];
}
function fileKey(text) {
  const name = text.replace(/\$\{(\w+)\}/g, "$$$1").replace(/\\?\$$/, "").split(/[\\/]/).pop() ?? "";
  return name.replace(/^\*/, "");
}
function downloadedFiles(command) {
  const name = commandName(command);
  const args = command.argv.slice(1);
  const files = [];
  let remoteName = name === "wget";
  for (let index = 0; index < args.length; index++) {
    const arg = args[index].value ?? "";
    const next = args[index + 1];
    if (name === "curl") {
      if (arg === "--output" || /^-[a-zA-Z]*o$/.test(arg)) {
        if (next) files.push(...wordForms(next));
        index++;
      } else if (arg.startsWith("--output=")) files.push(arg.slice("--output=".length));
      else if (arg === "--remote-name" || arg === "--remote-name-all" || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(arg)) remoteName = true;
    } else if (factsOf(command)?.savesWith?.test(arg)) {
      if (next) files.push(...wordForms(next));
      index++;
    } else if (name === "wget") {
      if (arg === "--output-document" || /^-[a-zA-Z]*O$/.test(arg)) {
        if (next) files.push(...wordForms(next));
        index++;
        remoteName = false;
      } else if (arg.startsWith("--output-document=") || /^-[a-zA-Z]*O./.test(arg)) {
        files.push(arg.startsWith("--") ? arg.slice("--output-document=".length) : arg.slice(arg.indexOf("O") + 1));
        remoteName = false;
      }
    }
  }
  if (command.webClient?.file) files.push(...wordForms(command.webClient.file));
  if (remoteName) files.push(...downloadUrls(command).map((url) => urlText(url).replace(/[?#].*$/, "").split("/").pop() ?? ""));
  for (const redirect of command.redirects) if (/^>>?$|^&>$/.test(redirect.operator) && redirect.target) files.push(...wordForms(redirect.target));
  for (const next of command.pipeline.slice(command.pipelineIndex + 1)) {
    if (commandName(next) === "tee") files.push(...next.argv.slice(1).flatMap(wordForms).filter((arg) => !arg.startsWith("-")));
  }
  return files.filter((file) => file !== "" && file !== "-" && file !== "/dev/null" && file !== "/dev/stdout");
}
function checkedFiles(command) {
  const texts = command.argv.slice(1).flatMap(wordForms).filter((text) => text === "-" || !text.startsWith("-"));
  for (const before of command.pipeline.slice(0, command.pipelineIndex)) texts.push(...before.argv.slice(1).flatMap(wordForms));
  for (const redirect of command.redirects) if (redirect.operator.startsWith("<") && redirect.target) texts.push(...wordForms(redirect.target));
  const keys = texts.flatMap((text) => text.split(/\s+/)).map(fileKey).filter((key) => key !== "" && key !== "-");
  if (keys.length === 0 || keys.some((key) => !key.startsWith("$") && CHECKSUM_LIST.test(key.replace(CHECK_SUFFIX, "")))) return "any";
  const args = command.argv.slice(1).map((word) => word.value ?? "");
  const listed = factsOf(command)?.printsSum && args.some((arg) => arg === "--check" || /^-[a-zA-Z]*c[a-zA-Z]*$/.test(arg));
  if (listed && command.argv.slice(1).map(wordText).some((text) => !text.startsWith("-") && !CHECK_SUFFIX.test(text))) return "any";
  return new Set(keys.flatMap((key) => [key, key.replace(CHECK_SUFFIX, "")]));
}
function checksAnyOf(command, keys) {
  const checked = checkedFiles(command);
  return checked === "any" || [...keys].some((key) => checked.has(key) || [...checked].some((name) => key.startsWith(`${name}.`)));
}
function operandKeys(command) {
  const program = command.argv[0] && wordText(command.argv[0]);
  const operands = command.argv.slice(1).flatMap(wordForms).filter((text) => !text.startsWith("-"));
  return [...program?.includes("/") ? [program] : [], ...operands].map(fileKey);
}
function treatment(command, keys) {
  if (isVerifier(command)) return checksAnyOf(command, keys) ? { verifies: true } : void 0;
  if (isDownloader(command)) return void 0;
  const facts = factsOf(command);
  const args = command.argv.slice(1).map((word) => word.value ?? "");
  const named = operandKeys(command).some((key) => keys.has(key));
  if (!named) return void 0;
  if (facts?.copiesFiles) {
    const operands = command.argv.slice(1).map(wordText).filter((text) => !text.startsWith("-"));
    return { renames: operands.slice(-1).map(fileKey) };
  }
  if (facts?.opensFiles || facts?.interpreter || facts?.packageManager || facts?.trustsKeys?.(args)) return { uses: true };
  if (command.argv[0] && keys.has(fileKey(wordText(command.argv[0]))) && wordText(command.argv[0]).includes("/")) return { uses: true };
  return void 0;
}
function trustedOnArrival(command) {
  for (const next of command.pipeline.slice(command.pipelineIndex + 1)) {
    if (factsOf(next)?.trustsKeys?.(next.argv.slice(1).map((word) => word.value ?? ""))) return trustLabel(next);
  }
  const stored = downloadedFiles(command).find((file) => TRUST_STORE.test(file));
  return stored === void 0 ? void 0 : `saved to \`${stored}\``;
}
function keysFetchedBy(command) {
  const words = command.argv.slice(1);
  const fetched = factsOf(command)?.fetchesKeys?.(words.map((word) => word.value ?? "")) ?? [];
  return fetched.map(({ index, by, via }) => ({
    word: words[index],
    by,
    label: `\`${[commandName(command), words[0]?.value === "adv" ? "adv" : void 0, via].filter(Boolean).join(" ")}\``
  }));
}
function trustLabel(command) {
  const action = command.argv.slice(1).find((word) => ["add", "--import", "--dearmor", "--enarmor"].includes(word.value ?? ""));
  return `\`${[commandName(command), action?.value].filter(Boolean).join(" ")}\``;
}
function trustsKey(command, keys) {
  return factsOf(command)?.trustsKeys?.(command.argv.slice(1).map((word) => word.value ?? "")) === true && operandKeys(command).some((key) => keys.has(key));
}
function checksFingerprint(command, keys) {
  if (factsOf(command)?.printsSum && isVerifier(command)) {
    const checked = checkedFiles(command);
    return checked !== "any" && [...keys].some((key) => checked.has(key));
  }
  const facts = factsOf(command);
  if (facts?.showsFingerprint === void 0) return false;
  if (command.argv.some((word) => word.value === "--export")) {
    return command.argv.slice(1).some((word) => word.value === void 0 || /^(0x)?[0-9A-Fa-f]{40}$/.test(word.value));
  }
  if (!facts.showsFingerprint(command.argv.slice(1).map((word) => word.value ?? ""))) return false;
  if (!command.inSubstitution && command.pipelineIndex === command.pipeline.length - 1) return false;
  return [command, ...command.pipeline.slice(0, command.pipelineIndex)].some((named) => operandKeys(named).some((key) => keys.has(key)));
}

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

// src/shell/packages/toolchains.ts
var set = (...values) => new Set(values);
var EXACT_GEM_VERSION = /^=?\s*\d[\w.]*$/;
function isBooleanAfterUnknownOption(word, previousWord) {
  const previous = previousWord?.value;
  return /^(true|false|yes|no)$/.test(word.value ?? "") && previous !== void 0 && previous.startsWith("--") && !previous.includes("=") && !GEM_OPTIONS.has(previous);
}
var GEM_OPTIONS = set("-v", "--version", "-i", "--install-dir", "-n", "--bindir", "--source", "-s", "-P", "--trust-policy", "--platform", "-g", "--file", "--document");
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
var GO_OPTIONS = set("-o", "-C", "-p", "-mod", "-modfile", "-tags", "-ldflags", "-gcflags", "-asmflags", "-buildmode", "-compiler", "-gccgoflags", "-overlay", "-pgo", "-toolexec", "-exec", "-pkgdir", "-covermode", "-coverpkg");
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
var CARGO_OPTIONS = set("--version", "--vers", "--git", "--branch", "--tag", "--rev", "--path", "--root", "--index", "--registry", "--features", "-F", "--target", "-j", "--jobs", "--profile", "--target-dir", "--bin", "--example", "--config", "-Z", "--color");
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

// src/shell/packages/bundler.ts
var BUNDLE_OPTIONS = /* @__PURE__ */ new Set([
  "-j",
  "--jobs",
  "--retry",
  "--path",
  "--without",
  "--with",
  "--gemfile",
  "--trust-policy",
  "--target-rbconfig",
  "--shebang",
  "--version",
  "-v",
  "--group",
  "-g",
  "--source",
  "-s",
  "--git",
  "--branch",
  "--ref",
  "--glob",
  "--require",
  "-r"
]);
function bundlerPackageOperation(command) {
  const split = splitArgs(command.argv.slice(1), BUNDLE_OPTIONS);
  const [subcommand, ...rest] = split.positionals;
  const verb = subcommand?.value;
  const base = { manager: "bundler", requirementFiles: [], global: false, options: split.options, subcommand, command };
  if (subcommand === void 0) {
    return hasOption(split, "--version", "-v", "--help", "-h") ? void 0 : { ...base, action: "install-lockfile", packages: [] };
  }
  const named = rest.flatMap((word) => specTexts(word).map((text) => spec(word, text, void 0, false)));
  switch (verb) {
    case "install":
    case "i":
      return { ...base, action: "install-lockfile", packages: [] };
    case "update":
      if (hasOption(split, "--bundler") && named.length === 0) return { ...base, action: "upgrade", packages: [spec(subcommand, "bundler", void 0, false)] };
      return { ...base, action: "upgrade", packages: named };
    case "lock":
      return hasOption(split, "--update") ? { ...base, action: "upgrade", packages: named } : void 0;
    case "add": {
      const version = split.values.get("--version")?.[0] ?? split.values.get("-v")?.[0];
      const text = version ? specText(version) : void 0;
      return { ...base, action: "install", packages: named.map((gem) => ({ ...gem, version: text, exact: text !== void 0 && EXACT_GEM_VERSION.test(text.trim()) })) };
    }
  }
  return void 0;
}

// src/shell/packages/conda.ts
var set2 = (...values) => new Set(values);
var CONDA_OPTIONS = set2(
  "-c",
  "--channel",
  "-n",
  "--name",
  "-p",
  "--prefix",
  "-f",
  "--file",
  "--repodata-fn",
  "--solver",
  "--experimental-solver",
  "-r",
  "--root-prefix",
  "--platform",
  "--subdir",
  "--channel-priority",
  "--category",
  "--clone",
  "--rc-file",
  "--log-level",
  "--revision",
  "--relocate-prefix",
  "--cacert-path",
  "--channel-alias",
  "--env-file"
);
var INSTALL = set2("install", "create");
var UPGRADE = set2("update", "upgrade");
function condaPackageOperation(command) {
  const split = splitArgs(command.argv.slice(1), CONDA_OPTIONS);
  let [subcommand, ...rest] = split.positionals;
  const environment = subcommand?.value === "env";
  if (environment) [subcommand, ...rest] = rest;
  const verb = subcommand?.value;
  if (verb === void 0 || !subcommand) return void 0;
  const files = [...split.values.get("-f") ?? [], ...split.values.get("--file") ?? []];
  const base = { manager: "conda", global: false, options: split.options, subcommand, command };
  if (environment) {
    if (verb !== "create" && verb !== "update") return void 0;
    const implicit = files.length === 0 && !split.values.has("--clone");
    return { ...base, action: "install", packages: [], requirementFiles: implicit ? [{ ...subcommand, value: "environment.yml" }] : files };
  }
  const packages = rest.flatMap((word) => specTexts(word).flatMap((text) => parseCondaSpec(text, word) ?? []));
  if (UPGRADE.has(verb)) return { ...base, action: "upgrade", packages, requirementFiles: files };
  if (!INSTALL.has(verb) || split.values.has("--clone") || hasOption(split, "--revision")) return void 0;
  return { ...base, action: "install", packages, requirementFiles: files };
}
function parseCondaSpec(text, word) {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.startsWith("#") || isUrl(trimmed) || isLocalPath(trimmed) || /\.(conda|tar\.bz2)$/.test(trimmed)) return void 0;
  const channel = trimmed.lastIndexOf("::");
  const bare = channel >= 0 ? trimmed.slice(channel + 2) : trimmed;
  if (LINE_BREAK.test(bare)) return spec(word, bare, void 0, false);
  const bracket = bare.indexOf("[");
  const head = bracket >= 0 ? bare.slice(0, bracket) : bare;
  const keys = bracket >= 0 ? bracketKeys(bare.slice(bracket)) : /* @__PURE__ */ new Map();
  const at = head.search(/[=<>!~\s]/);
  const name = at < 0 ? head : head.slice(0, at);
  const constraint = at < 0 ? "" : head.slice(at).trim();
  let fuzzy = false;
  let version = keys.get("version");
  let build = keys.get("build");
  if (constraint.startsWith("=")) {
    fuzzy = !constraint.startsWith("==");
    const [named, built] = constraint.slice(fuzzy ? 1 : 2).split("=");
    version ??= named;
    build ??= built;
  } else if (/^[<>!~]/.test(constraint)) {
    version ??= constraint;
  } else if (constraint !== "") {
    const [named, built] = constraint.split(/\s+/);
    version ??= named;
    build ??= built;
  }
  const exactBuild = build !== void 0 && build !== "" && !/[*?,|]/.test(build);
  const exactVersion = version !== void 0 && isOneVersion(version, !fuzzy || exactBuild);
  const written = bare.slice(name.length).trim();
  return { ...spec(word, name, written === "" ? void 0 : written, exactVersion && exactBuild), exactVersion };
}
function isOneVersion(version, whole) {
  if (version === "" || /[*?<>!~=,|\s^]/.test(version)) return false;
  return whole || version.split(".").length >= 3;
}
function bracketKeys(text) {
  const keys = /* @__PURE__ */ new Map();
  const close = text.lastIndexOf("]");
  const body = text.slice(1, close < 0 ? void 0 : close);
  let at = 0;
  while (at < body.length) {
    const equals = body.indexOf("=", at);
    if (equals < 0) break;
    const key = body.slice(at, equals).replace(/^[\s,]+/, "").trim();
    let start = equals + 1;
    while (body[start] === " ") start++;
    const quote = body[start] === "'" || body[start] === '"' ? body[start] : void 0;
    const end = quote ? body.indexOf(quote, start + 1) : body.indexOf(",", start);
    const stop = end < 0 ? body.length : end;
    keys.set(key, body.slice(quote ? start + 1 : start, stop).trim());
    const next = body.indexOf(",", stop);
    at = next < 0 ? body.length : next + 1;
  }
  return keys;
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
var INSTALL2 = /* @__PURE__ */ new Set(["install", "i", "add", "isntall", "in", "ins", "inst", "insta", "instal", "isnt", "isnta"]);
var UPGRADE2 = /* @__PURE__ */ new Set(["update", "up", "upgrade", "udpate"]);
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
  if (subcommand && (verb === "dlx" ? manager === "pnpm" || manager === "yarn" : verb === "exec" && manager === "npm" || verb === "x" && (manager === "npm" || manager === "bun"))) {
    return javascriptRunOperation(command, manager, command.argv.indexOf(subcommand) + 1);
  }
  const base = { manager, requirementFiles: [], global, options: split.options, subcommand, command };
  if (subcommand === void 0 && manager === "yarn" && !hasOption(split, "--version", "-v", "--help", "-h")) {
    return { ...base, action: "install-lockfile", packages: [] };
  }
  if (verb === void 0) return void 0;
  if (LOCKFILE_INSTALL.has(verb)) return { ...base, action: "install-lockfile", packages: [] };
  if (UPGRADE2.has(verb)) return { ...base, action: "upgrade", packages: rest.flatMap((word) => parsed(word)) };
  if (!INSTALL2.has(verb)) return void 0;
  const packages = rest.flatMap((word) => parsed(word));
  if (rest.length === 0 && verb !== "add") return { ...base, action: "install-lockfile", packages: [] };
  return { ...base, action: "install", packages };
}
var RUN_OPTIONS = /* @__PURE__ */ new Set(["-p", "--package", "-c", "--call", "--registry", "--cache", "--userconfig", "--prefix", "-w", "--workspace", "--cwd", "-C", "--dir"]);
function javascriptRunOperation(command, manager, start = 1) {
  const words = command.argv.slice(start);
  const options = [];
  const packageOptions = [];
  let first;
  for (let i = 0; i < words.length && !first; i++) {
    const value = words[i].value ?? words[i].raw;
    if (value === "--" || !value.startsWith("-")) {
      first = value === "--" ? words[i + 1] : words[i];
      break;
    }
    const equals = value.startsWith("--") ? value.indexOf("=") : -1;
    const option = equals > 0 ? value.slice(0, equals) : value;
    options.push(option);
    if (!RUN_OPTIONS.has(option)) continue;
    const optionValue = equals > 0 ? { ...words[i], value: value.slice(equals + 1) } : words[++i];
    if ((option === "-p" || option === "--package") && optionValue) packageOptions.push(optionValue);
  }
  if (options.includes("--no") || options.includes("--no-install")) return void 0;
  const named = packageOptions.length > 0 ? packageOptions : options.includes("-c") || options.includes("--call") || !first ? [] : [first];
  const packages = named.flatMap((word) => parsed(word));
  if (packages.length === 0) return void 0;
  const subcommand = start > 1 ? command.argv[start - 1] : void 0;
  return { manager, action: "run", packages, requirementFiles: [], global: false, options, subcommand, command, prefersInstalled: subcommand?.value !== "dlx" && commandName(command) !== "pnpx" };
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
var set3 = (...values) => new Set(values);
var APT = {
  manager: "apt",
  optionsWithValue: set3("-o", "--option", "-t", "--target-release", "--default-release", "-c", "--config-file", "-a", "--host-architecture", "-S", "--snapshot"),
  install: set3("install", "reinstall"),
  upgrade: set3("upgrade", "dist-upgrade", "full-upgrade"),
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
  optionsWithValue: set3("-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--keys-dir", "--repositories-file", "--cache-dir", "--progress-fd", "--wait"),
  install: set3("add"),
  upgrade: set3("upgrade"),
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
var RPM_OPTIONS = set3("-x", "--exclude", "--installroot", "--releasever", "-c", "--config", "--repo", "--repoid", "--enablerepo", "--disablerepo", "--setopt", "-d", "--debuglevel", "-e", "--errorlevel", "--forcearch", "--downloaddir", "--destdir");
function rpmManager(manager) {
  return {
    manager,
    optionsWithValue: RPM_OPTIONS,
    install: set3("install", "reinstall", "localinstall", "in"),
    upgrade: set3("upgrade", "update", "distro-sync", "upgrade-minimal", "update-minimal", "dist-upgrade"),
    parseSpec: parseRpmSpec
  };
}
var ZYPPER = {
  manager: "zypper",
  optionsWithValue: set3("-r", "--repo", "--from", "-t", "--type", "--root", "-R", "--reposd-root", "-D", "--cache-dir"),
  install: set3("install", "in"),
  upgrade: set3("update", "up", "dist-upgrade", "dup", "patch"),
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
  const listFiles = [...rest.flatMap((word) => word.contentOf ? [word.contentOf] : []), ...xargsFiles(command)];
  return {
    manager: manager.manager,
    action: isUpgrade ? "upgrade" : "install",
    packages,
    requirementFiles: [],
    ...listFiles.length > 0 ? { listFiles } : {},
    global: false,
    options: split.options,
    subcommand,
    command
  };
}
function osPackageSpec(packageManager, word) {
  return MANAGERS[packageManager]?.parseSpec(word);
}
function xargsFiles(command) {
  const [first, ...args] = command.words;
  if (first?.value?.split("/").pop() !== "xargs") return [];
  for (let index = 0; index < args.length && args[index].value?.startsWith("-"); index++) {
    const value = args[index].value;
    if ((value === "-a" || value === "--arg-file") && args[index + 1]) return [args[index + 1]];
    if (value.startsWith("--arg-file=")) return [{ ...args[index], value: value.slice("--arg-file=".length) }];
  }
  const feeder = command.pipeline[command.pipelineIndex - 1];
  const [cat, file, ...more] = feeder?.argv ?? [];
  return cat?.value === "cat" && file && more.length === 0 && !file.value?.startsWith("-") ? [file] : [];
}

// src/shell/packages/pacman.ts
var PACMAN_OPTIONS = /* @__PURE__ */ new Set([
  "-b",
  "--dbpath",
  "-r",
  "--root",
  "--arch",
  "--cachedir",
  "--config",
  "--gpgdir",
  "--hookdir",
  "--logfile",
  "--sysroot",
  "--ignore",
  "--ignoregroup",
  "--assume-installed",
  "--overwrite",
  "--print-format",
  "--color"
]);
function pacmanPackageOperation(command) {
  const split = splitArgs(command.argv.slice(1), PACMAN_OPTIONS);
  const flags = /* @__PURE__ */ new Set();
  for (const option of split.options) {
    if (option.startsWith("--")) flags.add(LONG_FLAGS[option] ?? option);
    else for (const letter of option.slice(1)) flags.add(letter);
  }
  if (!flags.has("S") || ["s", "i", "l", "g", "c", "w", "p"].some((letter) => flags.has(letter))) return void 0;
  const packages = split.positionals.flatMap((word) => specTexts(word).flatMap((text) => parsePacmanSpec(text, word) ?? []));
  const upgradesAll = flags.has("u");
  const upgradeWord = upgradesAll ? command.argv.slice(1).find((word) => /^-[A-Za-z]*u|^--sysupgrade$/.test(word.value ?? "")) : void 0;
  const subcommand = upgradeWord ?? command.argv.slice(1).find((word) => /^-[A-Za-z]*S|^--sync$/.test(word.value ?? ""));
  const base = { manager: "pacman", requirementFiles: [], global: true, options: split.options, subcommand, command };
  if (packages.length === 0) return upgradesAll ? { ...base, action: "upgrade", packages } : void 0;
  return { ...base, action: "install", packages, upgradesAll };
}
var LONG_FLAGS = {
  "--sync": "S",
  "--refresh": "y",
  "--sysupgrade": "u",
  "--search": "s",
  "--info": "i",
  "--list": "l",
  "--groups": "g",
  "--clean": "c",
  "--downloadonly": "w",
  "--print": "p"
};
function parsePacmanSpec(text, word) {
  if (text === "-" || isLocalPath(text) || isUrl(text) || /\.pkg\.tar(\.\w+)?$/.test(text)) return void 0;
  const target = text.slice(text.indexOf("/") + 1);
  const at = target.search(/[=<>]/);
  if (at <= 0) return spec(word, target, void 0, false);
  const operator = /^(>=|<=|=|>|<)/.exec(target.slice(at))[0];
  const version = target.slice(at + operator.length);
  return spec(word, target.slice(0, at), `${operator === "=" ? "" : operator}${version}`, operator === "=" && version !== "" && !hasWildcard(version));
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
  // pip 25.1 and uv: a dependency group of pyproject.toml (`--group test`), not a package
  "--group",
  // uv pip / uv tool; pipx run's `--spec`
  "--spec",
  "--constraints",
  "--overrides",
  "--env-file",
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
  "--from",
  "--python-platform",
  "--fork-strategy",
  "--reinstall-package",
  "--refresh-package",
  "--config-settings-package",
  "--no-build-isolation-package",
  "--exclude-newer-package",
  "--no-build-package",
  "--no-binary-package",
  "--only-binary-package",
  "--allow-insecure-host",
  // pipx
  "--backend"
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
  if (invocation.rest[0]?.value === "run" && (invocation.tool === "pipx" || command.argv[1]?.value === "tool")) {
    return pythonRunOperation(command, invocation.tool === "uv" ? "uv" : "pip", command.argv.indexOf(invocation.rest[0]) + 1);
  }
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
  const parse = command.argv[1]?.value === "tool" ? parseToolRequirement : parsePythonRequirement;
  const packages = [...named, ...split.values.get("--with") ?? [], ...split.values.get("-w") ?? [], ...editable, ...upgraded].flatMap(
    (word) => specTexts(word).flatMap((text) => {
      const parsed2 = parse(text, word);
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
function pythonRunOperation(command, manager, start) {
  const words = command.argv.slice(start);
  const first = words.findIndex((word, index) => !(word.value ?? word.raw).startsWith("-") && !PIP_OPTIONS.has(words[index - 1]?.value ?? ""));
  const split = splitArgs(first < 0 ? words : words.slice(0, first + 1), PIP_OPTIONS);
  const tool = split.positionals[0];
  const source = [...split.values.get("--from") ?? [], ...split.values.get("--spec") ?? []];
  const named = source.length > 0 ? source : tool && !/\.py$/.test(tool.value ?? "") && !isUrl(tool.value ?? "") ? [tool] : [];
  const packages = [...named, ...split.values.get("--with") ?? [], ...split.values.get("-w") ?? []].flatMap(
    (word) => specTexts(word).flatMap((text) => {
      const parsed2 = parseToolRequirement(text, word);
      return parsed2 ? [parsed2] : [];
    })
  );
  const requirementFiles = split.values.get("--with-requirements") ?? [];
  if (packages.length === 0 && requirementFiles.length === 0) return void 0;
  return {
    manager,
    action: "run",
    prefersInstalled: manager === "uv" && !split.options.includes("--isolated"),
    packages,
    requirementFiles,
    constraintFiles: inOrder([...split.values.get("-c") ?? [], ...split.values.get("--constraints") ?? []]),
    global: true,
    options: split.options,
    subcommand: start > 1 ? command.argv[start - 1] : void 0,
    command
  };
}
function parseToolRequirement(text, word) {
  const at = /^([A-Za-z0-9][A-Za-z0-9._-]*(?:\[[^\]]*\])?)@([^\s@/:]+)$/.exec(text.trim());
  if (!at) return parsePythonRequirement(text, word);
  return at[2] === "latest" ? spec(word, at[1].replace(/\[.*$/, ""), "@latest", false) : parsePythonRequirement(`${at[1]}==${at[2]}`, word);
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
  return upTo(requirement, /[[<>=!~;@]/).trim().toLowerCase().replace(/[-_.]+/g, "-");
}

// src/shell/packages/python-projects.ts
var set4 = (...values) => new Set(values);
var PROJECT_OPTIONS = set4(
  // poetry
  "-C",
  "--directory",
  "-P",
  "--project",
  "--only",
  "--with",
  "--without",
  "-E",
  "--extras",
  "-G",
  "--group",
  "--python",
  "--platform",
  "--source",
  "--markers",
  // pipenv
  "-r",
  "--requirements",
  "-i",
  "--index",
  "--extra-index-url",
  "--categories",
  "-e",
  "--editable",
  // uv
  "--cache-dir",
  "-p",
  "--color",
  "--config-file",
  "--upgrade-package",
  "--extra",
  "--no-extra",
  "--package",
  "--optional",
  "--rev",
  "--tag",
  "--branch",
  "--script",
  "--bounds",
  "--index-url",
  "--default-index",
  "--index-strategy",
  "--keyring-provider",
  "--resolution",
  "--prerelease",
  "--exclude-newer",
  "--link-mode",
  "--no-group",
  "--only-group",
  "--refresh-package",
  "--reinstall-package",
  "--no-install-package",
  "--python-platform",
  "--marker"
);
var COMMIT3 = /^[0-9a-f]{40}$/;
var POETRY_EXACT = /^={0,2}\s*\d[0-9A-Za-z.+!-]*$/;
function pythonProjectOperation(command, manager) {
  const split = splitArgs(command.argv.slice(1), PROJECT_OPTIONS);
  let [subcommand, ...rest] = split.positionals;
  let self = false;
  if (manager === "poetry" && subcommand?.value === "self") {
    self = true;
    [subcommand, ...rest] = rest;
  }
  const verb = subcommand?.value;
  if (!subcommand || verb === void 0) return void 0;
  const requirementFiles = [...split.values.get("-r") ?? [], ...split.values.get("--requirements") ?? []];
  const base = { manager, global: self, options: split.options, subcommand, command, requirementFiles: [] };
  const named = (parse) => rest.flatMap((word) => specTexts(word).flatMap((text) => parse(text, word) ?? []));
  switch (manager) {
    case "poetry":
      if (self && verb === "update") return { ...base, action: "upgrade", packages: [spec(command.argv[0], "poetry", rest[0]?.value, rest[0]?.value !== void 0 && POETRY_EXACT.test(rest[0].value))] };
      if (verb === "add") return { ...base, action: "install", packages: named(parsePoetrySpec) };
      if (self) return void 0;
      if (verb === "update") return { ...base, action: "upgrade", packages: named(parsePoetrySpec) };
      if (verb === "install" || verb === "sync") return { ...base, action: "install-lockfile", packages: [] };
      if (verb === "lock" && split.options.includes("--regenerate")) return { ...base, action: "upgrade", packages: [] };
      if (verb === "lock" && !split.options.includes("--no-update") && !split.options.includes("--check")) return { ...base, action: "upgrade", packages: [], upgradesBeforeMajor: 2 };
      return void 0;
    case "pipenv": {
      const editable = [...split.values.get("-e") ?? [], ...split.values.get("--editable") ?? []];
      const packages = [...named(parsePythonRequirement), ...editable.flatMap((word) => parsePythonRequirement(word.value ?? word.raw, word) ?? [])];
      if (verb === "update" || verb === "upgrade") return { ...base, action: "upgrade", packages };
      if (verb === "sync") return { ...base, action: "install-lockfile", packages: [] };
      if (verb !== "install") return void 0;
      if (packages.length > 0 || requirementFiles.length > 0) return { ...base, action: "install", packages, requirementFiles };
      return { ...base, action: "install-lockfile", packages: [] };
    }
    case "uv": {
      const upgraded = [...split.values.get("-P") ?? [], ...split.values.get("--upgrade-package") ?? []].flatMap((word) => parsePythonRequirement(word.value ?? word.raw, word) ?? []);
      const upgrade = hasOption(split, "-U", "--upgrade") || upgraded.length > 0;
      if ((verb === "sync" || verb === "lock") && upgrade) return { ...base, action: "upgrade", packages: upgraded };
      if (verb === "sync") return { ...base, action: "install-lockfile", packages: [] };
      if (verb === "add") return { ...base, action: "install", packages: named((text, word) => uvAddSpec(text, word, split)), requirementFiles };
      return void 0;
    }
  }
  return void 0;
}
function poetryReleaseInstalledBy(command, scope) {
  const name = commandName(command);
  const install = name === void 0 ? void 0 : pythonPackageOperation(command, name);
  if (install) {
    const poetry = install.action === "install" ? install.packages.find((candidate) => candidate.exact && normalizePythonName(candidate.name) === "poetry") : void 0;
    return poetry?.version?.replace(/^===?\s*/, "");
  }
  const source = command.pipeline[command.pipelineIndex - 1];
  if (knownName(name) !== "python" || !source || !downloadUrls(source).some((url) => /^https:\/\/install\.python-poetry\.org\/?$/.test(urlText(url)))) return void 0;
  const args = command.argv.map((word) => word.value);
  const option = args.findIndex((arg) => arg === "--version" || arg?.startsWith("--version="));
  if (option >= 0) return args[option] === "--version" ? args[option + 1] : args[option].slice("--version=".length);
  return environmentValue(command, "POETRY_VERSION", scope);
}
function parsePoetrySpec(text, word) {
  if (/^(git\+|git@|https?:\/\/)/.test(text)) {
    const hash = text.indexOf("#");
    if (hash < 0) return parsePythonRequirement(text, word);
    const ref = text.slice(hash + 1);
    return spec(word, upTo(text, /#/).split("/").pop().replace(/\.git$/, ""), ref, COMMIT3.test(ref));
  }
  if (isLocalPath(text)) return void 0;
  const at = text.indexOf("@");
  if (at <= 0) return parsePythonRequirement(text, word);
  const constraint = text.slice(at + 1).trim();
  return spec(word, text.slice(0, at).replace(/\[.*$/, ""), constraint, POETRY_EXACT.test(constraint) && !constraint.includes("*"));
}
function uvAddSpec(text, word, split) {
  const parsed2 = parsePythonRequirement(text, word);
  const rev = split.values.get("--rev")?.[0]?.value;
  if (!parsed2 || !/^git\+/.test(text) || parsed2.version !== void 0) return parsed2;
  const ref = rev ?? split.values.get("--tag")?.[0]?.value ?? split.values.get("--branch")?.[0]?.value;
  return { ...parsed2, version: ref, exact: rev !== void 0 && COMMIT3.test(rev) };
}

// src/shell/packages/windows.ts
var set5 = (...values) => new Set(values);
var CHOCO_OPTIONS = set5(
  "--version",
  "-s",
  "--source",
  "--params",
  "--package-parameters",
  "--packageparameters",
  "--installargs",
  "--install-arguments",
  "--installarguments",
  "--ia",
  "--override-arguments",
  "-u",
  "--user",
  "-p",
  "--password",
  "--cache-location",
  "--cachelocation",
  "--timeout",
  "--execution-timeout",
  "--executiontimeout",
  "--checksum",
  "--checksum64",
  "--checksumtype",
  "--checksum-type",
  "--checksumtype64",
  "--checksum-type-x64",
  "--download-checksum",
  "--download-checksum-x64",
  "--download-checksum-type",
  "--download-checksum-type-x64",
  "--log-file",
  "--cert",
  "--certpassword",
  "--cp",
  "--proxy",
  "--proxy-user",
  "--proxy-password",
  "--proxy-bypass-list",
  "--except",
  "--pin-reason",
  "--reason"
);
function chocoPackageOperation(command, program) {
  const implied = program === "cinst" ? "install" : program === "cup" ? "upgrade" : void 0;
  const words = command.argv.slice(1).map(chocoOptionWord);
  const split = splitArgs(words, CHOCO_OPTIONS);
  const subcommand = implied ? void 0 : split.positionals[0];
  const names = implied ? split.positionals : split.positionals.slice(1);
  const verb = implied ?? subcommand?.value?.toLowerCase();
  if (verb !== "install" && verb !== "upgrade") return void 0;
  const version = split.values.get("--version")?.[0];
  const versionText = version ? specText(version) : void 0;
  const exact = versionText !== void 0 && /^\d[\w.+-]*$/.test(versionText);
  const packages = [];
  for (const word of names) {
    for (const text of specTexts(word)) {
      if (verb === "upgrade" && text.toLowerCase() === "all") continue;
      if (!isUrl(text) && !isLocalPath(text) && !/\.(config|nupkg|nuspec)$/i.test(text)) packages.push(spec(word, text, versionText, exact));
    }
  }
  const base = { manager: "choco", requirementFiles: [], global: true, options: split.options, subcommand: subcommand ?? command.argv[0], command };
  if (verb === "upgrade") return { ...base, action: "upgrade", packages };
  return packages.length > 0 ? { ...base, action: "install", packages } : void 0;
}
function chocoOptionWord(word) {
  const value = word.value;
  if (value === void 0 || !/^--?[A-Za-z][\w-]+/.test(value)) return word;
  const equals = value.indexOf("=");
  const name = (equals < 0 ? value : value.slice(0, equals)).toLowerCase().replace(/^-+/, "--");
  return { ...word, value: `${name}${equals < 0 ? "" : value.slice(equals)}` };
}
var DOTNET_ADD_OPTIONS = set5("-v", "--version", "-f", "--framework", "-s", "--source", "--package-directory");
var DOTNET_TOOL_OPTIONS = set5("--version", "--add-source", "--configfile", "--tool-path", "--framework", "-a", "--arch", "--tool-manifest", "-v", "--verbosity");
var EXACT_NUGET_VERSION = /^\[?\d+(\.\d+)*(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?\]?$/;
function dotnetPackageOperation(command) {
  const words = command.argv.slice(1);
  const verb = words[0]?.value;
  if (verb === "add") {
    const at = words.findIndex((word, index) => index > 0 && word.value === "package");
    if (at < 0 || at > 2) return void 0;
    return nugetOperation(command, words[at], words.slice(at + 1), DOTNET_ADD_OPTIONS, "install");
  }
  if (verb === "tool") {
    const action = words[1]?.value;
    if (action !== "install" && action !== "update") return void 0;
    return nugetOperation(command, words[1], words.slice(2), DOTNET_TOOL_OPTIONS, action === "install" ? "install" : "upgrade");
  }
  return void 0;
}
function nugetOperation(command, subcommand, args, options, action) {
  const split = splitArgs(args, options);
  const versionWord = (split.values.get("--version") ?? (options === DOTNET_ADD_OPTIONS ? split.values.get("-v") : void 0))?.[0];
  const optionVersion = versionWord ? specText(versionWord) : void 0;
  const packages = split.positionals.flatMap(
    (word) => specTexts(word).map((text) => {
      const at = text.indexOf("@", 1);
      const version = at > 0 ? text.slice(at + 1) : optionVersion;
      return spec(word, at > 0 ? text.slice(0, at) : text, version, version !== void 0 && EXACT_NUGET_VERSION.test(version));
    })
  );
  if (packages.length === 0) return void 0;
  return { manager: "dotnet", action, packages, requirementFiles: [], global: split.options.includes("-g") || split.options.includes("--global"), options: split.options, subcommand, command };
}

// src/shell/packages/toolchain-requests.ts
var set6 = (...values) => new Set(values);
var RUSTUP_OPTIONS = set6("--profile", "-c", "--component", "-t", "--target", "--default-toolchain", "--default-host", "--path");
var UV_PYTHON_OPTIONS = set6("-i", "--install-dir", "--mirror", "--pypy-mirror", "--python-downloads-json-url", "--cache-dir", "--directory", "--project", "--color", "--config-file");
var COREPACK_OPTIONS = set6("-o", "--output");
var RUST_TOOLCHAIN = /^(?:(stable|beta|nightly)(-\d{4}-\d{2}-\d{2})?|(\d+(?:\.\d+){0,2}))(?:-[a-z0-9_]+(?:-[a-z0-9_]+){1,3})?$/;
var recognised = /* @__PURE__ */ new WeakMap();
function toolchainRequestsOf(command) {
  let requests = recognised.get(command);
  if (!requests) {
    requests = recognise(command);
    recognised.set(command, requests);
  }
  return requests;
}
function recognise(command) {
  const name = commandName(command);
  const installer = toolchainInstallerOf(name);
  if (installer === "rustup") return name === "rustup-init" ? rustupInit(command, command.argv.slice(1), command.argv[0]) : rustup(command);
  if (installer === "corepack") return corepack(command);
  if (packageManagerOf(name) === "uv" && command.argv[1]?.value === "python" && command.argv[2]?.value === "install") return uvPython(command);
  const piped = pipedRustupArguments(command);
  return piped ? rustupInit(command, piped, command.argv[0]) : [];
}
function request(command, installer, toolchain, word, version, exact, action = "install") {
  return { installer, toolchain, version, exact, action, word, command };
}
function isExactToolchain(toolchain, text) {
  if (toolchain === "rust") {
    const match = RUST_TOOLCHAIN.exec(text);
    return match === null ? void 0 : match[2] !== void 0 || match[3] !== void 0 && match[3].split(".").length === 3;
  }
  if (toolchain === "python") return /(^|[@-])\d+\.\d+\.\d+([a-z]\d*)?(\+\w+)?(-|$)/.test(text) && !/[<>=~,*]/.test(text);
  return /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[\w.-]+)?$/.test(text);
}
function rustToolchain(command, installer, word, action = "install") {
  const text = specText(word);
  if (text === "none") return [];
  if (word.value === void 0) return [request(command, installer, "rust", word, word.raw, false, action)];
  const exact = isExactToolchain("rust", text);
  return exact === void 0 ? [] : [request(command, installer, "rust", word, text, exact, action)];
}
function rustup(command) {
  const split = splitArgs(command.argv.slice(1), RUSTUP_OPTIONS);
  let [subcommand, ...names] = split.positionals;
  if (subcommand?.value === "toolchain" || subcommand?.value === "override") {
    const verb = names[0]?.value;
    if (!(subcommand.value === "toolchain" ? verb === "install" || verb === "add" : verb === "set")) return [];
    [subcommand, ...names] = names;
  }
  switch (subcommand?.value) {
    case "install":
    case "add":
    case "set":
      return names.flatMap((word) => rustToolchain(command, "rustup", word));
    case "default":
      return names.slice(0, 1).flatMap((word) => rustToolchain(command, "rustup", word));
    case "update":
      return names.length === 0 ? [request(command, "rustup", "rust", subcommand, void 0, false, "upgrade")] : names.flatMap((word) => rustToolchain(command, "rustup", word));
  }
  return [];
}
function rustupInit(command, args, program) {
  const toolchain = splitArgs(args, RUSTUP_OPTIONS).values.get("--default-toolchain")?.[0];
  return toolchain ? rustToolchain(command, "rustup-init", toolchain) : [request(command, "rustup-init", "rust", program, void 0, false)];
}
function pipedRustupArguments(command) {
  if (command.pipelineIndex === 0 || !isShellName(commandName(command))) return void 0;
  const fed = command.pipeline.slice(0, command.pipelineIndex).some((member) => isDownloader(member) && downloadUrls(member).some((url) => /^https?:\/\/sh\.rustup\.rs\b|\/rustup-init(\.sh)?$/.test(urlText(url))));
  if (!fed) return void 0;
  const args = command.argv.slice(1);
  const dash = args.findIndex((word) => word.value === "-s");
  const rest = dash >= 0 ? args.slice(dash + 1) : [];
  return rest[0]?.value === "--" ? rest.slice(1) : rest;
}
function uvPython(command) {
  const versions = splitArgs(command.argv.slice(3), UV_PYTHON_OPTIONS).positionals;
  if (versions.length === 0) return [request(command, "uv", "python", command.argv[2], void 0, false)];
  return versions.map((word) => {
    const text = specText(word);
    return request(command, "uv", "python", word, word.value === void 0 ? word.raw : text, word.value !== void 0 && isExactToolchain("python", text) === true);
  });
}
function corepack(command) {
  const [subcommand, ...specs] = splitArgs(command.argv.slice(1), COREPACK_OPTIONS).positionals;
  switch (subcommand?.value) {
    case "up":
      return [request(command, "corepack", "the package manager", subcommand, void 0, false, "upgrade")];
    case "prepare":
    case "install":
    case "use":
      return specs.map((word) => {
        const text = specText(word);
        const at = text.indexOf("@", 1);
        const version = at > 0 ? text.slice(at + 1) : void 0;
        const exact = word.value !== void 0 && version !== void 0 && isExactToolchain("package-manager", version) === true;
        return request(command, "corepack", at > 0 ? text.slice(0, at) : text, word, word.value === void 0 ? word.raw : version, exact);
      });
  }
  return [];
}

// src/shell/packages/index.ts
var recognised2 = /* @__PURE__ */ new WeakMap();
function packageOperationOf(command) {
  let operation = recognised2.get(command);
  if (operation === void 0) {
    operation = recognise2(command) ?? null;
    recognised2.set(command, operation);
  }
  return operation ?? void 0;
}
function recognise2(command) {
  const operation = recogniseArgv(command);
  if (operation?.packages.some((spec2) => spec2.word.value === void 0)) addWrittenNames(operation, command);
  return operation;
}
function addWrittenNames(operation, command) {
  const literals = /* @__PURE__ */ new Map();
  const literal = (word) => {
    if (word.value !== void 0) return word;
    const text = literalText(word.partial ?? word.raw);
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
    if (twin?.version !== void 0 && !twin.version.includes("\0")) {
      spec2.version = twin.version;
      spec2.exact = twin.exact;
    }
  }
}
function recogniseArgv(command) {
  const name = commandName(command);
  if (!name) return void 0;
  const runner = packageRunnerOf(name);
  if (runner) return runner === "uv" ? pythonRunOperation(command, runner, 1) : javascriptRunOperation(command, runner);
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
      return pythonPackageOperation(command, name);
    case "uv":
      return pythonPackageOperation(command, name) ?? pythonProjectOperation(command, manager);
    case "poetry":
    case "pipenv":
      return pythonProjectOperation(command, manager);
    case "conda":
      return condaPackageOperation(command);
    case "pacman":
      return pacmanPackageOperation(command);
    case "bundler":
      return bundlerPackageOperation(command);
    case "choco":
      return chocoPackageOperation(command, name);
    case "dotnet":
      return dotnetPackageOperation(command);
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

// src/shell/index.ts
var parser;
async function loadShellParser() {
  return parser ??= await import("./parse-OV5ZG3YX.js");
}
function loadedShellParser() {
  if (!parser) throw new Error("the shell parser is not loaded yet (await loadShellParser() first)");
  return parser;
}
var powerShellLoaded = false;
async function loadPowerShellGrammar() {
  await (await import("./powershell-6MOMJQCH.js")).loadPowerShellGrammar();
  powerShellLoaded = true;
}
function mayNeedPowerShellGrammar(text) {
  return !powerShellLoaded && /powershell|pwsh/i.test(text);
}
function loadTreeSitterRuntime() {
  return import("./tree-sitter-runtime-TJPWGFRP.js");
}

export {
  fileKey,
  downloadedFiles,
  operandKeys,
  treatment,
  trustedOnArrival,
  keysFetchedBy,
  trustLabel,
  trustsKey,
  checksFingerprint,
  splitArgs,
  hasOption,
  comesFromBaseImage,
  writtenName,
  parseCondaSpec,
  osPackageSpec,
  parsePythonRequirement,
  normalizePythonName,
  poetryReleaseInstalledBy,
  toolchainRequestsOf,
  isExactToolchain,
  packageOperationOf,
  packageOperations,
  loadShellParser,
  loadedShellParser,
  loadPowerShellGrammar,
  mayNeedPowerShellGrammar,
  loadTreeSitterRuntime
};
