import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  NIXPKGS_URL,
  apply,
  argumentsSource,
  attrName,
  attrs,
  bind,
  block,
  commentLines,
  findStage,
  instructionText,
  interpolate,
  list,
  mapDownload,
  mapImage,
  mapPackage,
  nixpkgsInput,
  packageExprs,
  printNix,
  quoteString,
  raw,
  splitPackageNames,
  stageChain,
  stageLabel,
  str
} from "./chunk-VH7FCUMN.js";
import {
  expandVariables,
  packageOperations
} from "./chunk-EWVXBHGY.js";
import {
  ECOSYSTEM,
  isDownloader,
  isShellName,
  packageManagerOf,
  programName
} from "./chunk-WDRH2CAH.js";
import "./chunk-3EYDSPKG.js";
import "./chunk-4SAFVKBM.js";
import "./chunk-2SZMTY7D.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-QQC64ZS2.js";
import "./chunk-ZA57FG27.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/nix/nixify/translate.ts
import path3 from "node:path";

// src/nix/nixify/dockerfile-words.ts
function keyValuePairs(model, instruction) {
  return (instruction.properties ?? []).map((property) => [
    property.name,
    property.value ?? expandVariables(property.raw, (name) => instruction.variables.get(name) ?? `\${${name}}`, model.escapeChar, { quotes: true }).value ?? property.raw
  ]);
}
function execArguments(model, instruction) {
  try {
    const parsed = JSON.parse(argumentsSource(model, instruction));
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === "string")) return parsed;
  } catch {
  }
  return instruction.args.map((arg) => arg.value ?? arg.raw);
}

// src/nix/nixify/flake.ts
import path2 from "node:path";

// src/nix/nixify/stages.ts
function bindingName(stage, kind) {
  const base = (stage.name ?? `stage${stage.index}`).replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => c ? c.toUpperCase() : "");
  const name = /^[A-Za-z_]/.test(base) ? base : `stage${base}`;
  return `${name}${kind === "go" ? "Go" : "Npm"}`.replace(/^(.)/, (c) => c.toLowerCase());
}
function runCommands(instruction) {
  return instruction.script?.commands ?? [];
}
var GO_BUILD_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set(["-o", "-ldflags", "-tags", "-gcflags", "-asmflags", "-mod", "-p", "-buildmode", "-modfile", "-pkgdir", "-installsuffix", "-compiler", "-overlay", "-pgo"]);
function goBuildOf(command, stage) {
  const subPackages = [];
  let output;
  let ldflags = [];
  const words = command.argv.slice(2).map((word) => word.value ?? "");
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const [flag, inline] = word.startsWith("-") ? [word.replace(/^--/, "-").split("=")[0], word.includes("=") ? word.slice(word.indexOf("=") + 1) : void 0] : [void 0, void 0];
    if (flag !== void 0) {
      const value = GO_BUILD_OPTIONS_WITH_VALUE.has(flag) ? inline ?? words[++i] : void 0;
      if (flag === "-o") output = value;
      if (flag === "-ldflags" && value) ldflags = value.split(/\s+/).filter(Boolean);
    } else if (word && word !== "." && word !== "./...") subPackages.push(word.replace(/^\.\//, "").replace(/\/$/, ""));
  }
  const envCgo = stage.instructions.find((i) => i.keyword === "RUN" && i.script?.commands.includes(command))?.variables.get("CGO_ENABLED");
  const cgo = command.assignments.find((a) => a.name === "CGO_ENABLED")?.value ?? envCgo;
  return { subPackages, output, ldflags, cgo };
}
function buildStageKind(stage) {
  const commands = stage.instructions.filter((i) => i.keyword === "RUN").flatMap(runCommands);
  const name = (command) => programName(command.argv[0]);
  const arg = (command, i) => command.argv[i]?.value;
  if (commands.some((c) => name(c) === "go" && arg(c, 1) === "build")) return "go";
  const runsScripts = (c) => ["npm", "yarn", "pnpm"].includes(packageManagerOf(name(c)) ?? "");
  if (commands.some((c) => runsScripts(c) && (arg(c, 1) === "run" || arg(c, 1) === "build"))) return "npm";
  return void 0;
}
function buildStagesOf(stages, chain) {
  const buildStages = /* @__PURE__ */ new Map();
  for (const stage of stages) {
    if (chain.includes(stage)) continue;
    const kind = buildStageKind(stage);
    if (kind) {
      const goBuild = kind === "go" ? stage.instructions.flatMap((i) => i.keyword === "RUN" ? runCommands(i) : []).find((c) => programName(c.argv[0]) === "go" && c.argv[1]?.value === "build") : void 0;
      buildStages.set(stage, { stage, kind, binding: bindingName(stage, kind), go: goBuild ? goBuildOf(goBuild, stage) : void 0 });
    }
  }
  return buildStages;
}
function buildStageDerivation(build) {
  const pname = str(build.stage.name ?? `stage-${build.stage.index}`);
  if (build.kind === "go") {
    return bind(
      build.binding,
      apply(
        "pkgs.buildGoModule",
        attrs([
          bind("pname", pname),
          bind("version", str("0.1.0")),
          bind("src", raw("./.")),
          ...build.go?.subPackages.length ? [bind("subPackages", list(build.go.subPackages.map(str)))] : [],
          ...build.go?.ldflags.length ? [bind("ldflags", list(build.go.ldflags.map(str)))] : [],
          ...build.go?.cgo !== void 0 && /^[01]$/.test(build.go.cgo) ? [bind(["env", "CGO_ENABLED"], raw(build.go.cgo))] : [],
          bind("vendorHash", raw("pkgs.lib.fakeHash"), [
            "pins every Go module the build downloads: the first `nix build` fails and prints the real hash;",
            "paste it here (or set vendorHash = null when the sources vendor their modules)"
          ])
        ])
      ),
      [`the Go build of stage "${stageLabel(build.stage)}" (Dockerfile line ${build.stage.from.region.startLine})`]
    );
  }
  return bind(
    build.binding,
    apply(
      "pkgs.buildNpmPackage",
      attrs([
        bind("pname", pname),
        bind("version", str("0.1.0")),
        bind("src", raw("./.")),
        bind("npmDepsHash", raw("pkgs.lib.fakeHash"), [
          "pins every dependency of package-lock.json: the first `nix build` fails and prints the real hash"
        ])
      ])
    ),
    [`the npm build of stage "${stageLabel(build.stage)}" (Dockerfile line ${build.stage.from.region.startLine})`]
  );
}

// src/nix/nixify/translation.ts
import path from "node:path";
function oneLine(model, instruction, max = 100) {
  const text = instructionText(model, instruction);
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
var Translation = class {
  constructor(model) {
    this.model = model;
  }
  model;
  untranslated = [];
  contents = [];
  devTools = [];
  extraContents = /* @__PURE__ */ new Set();
  env = /* @__PURE__ */ new Map();
  labels = /* @__PURE__ */ new Map();
  ports = /* @__PURE__ */ new Set();
  volumes = /* @__PURE__ */ new Set();
  copyScript = [];
  heredocFiles = [];
  mkdirs = /* @__PURE__ */ new Set();
  buildStages = [];
  workingDir;
  user;
  entrypoint;
  cmd;
  /** The ENTRYPOINT or CMD whose first word runs, for notes about its path. */
  program;
  /** Paths in the image that are a build-stage output in the flake: `/server` → `"${buildGo}/bin/server"`. */
  programPaths = /* @__PURE__ */ new Map();
  /** Absolute destinations of COPY/ADD from the context, stage outputs and heredocs. */
  copied = [];
  stopSignal;
  needsShell = false;
  /** While only collecting a build stage's tools for the dev shell, its steps are not reported. */
  quiet = false;
  note(instruction, reason) {
    if (this.quiet) return;
    this.untranslated.push({ line: instruction.region.startLine, instruction: oneLine(this.model, instruction), reason });
  }
  runtime(stage, forImage) {
    const mapping = mapImage(stage.image.name, stage.image.resolved ?? stage.image.raw);
    const asPackages = mapping.attrs.map((attr) => ({ name: mapping.raw, attrs: [attr], how: "map" }));
    this.devTools.push(...asPackages);
    if (forImage) this.contents.push(...asPackages);
    return mapping;
  }
};
function absolute(dir, target) {
  const joined = path.posix.normalize(target.startsWith("/") ? target : path.posix.join(dir ?? "/", target));
  return joined.length > 1 ? joined.replace(/\/+$/, "") : joined;
}
function shellPath(value) {
  return value.replace(/[^A-Za-z0-9_./*?[\]@%+=:,-]/g, "\\$&");
}

// src/nix/nixify/flake.ts
function imageNameFor(file) {
  const dir = path2.basename(path2.dirname(path2.resolve(file)));
  const name = dir.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  return name || "app";
}
function appFilesDerivation(t) {
  const script = [...t.copyScript];
  if (script.length === 0) return void 0;
  return bind(
    "appFiles",
    apply("pkgs.runCommand", str("app-files"), raw("{ src = ./.; }"), block(script.join("\n"))),
    ["the files the Dockerfile copies from the build context (in a flake: the files git tracks)"]
  );
}
function configExpr(t) {
  const entries = [];
  const argument = (value) => t.programPaths.get(value) ?? str(value);
  if (t.entrypoint) entries.push(bind("Entrypoint", list(t.entrypoint.map(argument))));
  if (t.cmd) entries.push(bind("Cmd", list(t.cmd.map(argument))));
  if (t.workingDir) entries.push(bind("WorkingDir", str(t.workingDir)));
  if (t.user) entries.push(bind("User", str(t.user)));
  if (t.env.size > 0) entries.push(bind("Env", list([...t.env].map(([key, value]) => str(`${key}=${value}`)))));
  if (t.ports.size > 0) entries.push(bind("ExposedPorts", attrs([...t.ports].sort().map((port) => bind(port, attrs([]))))));
  if (t.volumes.size > 0) entries.push(bind("Volumes", attrs([...t.volumes].sort().map((volume) => bind(volume, attrs([]))))));
  if (t.labels.size > 0) entries.push(bind("Labels", attrs([...t.labels].map(([key, value]) => bind(key, str(value))))));
  if (t.stopSignal) entries.push(bind("StopSignal", str(t.stopSignal)));
  return attrs(entries);
}
function headerComment(model, untranslated, extra) {
  const file = path2.basename(model.file);
  const lines = [`flake.nix generated by repro-audit nixify from ${model.file}.`, "Build the image: nix build .#default && docker load < result", "Work on the project: nix develop", ...extra];
  if (untranslated.length > 0) {
    lines.push("", "Not translated (do these by hand):");
    for (const step of untranslated) {
      lines.push(`  ${file}:${step.line}  ${step.instruction}`);
      lines.push(`      ${step.reason}`);
    }
  }
  return commentLines(lines, "");
}
function windowsFlake(model, image) {
  const untranslated = [
    {
      line: model.stages[model.stages.length - 1].from.region.startLine,
      instruction: `FROM ${image}`,
      reason: "Nix cannot build Windows images: nixpkgs and dockerTools build Linux images only"
    }
  ];
  const flake = [
    headerComment(model, untranslated, []),
    "{",
    '  description = "Nothing to build: the Dockerfile builds a Windows image, which Nix cannot build";',
    "",
    ...nixpkgsInput("  "),
    "",
    "  outputs = { self, nixpkgs }: { };",
    "}",
    ""
  ].join("\n");
  return { flake, untranslated, windows: true };
}
function imagelessFlake(model) {
  return {
    flake: `${headerComment(model, [], ["The Dockerfile has no FROM: there is no image to translate."])}
{
  inputs.nixpkgs.url = ${quoteString(NIXPKGS_URL)};

  outputs = { self, nixpkgs }: { };
}
`,
    untranslated: [],
    windows: false
  };
}
function printFlake(t, baseNote) {
  const bindings = t.buildStages.map(buildStageDerivation);
  const appFiles = appFilesDerivation(t);
  if (appFiles) bindings.push(appFiles);
  for (const file of t.heredocFiles) t.extraContents.add(`(pkgs.writeTextDir ${quoteString(file.path.replace(/^\//, ""))} ${quoteString(file.text)})`);
  const tools = packageExprs(t.contents);
  const extraPaths = [...t.extraContents].map(raw);
  const contents = [...tools, ...extraPaths];
  if (appFiles) contents.push(raw("appFiles"));
  if (t.needsShell) contents.push(raw("pkgs.dockerTools.binSh"));
  const hasTls = t.contents.some((m) => m.attrs.includes("cacert"));
  if (hasTls && !t.env.has("SSL_CERT_FILE")) t.env.set("SSL_CERT_FILE", "/etc/ssl/certs/ca-bundle.crt");
  const imageArgs = [bind("name", str(imageNameFor(t.model.file))), bind("tag", str("latest"))];
  imageArgs.push(bind("contents", list(contents)));
  const dirs = [...t.mkdirs].filter((dir) => dir !== "/" && !t.copied.some((copied) => copied === dir || copied.startsWith(`${dir}/`))).sort();
  if (dirs.length > 0) {
    imageArgs.push(
      bind("extraCommands", block(dirs.map((dir) => `mkdir -p ${shellPath(dir.replace(/^\//, ""))}`).join("\n")), [
        "directories the Dockerfile creates (WORKDIR, mkdir); extraCommands runs in the image root"
      ])
    );
  }
  imageArgs.push(bind("config", configExpr(t)));
  const image = apply("pkgs.dockerTools.buildLayeredImage", attrs(imageArgs));
  const devPackages = packageExprs(t.devTools);
  const packagesBody = bindings.length > 0 ? `let
${bindings.map((b) => `${commentLines(b.comment ?? [], "          ")}${b.comment?.length ? "\n" : ""}          ${b.path.map(attrName).join(".")} = ${printNix(b.value, "          ")};`).join("\n\n")}
        in
        {
          default = ${printNix(image, "          ")};
        }` : `{
          default = ${printNix(image, "          ")};
        }`;
  const devShell = apply("pkgs.mkShell", attrs([bind("packages", list(devPackages))]));
  const flake = [
    headerComment(t.model, t.untranslated, baseNote ? [baseNote] : []),
    "{",
    `  description = ${quoteString(`OCI image built with Nix, translated from ${path2.basename(t.model.file)} by repro-audit`)};`,
    "",
    ...nixpkgsInput("  "),
    "",
    "  outputs = { self, nixpkgs }:",
    "    let",
    '      systems = [ "x86_64-linux" "aarch64-linux" ];',
    "      forAllSystems = f: nixpkgs.lib.genAttrs systems (system: f nixpkgs.legacyPackages.${system});",
    "    in",
    "    {",
    `      packages = forAllSystems (pkgs:`,
    `        ${packagesBody});`,
    "",
    "      devShells = forAllSystems (pkgs: {",
    `        default = ${printNix(devShell, "        ")};`,
    "      });",
    "    };",
    "}",
    ""
  ].join("\n");
  return flake;
}

// src/nix/nixify/translate.ts
var HOUSEKEEPING = /* @__PURE__ */ new Set(["rm", "true", ":", "set", "echo", "printf", "ldconfig", "update-ca-certificates", "locale-gen", "export", "cd", "test", "[", "exit", "sleep", "command", "which", "hash", "dpkg-reconfigure", "rpm"]);
var USER_COMMANDS = /* @__PURE__ */ new Set(["useradd", "adduser", "groupadd", "addgroup", "usermod"]);
function isHousekeeping(name) {
  const manager = packageManagerOf(name);
  return HOUSEKEEPING.has(name) || manager !== void 0 && ECOSYSTEM[manager] === "os";
}
function commandText(command) {
  return command.argv.map((word) => word.value ?? word.raw).join(" ");
}
var sortedUnique = (values) => [...new Set(values)].sort();
function translatePackages(t, instruction, operation, forImage) {
  if (operation.action === "upgrade" && operation.packages.length === 0) return;
  if (operation.action === "install-lockfile" || ECOSYSTEM[operation.manager] === "javascript" && !operation.global) {
    t.note(instruction, `${operation.manager} project dependencies: build the project with pkgs.buildNpmPackage (npmDepsHash pins package-lock.json)`);
    return;
  }
  if (operation.requirementFiles.length > 0) {
    const files = operation.requirementFiles.map((word) => word.value ?? word.raw).join(" ");
    t.note(instruction, `${operation.manager} requirements from ${files}: list them in python3.withPackages (ps: [ ... ]) or lock them with uv2nix/poetry2nix`);
  }
  const mappings = splitPackageNames(operation.packages.map((spec) => spec.name)).map((name) => mapPackage(operation.manager, name));
  const mapped = mappings.filter((m) => m.attrs.length > 0);
  t.devTools.push(...mapped);
  if (forImage) t.contents.push(...mapped);
  const unmapped = mappings.filter((m) => m.how === "none").map((m) => m.name);
  if (unmapped.length > 0) {
    t.note(instruction, `no indexed nixpkgs attribute for ${operation.manager} package(s) ${unmapped.join(" ")}`);
  }
}
function translateRun(t, instruction, forImage) {
  const script = instruction.script;
  if (!script) {
    t.note(instruction, "RUN in a non-POSIX shell: nothing to translate");
    return;
  }
  const operations = packageOperations(script);
  const handled = new Set(operations.map((operation) => operation.command));
  for (const operation of operations) translatePackages(t, instruction, operation, forImage);
  const leftovers = [];
  for (const command of script.commands) {
    if (handled.has(command) || command.inSubstitution || command.parent) continue;
    const name = programName(command.argv[0]) ?? command.argv[0]?.raw ?? "";
    if (name === "") continue;
    if (isDownloader(command) && command.pipeline.length > 1) {
      const url = command.argv.slice(1).map((w) => w.value ?? "").find((v) => /^https?:\/\//.test(v));
      const known = url ? mapDownload(url) : void 0;
      if (known && known.attrs.length > 0) {
        const mappings = known.attrs.map((attr) => ({ name: url ?? attr, attrs: [attr], how: "map" }));
        t.devTools.push(...mappings);
        if (forImage) t.contents.push(...mappings);
        t.note(instruction, `${known.what} piped into a shell: replaced by ${known.attrs.map((a) => `pkgs.${a}`).join(" ")}; check nothing else of the script is needed`);
      } else t.note(instruction, `${url ?? "a download"} piped into a shell: no indexed nixpkgs package replaces it; fetch what it installs with pkgs.fetchurl and a hash`);
      continue;
    }
    if (command.pipelineIndex > 0 && isShellName(name)) continue;
    if (name === "mkdir" && forImage) {
      for (const word of command.argv.slice(1)) if (word.value && !word.value.startsWith("-")) t.mkdirs.add(absolute(t.workingDir, word.value));
      continue;
    }
    if (USER_COMMANDS.has(name)) {
      t.note(instruction, `${name}: users and groups of the image are /etc/passwd and /etc/group lines; add them with pkgs.dockerTools.fakeNss or a writeTextDir`);
      continue;
    }
    const writesFile = command.redirects.some((redirect) => />/.test(redirect.operator) && redirect.target?.value !== "/dev/null");
    if (isHousekeeping(name) && !writesFile) continue;
    leftovers.push(commandText(command).slice(0, 60));
  }
  if (leftovers.length > 0) {
    t.note(instruction, `RUN step with side effects Nix does not replay: ${sortedUnique(leftovers).slice(0, 4).join("; ")}`);
  }
}
function translateCopy(t, instruction, buildStages) {
  const from = instruction.flags.find((flag) => flag.name === "from")?.value;
  if (instruction.heredocs.length > 0) {
    const destination2 = instruction.args.find((arg) => !arg.raw.startsWith("<<") && arg.span.end <= instruction.heredocs[0].bodySpan.start);
    if (destination2?.value && instruction.heredocs.length === 1) {
      t.heredocFiles.push({ path: absolute(t.workingDir, destination2.value), text: instruction.heredocs[0].body });
      t.copied.push(absolute(t.workingDir, destination2.value));
    } else t.note(instruction, "COPY of several heredocs: write each file with pkgs.writeTextDir");
    return;
  }
  const values = instruction.form === "exec" ? execArguments(t.model, instruction) : instruction.args.map((arg) => arg.value);
  if (values.length < 2 || values.some((value) => value === void 0)) {
    t.note(instruction, "COPY with sources or destination that depend on build arguments without a value");
    return;
  }
  const sources = values.slice(0, -1);
  const destinationRaw = values[values.length - 1];
  const destination = absolute(t.workingDir, destinationRaw);
  t.copied.push(destination);
  const intoDirectory = destinationRaw.endsWith("/") || sources.length > 1 || sources.some((s) => /[*?[]/.test(s)) || destinationRaw === ".";
  if (from !== void 0) {
    const stage = findStage(t.model, from);
    const built = stage ? buildStages.get(stage) : void 0;
    const binary = built?.go?.output && sources.length === 1 && path3.posix.normalize(sources[0]) === path3.posix.normalize(built.go.output) && built.go.subPackages.length === 1 ? path3.posix.basename(built.go.subPackages[0]) : void 0;
    if (built && binary) {
      t.programPaths.set(intoDirectory ? `${destination}/${path3.posix.basename(sources[0])}` : destination, interpolate(raw(built.binding), `/bin/${binary}`));
      t.extraContents.add(built.binding);
    } else if (built) {
      t.extraContents.add(built.binding);
      t.note(instruction, `files from stage ${from} come from the ${built.binding} derivation (its bin/ and lib/ are in the image); adjust paths such as ${sources.join(" ")} in Cmd/Entrypoint`);
    } else {
      t.note(instruction, `COPY --from=${from}: ${stage ? "a build stage without a clear nixpkgs builder" : "files from another image"}; build it as a derivation and add it to contents`);
    }
    return;
  }
  if (sources.some((source) => /^https?:\/\//.test(source))) {
    t.note(instruction, `ADD of a URL: use pkgs.fetchurl { url = ...; hash = ...; } and copy it into the image`);
    return;
  }
  if (instruction.keyword === "ADD" && sources.some((source) => /\.(tar(\.\w+)?|tgz|txz|tbz2?)$/.test(source))) {
    t.note(instruction, "ADD of a local archive unpacks it; unpack it in the app-files derivation (tar -xf) instead");
  }
  const chown = instruction.flags.find((flag) => flag.name === "chown")?.value;
  if (chown) t.note(instruction, `--chown=${chown}: files in a Nix image are owned by root; set ownership with fakeRootCommands (chown, numeric ids)`);
  const target = `$out${shellPath(destination)}`;
  const ambiguous = sources.some((source) => !source.endsWith("/") && !/[*?[]/.test(source) && !/.\.[A-Za-z0-9]+$/.test(path3.posix.basename(source)) && path3.posix.normalize(source) !== ".");
  const mkdir = `mkdir -p ${intoDirectory || ambiguous ? target : `$out${shellPath(path3.posix.dirname(destination))}`}`;
  if (!t.copyScript.includes(mkdir)) t.copyScript.push(mkdir);
  for (const source of sources) {
    const clean = path3.posix.normalize(source).replace(/^(\.\/)+/, "").replace(/\/$/, "");
    const into = intoDirectory ? `${target}/` : target;
    const from2 = `$src/${shellPath(clean)}`;
    if (clean === "." || clean === "") t.copyScript.push(`cp -r $src/. ${into}`);
    else if (source.endsWith("/")) t.copyScript.push(`cp -r ${from2}/. ${into}`);
    else if (/[*?[]/.test(clean) || /.\.[A-Za-z0-9]+$/.test(path3.posix.basename(clean))) t.copyScript.push(`cp -r ${from2} ${into}`);
    else t.copyScript.push(`if [ -d ${from2} ]; then cp -r ${from2}/. ${target}/; else cp ${from2} ${into}; fi`);
  }
}
function execForm(t, instruction) {
  if (instruction.form === "exec") return execArguments(t.model, instruction);
  t.needsShell = true;
  return ["/bin/sh", "-c", argumentsSource(t.model, instruction)];
}
function translateInstruction(t, instruction, forImage, buildStages) {
  switch (instruction.keyword) {
    case "RUN":
      translateRun(t, instruction, forImage);
      return;
    case "ARG":
    case "MAINTAINER":
      return;
    case "SHELL":
      if (forImage) t.note(instruction, "SHELL: RUN steps are not replayed; set the shell of Cmd/Entrypoint explicitly");
      return;
  }
  if (!forImage) return;
  switch (instruction.keyword) {
    case "ENV":
      for (const [key, value] of keyValuePairs(t.model, instruction)) t.env.set(key, value);
      return;
    case "LABEL":
      for (const [key, value] of keyValuePairs(t.model, instruction)) t.labels.set(key, value);
      return;
    case "WORKDIR": {
      const dir = argumentsSource(t.model, instruction);
      const value = instruction.args[0]?.value ?? dir;
      t.workingDir = absolute(t.workingDir, value);
      t.mkdirs.add(t.workingDir);
      return;
    }
    case "EXPOSE":
      for (const arg of instruction.args) {
        const port = arg.value ?? arg.raw;
        if (/^\d+(-\d+)?(\/(tcp|udp|sctp))?$/i.test(port)) t.ports.add(port.includes("/") ? port.toLowerCase() : `${port}/tcp`);
        else t.note(instruction, `EXPOSE ${port}: not a literal port`);
      }
      return;
    case "VOLUME": {
      const values = instruction.form === "exec" ? execArguments(t.model, instruction) : instruction.args.map((a) => a.value ?? a.raw);
      for (const volume of values) t.volumes.add(volume);
      return;
    }
    case "USER":
      t.user = instruction.args[0]?.value ?? instruction.args[0]?.raw;
      if (t.user && !/^\d+(:\d+)?$/.test(t.user) && t.user !== "root") {
        t.note(instruction, `USER ${t.user}: a name needs an /etc/passwd entry in the image (pkgs.dockerTools.fakeNss has root and nobody); a numeric uid needs none`);
      }
      return;
    case "ENTRYPOINT":
      t.entrypoint = execForm(t, instruction);
      t.program = instruction;
      t.cmd = void 0;
      return;
    case "CMD":
      t.cmd = execForm(t, instruction);
      if (!t.entrypoint) t.program = instruction;
      return;
    case "STOPSIGNAL":
      t.stopSignal = instruction.args[0]?.value;
      return;
    case "COPY":
    case "ADD":
      translateCopy(t, instruction, buildStages);
      return;
    case "HEALTHCHECK":
      t.note(instruction, "HEALTHCHECK: not part of the OCI image config; declare it where the container runs (compose, Kubernetes probes)");
      return;
    case "ONBUILD":
      t.note(instruction, "ONBUILD: triggers have no dockerTools equivalent");
      return;
    default:
      t.note(instruction, `${instruction.keyword}: no dockerTools equivalent`);
  }
}
function checkProgramPath(t) {
  const program = (t.entrypoint ?? t.cmd)?.[0];
  if (!t.program || !program?.startsWith("/") || program.startsWith("/bin/") || t.programPaths.has(program)) return;
  if (t.copied.some((destination) => program === destination || program.startsWith(`${destination}/`))) return;
  t.note(t.program, `${program}: programs of nixpkgs packages are in /bin of the image (e.g. /bin/${path3.posix.basename(program)}); adjust the path`);
}
function nixify(model) {
  const final = model.stages[model.stages.length - 1];
  if (!final) return imagelessFlake(model);
  const chain = stageChain(final);
  const root = chain[0];
  const rootImage = root.image.kind === "scratch" ? "scratch" : root.image.resolved ?? root.image.raw;
  if (root.image.kind !== "scratch" && mapImage(root.image.name, rootImage).kind === "windows") return windowsFlake(model, rootImage);
  const t = new Translation(model);
  const buildStages = buildStagesOf(model.stages, chain);
  t.buildStages.push(...buildStages.values());
  t.quiet = true;
  for (const stage of model.stages) {
    if (chain.includes(stage)) continue;
    if (stage.image.kind === "image") t.runtime(stage, false);
    for (const instruction of stage.instructions) if (instruction.keyword === "RUN") translateRun(t, instruction, false);
  }
  t.quiet = false;
  for (const stage of model.stages) {
    if (chain.includes(stage) || buildStages.has(stage)) continue;
    const used = model.stages.some((other) => other.instructions.some((i) => i.keyword === "COPY" && i.flags.some((f) => f.name === "from" && f.value !== void 0 && findStage(model, f.value) === stage)));
    if (used) t.untranslated.push({ line: stage.from.region.startLine, instruction: oneLine(model, stage.from), reason: "build stage without a clear nixpkgs builder: turn its RUN steps into a derivation" });
  }
  let baseNote;
  if (root.image.kind === "image") {
    const mapping = t.runtime(root, true);
    if (mapping.kind === "removed" || mapping.kind === "unknown" || mapping.kind === "unresolved") {
      t.untranslated.push({
        line: root.from.region.startLine,
        instruction: oneLine(model, root.from),
        reason: mapping.kind === "removed" ? `base image has no equivalent in this nixpkgs (${mapping.note ?? "version removed"}); pick a supported version` : mapping.kind === "unknown" ? "no nixpkgs equivalent of this base image is known: add the packages it provides to contents, or use pkgs.dockerTools.pullImage (digest and hash) as fromImage" : "base image depends on a build argument without a default"
      });
    } else if (mapping.kind === "base-os") baseNote = `${rootImage} is a base OS image: the Nix image needs none, only the packages below.`;
  }
  for (const stage of chain) for (const instruction of stage.instructions) translateInstruction(t, instruction, true, buildStages);
  checkProgramPath(t);
  return { flake: printFlake(t, baseNote), untranslated: t.untranslated, windows: false };
}
export {
  nixify
};
