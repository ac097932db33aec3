import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);
import {
  ContextParsersNeeded,
  NIXPKGS_URL,
  apply,
  attrName,
  attrPath,
  attrs,
  bind,
  block,
  commentLines,
  contextParsers,
  interpolate,
  isBuildOnly,
  isIndexedAttr,
  leadingVersion,
  list,
  locateContextFile,
  mapDownload,
  mapImage,
  mapPackage,
  nixpkgsInput,
  packageExprs,
  packageSet,
  phpExtensionNames,
  printNix,
  pythonEnvExpr,
  quoteString,
  raw,
  readCargoBinaries,
  readPipRequirements,
  shellDirectoryBefore,
  splitPackageNames,
  str,
  versionedAttr
} from "./chunk-75MXF3LY.js";
import {
  argumentsSource,
  findStage,
  instructionText,
  stageChain,
  stageLabel
} from "./chunk-6E4CKGCT.js";
import {
  expandVariables
} from "./chunk-HUMZK7UK.js";
import {
  loadShellParser,
  loadTreeSitterRuntime,
  packageOperations,
  splitArgs
} from "./chunk-T74X72SU.js";
import {
  ECOSYSTEM,
  isDownloader,
  isShellName,
  packageManagerOf,
  programName
} from "./chunk-SQ42UHQ5.js";
import "./chunk-WEEU3CX4.js";
import "./chunk-PFHIFKKA.js";
import "./chunk-O33AYLXZ.js";
import "./chunk-Z4HDJ7NM.js";
import "./chunk-I3VAFWKR.js";
import "./chunk-QQC64ZS2.js";
import {
  createPositionMapper
} from "./chunk-DK4JW3AF.js";
import "./chunk-DQISMCMM.js";
import "./chunk-36S4BROV.js";

// src/nix/nixify/translate.ts
import path10 from "node:path";

// src/nix/nixify/dockerfile-words.ts
function keyValuePairs(model, instruction) {
  return (instruction.properties ?? []).map((property) => {
    if (property.value !== void 0) return [property.name, property.value, []];
    const unresolved = [];
    const value = expandVariables(property.raw, (name) => instruction.variables.get(name) ?? (unresolved.push(name), `\${${name}}`), model.escapeChar, { quotes: true }).value;
    return [property.name, value ?? property.raw, [...new Set(unresolved)]];
  });
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
import path3 from "node:path";

// src/nix/nixify/plan.ts
import path from "node:path";

// src/nix/programs.ts
var COREUTILS = ["basename", "cat", "chmod", "chown", "cp", "cut", "date", "dirname", "echo", "env", "head", "id", "ln", "ls", "mkdir", "mktemp", "mv", "nproc", "printf", "readlink", "rm", "sleep", "sort", "tail", "tee", "test", "touch", "tr", "true", "uname", "wc"];
var PROGRAMS = [
  { attr: /^nodejs(-slim)?(_\d+)?$/, programs: ["node"] },
  { attr: /^nodejs(_\d+)?$/, programs: ["npm", "npx", "corepack"] },
  { attr: /^python3\d*$|^python3Minimal$/, programs: ["python", "python3"] },
  { attr: /^pypy3\d*$/, programs: ["pypy3"] },
  { attr: /^go(_1_\d+)?$/, programs: ["go", "gofmt"] },
  { attr: /^(jdk|jre)\d*(_headless|_minimal)?$|^temurin-(jre-)?bin(-\d+)?$|^(zulu|corretto)\d*$|^semeru-(jre-)?bin(-\d+)?$/, programs: ["java"] },
  { attr: /^jdk\d*(_headless)?$|^temurin-bin(-\d+)?$|^(zulu|corretto)\d*$/, programs: ["javac", "jar", "jshell"] },
  { attr: /^postgresql(_\d+)?$/, programs: ["postgres", "psql", "initdb", "pg_ctl", "pg_dump", "pg_isready", "createdb"] },
  { attr: /^redis$/, programs: ["redis-server", "redis-cli"] },
  { attr: /^nginx(Stable|Mainline)?$/, programs: ["nginx"] },
  { attr: /^php\d*$/, programs: ["php", "php-fpm"] },
  { attr: /^apacheHttpd$/, programs: ["httpd", "apachectl"] },
  { attr: /^ruby(_\d+_\d+)?$/, programs: ["ruby", "gem", "irb"] },
  { attr: /^bash(Interactive)?$/, programs: ["bash", "sh"] },
  { attr: /^busybox$/, programs: ["sh", "ash", "wget", ...COREUTILS] },
  { attr: /^coreutils(-full)?$/, programs: COREUTILS },
  { attr: /^gnumake$/, programs: ["make"] },
  { attr: /^gcc\d*$/, programs: ["gcc", "g++", "cc", "c++"] },
  { attr: /^maven$/, programs: ["mvn"] },
  { attr: /^gradle(_\d+)?$/, programs: ["gradle"] },
  { attr: /^dotnet-(sdk|runtime|aspnetcore)/, programs: ["dotnet"] },
  { attr: /^mongodb/, programs: ["mongod", "mongos"] },
  { attr: /^mariadb/, programs: ["mariadbd", "mysqld", "mysql"] },
  { attr: /^mysql\d+$/, programs: ["mysqld", "mysql"] },
  { attr: /^openssh$/, programs: ["ssh", "sshd", "scp"] },
  { attr: /^procps$/, programs: ["ps", "top", "pgrep", "pkill"] },
  { attr: /^findutils$/, programs: ["find", "xargs"] },
  { attr: /^gnugrep$/, programs: ["grep"] },
  { attr: /^gnused$/, programs: ["sed"] },
  { attr: /^gawk$/, programs: ["awk", "gawk"] },
  { attr: /^util-linux$/, programs: ["mount", "setpriv", "su"] },
  { attr: /^shadow$/, programs: ["useradd", "groupadd", "su"] },
  { attr: /^bun$/, programs: ["bun", "bunx"] }
];
function programsOf(attr) {
  const listed = PROGRAMS.filter((row) => row.attr.test(attr)).flatMap((row) => row.programs);
  return listed.length > 0 ? listed : [attr];
}
var PACKAGE_OF = {
  sh: "bashInteractive",
  bash: "bashInteractive",
  env: "coreutils",
  make: "gnumake",
  mvn: "maven",
  python: "python3",
  python3: "python3",
  node: "nodejs",
  java: "jdk",
  jshell: "jdk",
  ps: "procps",
  find: "findutils",
  grep: "gnugrep",
  sed: "gnused",
  awk: "gawk",
  ssh: "openssh",
  "redis-server": "redis",
  "redis-cli": "redis",
  postgres: "postgresql",
  psql: "postgresql",
  irb: "ruby",
  mysqld: "mysql84",
  mariadbd: "mariadb",
  httpd: "apacheHttpd",
  "rabbitmq-server": "rabbitmq-server"
};
function versionVariables(attr) {
  const upper = attr.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
  return [...attr === "postgresql" ? ["PG_MAJOR", "PG_VERSION"] : [], `${upper}_VERSION`, `${upper}_MAJOR`];
}
function packageOfProgram(program) {
  const attr = PACKAGE_OF[program] ?? program;
  return /^[A-Za-z0-9_][A-Za-z0-9_+.-]*$/.test(attr) && !attr.includes(".") && isIndexedAttr(attr) ? attr : void 0;
}
var PYTHON_SCRIPTS = { django: ["django-admin"], "scikit-learn": [], pytest: ["pytest", "py.test"], "jupyter-core": ["jupyter"], notebook: ["jupyter-notebook"] };
function pythonEnvPrograms(packages) {
  return ["python", "python3", ...packages.flatMap((name) => PYTHON_SCRIPTS[name] ?? [name])];
}

// src/nix/nixify/plan.ts
function emptyPlan() {
  return { contents: [], files: [], env: [], users: /* @__PURE__ */ new Map(), groups: /* @__PURE__ */ new Map() };
}
function packageItem(attr) {
  const paths = attr === "cacert" ? ["/etc/ssl/certs/ca-bundle.crt"] : [];
  return { expr: raw(attrPath("pkgs", attr)), attr, programs: attr.includes(".") ? [] : programsOf(attr), paths };
}
var DOCKER_TOOLS = {
  binSh: () => ({ expr: raw("pkgs.dockerTools.binSh"), attr: "dockerTools.binSh", programs: ["sh"], paths: [] }),
  usrBinEnv: () => ({ expr: raw("pkgs.dockerTools.usrBinEnv"), attr: "dockerTools.usrBinEnv", programs: [], paths: ["/usr/bin/env"] }),
  caCertificates: () => ({
    expr: raw("pkgs.dockerTools.caCertificates"),
    attr: "dockerTools.caCertificates",
    programs: [],
    paths: ["/etc/ssl/certs/ca-bundle.crt", "/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt"]
  })
};
function fakeNssItem(passwd, group) {
  const names = (lines) => lines.map((line) => line.split(":")[0]);
  const expr = passwd.length + group.length === 0 ? raw("pkgs.fakeNss") : apply("pkgs.fakeNss.override", attrs([bind("extraPasswdLines", list(passwd.map(str))), bind("extraGroupLines", list(group.map(str)))]));
  return { expr, attr: "fakeNss", programs: [], paths: ["/etc/passwd", "/etc/group", "/etc/nsswitch.conf"], users: ["root", "nobody", ...names(passwd)], groups: ["root", "nobody", ...names(group)], nss: { passwd, group } };
}
function wordText(word) {
  if (typeof word === "string") return word;
  return "script" in word ? word.script.map(wordText).join("") : word.path;
}
function wordExpr(word) {
  if (typeof word === "string") return void 0;
  return "script" in word ? interpolate(...word.script.flatMap((part) => typeof part === "string" ? [part] : [part.drv, shellWord(part.path)])) : interpolate(word.drv, word.path);
}
function derivationFiles(word) {
  if (typeof word === "string") return [];
  return "script" in word ? word.script.filter((part) => typeof part !== "string") : [word];
}
function absolute(dir, target) {
  const joined = path.posix.normalize(target.startsWith("/") ? target : path.posix.join(dir ?? "/", target));
  return joined.length > 1 ? joined.replace(/\/+$/, "") : joined;
}
function shellPath(value) {
  return value.replace(/[^A-Za-z0-9_./*?[\]@%+=:,-]/g, "\\$&");
}
function shellWord(value) {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

// src/nix/nixify/builders.ts
import path2 from "node:path";

// src/nix/nixify/translation.ts
function oneLine(model, instruction, max = 100) {
  const text = instructionText(model, instruction);
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
function instructionAt(model, line) {
  const instruction = model.instructions.find((candidate) => candidate.region.startLine <= line && line <= candidate.region.endLine);
  return instruction ? oneLine(model, instruction) : "";
}
var Translation = class {
  constructor(model, context) {
    this.model = model;
    this.context = context;
  }
  model;
  context;
  untranslated = [];
  contents = [];
  /** Packages the final stage installs and has not removed (yet), with the line that installs them. */
  installed = [];
  /** What the translation changed from the Dockerfile's meaning, for the header. */
  changes = [];
  devTools = [];
  extraContents = /* @__PURE__ */ new Set();
  env = /* @__PURE__ */ new Map();
  labels = /* @__PURE__ */ new Map();
  ports = /* @__PURE__ */ new Set();
  volumes = /* @__PURE__ */ new Set();
  copyScript = [];
  heredocFiles = [];
  /**
   * What COPY/ADD take from the build context (`source` relative to it): a file lands at `fileAt`,
   * a directory's contents below `dirAt`; a source that may be either has both.
   */
  contextCopies = [];
  /** The line of each ENV variable, of USER, ENTRYPOINT and CMD: the check pass names them. */
  envLines = /* @__PURE__ */ new Map();
  /** ENV variables whose value refers to variables without a known value (Docker expands those at build time). */
  envUnresolved = /* @__PURE__ */ new Map();
  userLine;
  entrypointLine;
  cmdLine;
  /** The script of an ENTRYPOINT/CMD that runs one through a shell (`/bin/sh -c "gunicorn app:app"`), and its programs (gunicorn). */
  entrypointScript;
  cmdScript;
  entrypointPrograms;
  cmdPrograms;
  /** Users and groups the final stage's RUN steps create (useradd, adduser, groupadd, addgroup). */
  users = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Map();
  /** PHP extensions the final stage builds (docker-php-ext-install, pecl install), for php.buildEnv. */
  phpExtensions = /* @__PURE__ */ new Set();
  /** Why the image uses HTTPS at run time, when something says so. */
  https;
  /** The final chain's base image and the packages of its runtime (`rust:1.80` → rustc cargo), with its FROM line. */
  baseRuntime;
  mkdirs = /* @__PURE__ */ new Set();
  buildStages = [];
  workingDir;
  user;
  entrypoint;
  cmd;
  /** Paths in the image that are a build-stage output in the flake: `/server` → `"${buildGo}/bin/server"`. */
  programPaths = /* @__PURE__ */ new Map();
  /** Jars a Maven derivation installs for a COPY (`/app.jar` → `"${buildMaven}/share/java/app.jar"`), with the COPY's line. */
  builtJars = [];
  /** Directories whose programs are a derivation's bin/ (`cargo install`'s `/usr/local/cargo/bin` → its binding). */
  programDirs = /* @__PURE__ */ new Map();
  /** The programs a build derivation in `contents` puts in /bin, when known (Cargo.toml's binaries). */
  builtPrograms = /* @__PURE__ */ new Map();
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
  /**
   * The base image's runtime as packages. A version this nixpkgs no longer has becomes the nearest
   * it has; that, and a version nixpkgs carries only as its current one, is a change for the header.
   */
  runtime(stage, forImage) {
    const mapping = mapImage(stage.image.name, stage.image.resolved ?? stage.image.raw);
    const attrs2 = mapping.kind === "removed" ? mapping.nearest ?? [] : mapping.attrs;
    const asPackages = attrs2.map((attr) => ({ name: mapping.raw, attrs: [attr], how: "map" }));
    if (forImage && mapping.kind === "removed" && attrs2.length > 0) {
      this.changes.push({ line: stage.from.region.startLine, reason: `${mapping.raw}: ${mapping.note ?? "this version is not in this nixpkgs"}; the image gets the nearest it has, ${attrs2.map((attr) => `pkgs.${attr}`).join(" ")}` });
    } else if (forImage && mapping.change) this.changes.push({ line: stage.from.region.startLine, reason: mapping.change });
    this.devTools.push(...asPackages);
    if (forImage) {
      this.contents.push(...asPackages);
      this.baseRuntime = { image: mapping.raw, attrs: attrs2, line: stage.from.region.startLine };
    }
    return mapping;
  }
};

// src/nix/nixify/builders.ts
function packageBinary(subPackages) {
  return subPackages.length === 1 && subPackages[0] !== "." ? path2.posix.basename(subPackages[0]) : void 0;
}
function renameBinary(name) {
  const target = `"$out/bin/"${shellPath(name)}`;
  return `for built in "$out"/bin/*; do
  [ "$built" = ${target} ] || mv "$built" ${target}
done`;
}
function goDerivation(build, common) {
  const go = build.go;
  return apply(
    "pkgs.buildGoModule",
    attrs([
      ...common,
      ...go?.subPackages.length ? [bind("subPackages", list(go.subPackages.map(str)))] : [],
      ...go?.ldflags.length ? [bind("ldflags", list(go.ldflags.map(str)))] : [],
      ...go?.cgo !== void 0 && /^[01]$/.test(go.cgo) ? [bind(["env", "CGO_ENABLED"], raw(go.cgo))] : [],
      ...go?.binary && go.output && go.binary !== packageBinary(go.subPackages) ? [bind("postInstall", block(renameBinary(go.binary)), ["go build -o names the binary; buildGoModule names it after the package"])] : [],
      bind("vendorHash", raw("pkgs.lib.fakeHash"), [
        "pins every Go module the build downloads: the first `nix build` fails and prints the real hash;",
        "paste it here (or set vendorHash = null when the sources vendor their modules)"
      ])
    ])
  );
}
function buildStageDerivation(build) {
  const pname = str(build.pname ?? `stage-${build.stage.index}`);
  const common = [bind("pname", pname), bind("version", str("0.1.0")), bind("src", raw("./."))];
  const comment = (what) => [`the ${what} build of stage "${stageLabel(build.stage)}" (Dockerfile line ${build.stage.from.region.startLine})`];
  const fakeHash = raw("pkgs.lib.fakeHash");
  const derivation = (what, value) => bind(build.binding, value, comment(what));
  switch (build.kind) {
    case "rust":
      return derivation("Rust", apply("pkgs.rustPlatform.buildRustPackage", attrs([
        ...common,
        bind(["cargoLock", "lockFile"], raw("./Cargo.lock"), ["Cargo.lock pins every crate (commit it); crates from git need cargoLock.outputHashes"]),
        ...build.cargoSubdir ? [bind("buildAndTestSubdir", str(build.cargoSubdir), ["cargo install --path names the package directory; a package outside a workspace has its own Cargo.lock there"])] : []
      ])));
    case "maven":
      return derivation("Maven", apply("pkgs.maven.buildMavenPackage", attrs([
        ...common,
        bind("mvnHash", fakeHash, ["pins every artifact Maven downloads: the first `nix build` fails and prints the real hash"]),
        build.jar ? bind("installPhase", block(`mkdir -p $out/share/java
cp ${shellPath(build.jar.source)} $out/share/java/${shellPath(build.jar.name)}`), ["the jar the image copies, under the name COPY gives it (the pattern must match one jar)"]) : bind("installPhase", block("mkdir -p $out/share/java\ncp target/*.jar $out/share/java/"), ["the jars the image copies are in $out/share/java"])
      ])));
    case "yarn":
      return derivation("yarn", apply("pkgs.stdenv.mkDerivation", attrs([
        ...common,
        bind("yarnOfflineCache", apply("pkgs.fetchYarnDeps", attrs([bind("yarnLock", raw("./yarn.lock")), bind("hash", fakeHash)])), ["pins every dependency of yarn.lock (Yarn 1): the first `nix build` prints the real hash"]),
        bind("nativeBuildInputs", list([raw("pkgs.yarnConfigHook"), raw("pkgs.yarnBuildHook"), raw("pkgs.yarnInstallHook"), raw("pkgs.nodejs")]))
      ])));
    case "pnpm": {
      const names = build.pnpm?.workspaces ?? [];
      const workspaces = (comment2) => names.length > 0 ? [bind("pnpmWorkspaces", list(names.map(str)), comment2)] : [];
      const buildCommand = build.pnpm?.buildCommand;
      return derivation("pnpm", apply("pkgs.stdenv.mkDerivation", attrs([
        ...common,
        ...workspaces(["pnpm --filter: fetchPnpmDeps and pnpmConfigHook install the dependencies of these workspace packages only"]),
        bind("pnpmDeps", apply("pkgs.fetchPnpmDeps", attrs([...common, ...workspaces(), bind("fetcherVersion", raw("3")), bind("hash", fakeHash)])), ["pins every dependency of pnpm-lock.yaml: the first `nix build` prints the real hash"]),
        bind("nativeBuildInputs", list([raw("pkgs.nodejs"), raw("pkgs.pnpmConfigHook"), raw("pkgs.pnpm")])),
        ...buildCommand ? [bind("buildPhase", block(`runHook preBuild
${buildCommand.map(shellWord).join(" ")}
runHook postBuild`), ["the Dockerfile's build command (pnpm has no build hook)"])] : []
      ])));
    }
    case "npm":
      return derivation("npm", apply("pkgs.buildNpmPackage", attrs([...common, bind("npmDepsHash", fakeHash, ["pins every dependency of package-lock.json: the first `nix build` fails and prints the real hash"])])));
  }
  return derivation("Go", goDerivation(build, common));
}

// src/nix/nixify/flake.ts
function imageNameFor(file) {
  const dir = path3.basename(path3.dirname(path3.resolve(file)));
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
function configExpr(t, plan) {
  const entries = [];
  const argument = (word) => wordExpr(word) ?? str(wordText(word));
  if (plan.entrypoint) entries.push(bind("Entrypoint", list(plan.entrypoint.words.map(argument))));
  if (plan.cmd) entries.push(bind("Cmd", list(plan.cmd.words.map(argument))));
  if (plan.workingDir) entries.push(bind("WorkingDir", str(plan.workingDir)));
  if (plan.user) entries.push(bind("User", str(plan.user.name)));
  if (plan.env.length > 0) entries.push(bind("Env", list(plan.env.map((entry) => interpolate(`${entry.name}=`, ...entry.value)))));
  if (t.ports.size > 0) entries.push(bind("ExposedPorts", attrs([...t.ports].sort().map((port) => bind(port, attrs([]))))));
  if (t.volumes.size > 0) entries.push(bind("Volumes", attrs([...t.volumes].sort().map((volume) => bind(volume, attrs([]))))));
  if (t.labels.size > 0) entries.push(bind("Labels", attrs([...t.labels].map(([key, value]) => bind(key, str(value))))));
  if (t.stopSignal) entries.push(bind("StopSignal", str(t.stopSignal)));
  return attrs(entries);
}
function headerComment(model, untranslated, extra, changes = []) {
  const file = path3.basename(model.file);
  const lines = [`flake.nix generated by repro-audit nixify from ${model.file}.`, "Build the image: nix build .#default && docker load < result", "Work on the project: nix develop", ...extra];
  if (changes.length > 0) {
    lines.push("", "Changed from the Dockerfile (versions, what the image keeps, what it needs to start; check these):");
    for (const change of changes) lines.push(`  ${file}:${change.line}  ${change.reason}`);
  }
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
  return { flake, untranslated, failures: [], windows: true };
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
    failures: [],
    windows: false
  };
}
function printFlake(t, checked, baseNote) {
  const { plan } = checked;
  const bindings = t.buildStages.map(buildStageDerivation);
  const appFiles = appFilesDerivation(t);
  if (appFiles) bindings.push(appFiles);
  bindings.push(...checked.bindings);
  const contents = plan.contents.map((item) => item.expr);
  const imageArgs = [bind("name", str(imageNameFor(t.model.file))), bind("tag", str("latest"))];
  imageArgs.push(bind("contents", list(contents)));
  const dirs = [...t.mkdirs].filter((dir) => dir !== "/" && !t.copied.some((copied) => copied === dir || copied.startsWith(`${dir}/`))).sort();
  if (dirs.length > 0) {
    imageArgs.push(
      bind("extraCommands", block(dirs.map((dir) => `mkdir -p ${shellPath(dir.replace(/^\//, ""))}`).join("\n")), [
        "directories the Dockerfile creates (WORKDIR, mkdir) or its server needs; extraCommands runs in the image root"
      ])
    );
  }
  imageArgs.push(bind("config", configExpr(t, plan)));
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
    headerComment(t.model, t.untranslated, baseNote ? [baseNote] : [], [...t.changes, ...checked.changes].sort((a, b) => a.line - b.line)),
    "{",
    `  description = ${quoteString(`OCI image built with Nix, translated from ${path3.basename(t.model.file)} by repro-audit`)};`,
    "",
    ...nixpkgsInput("  "),
    "",
    "  outputs = { self, nixpkgs }:",
    "    let",
    "      # images are Linux; the dev shell is offered on macOS too (a Linux-only package in it fails there)",
    '      linuxSystems = [ "x86_64-linux" "aarch64-linux" ];',
    '      systems = linuxSystems ++ [ "x86_64-darwin" "aarch64-darwin" ];',
    "      forSystems = names: f: nixpkgs.lib.genAttrs names (system: f nixpkgs.legacyPackages.${system});",
    "    in",
    "    {",
    `      packages = forSystems linuxSystems (pkgs:`,
    `        ${packagesBody});`,
    "",
    "      devShells = forSystems systems (pkgs: {",
    `        default = ${printNix(devShell, "        ")};`,
    "      });",
    "    };",
    "}",
    ""
  ].join("\n");
  return flake;
}

// src/nix/nixify/image.ts
import path7 from "node:path";

// src/nix/nixify/check.ts
import path4 from "node:path";
var DEFAULT_PATH = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
var SHELL_BUILTINS = /* @__PURE__ */ new Set(["cd", "exec", "export", "set", "unset", "echo", "printf", "test", "[", "true", "false", ":", "eval", "source", ".", "trap", "wait", "read", "shift", "ulimit", "umask", "exit", "return", "command", "if", "then", "fi"]);
var WRAPPERS = /* @__PURE__ */ new Set(["tini", "dumb-init", "gosu", "su-exec", "env", "catatonit"]);
var ImageView = class {
  constructor(plan) {
    this.plan = plan;
  }
  plan;
  /** The contents entry that puts `program` in `/bin`. */
  provider(program) {
    return this.plan.contents.find((item) => item.programs.includes(program));
  }
  /** Whether something in the image is at `file`: a contents entry's program or path, or a copied file. */
  has(file) {
    const normal = path4.posix.normalize(file);
    if (normal.startsWith("/bin/") && this.provider(normal.slice("/bin/".length))) return true;
    if (this.plan.contents.some((item) => item.paths.includes(normal))) return true;
    return this.plan.files.some((entry) => entry.path === normal || entry.directory && normal.startsWith(`${entry.path === "/" ? "" : entry.path}/`));
  }
  /** The directories of the image's PATH (Docker's default when `Env` sets none, as literal text). */
  pathDirectories() {
    const entry = this.plan.env.find((candidate) => candidate.name === "PATH");
    if (!entry) return DEFAULT_PATH;
    return entry.value.flatMap((part) => typeof part === "string" ? part.split(":") : []).filter((dir) => dir.startsWith("/"));
  }
  /** Whether the image can start `program` as `Cmd`/`Entrypoint` would (a path, or a name looked up in PATH). */
  resolves(program) {
    if (!program.includes("/") && this.pathDirectories().includes("/bin") && this.provider(program)) return true;
    return this.locate(program) !== void 0;
  }
  /** The file the image runs for `program`, when the flake puts it there (a copied or built file, not a package's). */
  locate(program) {
    const candidates = program.startsWith("/") ? [program] : program.includes("/") ? [absolute(this.plan.workingDir, program)] : this.pathDirectories().map((dir) => `${dir}/${program}`);
    return candidates.find((candidate) => this.has(candidate));
  }
};
function commandsRun(plan) {
  const entryProgram = plan.entrypoint?.words[0];
  const entryRunsCmd = !plan.entrypoint || entryProgram !== void 0 && (WRAPPERS.has(path4.posix.basename(wordText(entryProgram))) || isScript(plan, wordText(entryProgram)));
  return [...plan.entrypoint ? [{ command: plan.entrypoint, where: "Entrypoint" }] : [], ...plan.cmd && entryRunsCmd ? [{ command: plan.cmd, where: "Cmd" }] : []];
}
function programsStarted(plan) {
  const started = [];
  for (const { command: command2, where } of commandsRun(plan)) {
    const first = command2.words[0];
    if (first !== void 0 && typeof first !== "string") continue;
    if (command2.shellPrograms) {
      for (const { name } of command2.shellPrograms) if (!SHELL_BUILTINS.has(name)) started.push({ program: name, line: command2.line, where });
    }
    if (first !== void 0 && !first.startsWith("-")) started.push({ program: first, line: command2.line, where });
  }
  return started;
}
function isScript(plan, program) {
  const view = new ImageView(plan);
  return !view.provider(program) && view.locate(program) !== void 0;
}
function interpreterOf(shebang) {
  const [interpreter = "", argument] = shebang.replace(/^#!\s*/, "").trim().split(/\s+/);
  return interpreter === "/usr/bin/env" && argument && !argument.startsWith("-") ? { path: interpreter, program: argument } : { path: interpreter };
}
var USER_ID = /^\d+(:\d+)?$/;
function checkImage(plan) {
  const view = new ImageView(plan);
  const failures = [];
  for (const { program, line, where } of programsStarted(plan)) {
    if (!view.resolves(program)) {
      failures.push({ rule: "program", line, subject: program, message: `${where} runs ${program}, which nothing in the image provides: add the package that has it, or the file` });
    }
  }
  for (const { command: command2, where } of commandsRun(plan)) {
    for (const jar of command2.jars ?? []) {
      const at = absolute(plan.workingDir, jar);
      if (!view.has(at)) failures.push({ rule: "program", line: command2.line, subject: at, message: `${where} runs java -jar ${jar}, which is not in the image: copy the jar from its build (a derivation's share/java) or the build context` });
    }
  }
  const executed = new Set(programsStarted(plan).flatMap(({ program }) => view.locate(program) ?? []));
  for (const file of plan.files) {
    if (file.directory) continue;
    if (file.shebang === void 0) {
      if (executed.has(file.path)) failures.push({ rule: "shebang", line: file.line, subject: file.path, message: `${file.path} is run by the image, but its interpreter is unknown: ${file.unreadBecause ?? "the file was not read"}` });
      continue;
    }
    if (!file.shebang) continue;
    const interpreter = interpreterOf(file.shebang);
    const missing = [!view.has(interpreter.path) ? interpreter.path : void 0, interpreter.program && !view.resolves(interpreter.program) ? interpreter.program : void 0].filter(Boolean);
    if (missing.length > 0) failures.push({ rule: "shebang", line: file.line, subject: file.path, message: `${file.path} starts with ${file.shebang}, and the image has no ${missing.join(" and no ")}` });
  }
  if (plan.user && !USER_ID.test(plan.user.name)) {
    const [name, group] = plan.user.name.split(":");
    const known = plan.contents.some((item) => item.users?.includes(name) && (!group || USER_ID.test(group) || item.groups?.includes(group)));
    if (!known) failures.push({ rule: "user", line: plan.user.line, subject: plan.user.name, message: `User ${plan.user.name} is a name: the image needs an /etc/passwd entry for it (fakeNss with extraPasswdLines), or a numeric uid` });
  }
  const bundleNamed = view.has("/etc/ssl/certs/ca-bundle.crt") && plan.env.some((entry) => entry.name === "SSL_CERT_FILE");
  if (plan.https && !view.has("/etc/ssl/certs/ca-certificates.crt") && !bundleNamed) {
    failures.push({ rule: "https", line: plan.https.line, subject: "CA certificates", message: `${plan.https.reason}, but the image has no CA certificates (pkgs.dockerTools.caCertificates)` });
  }
  for (const entry of plan.env) {
    for (const name of entry.unresolved) {
      failures.push({ rule: "env", line: entry.line, subject: name, message: `Env ${entry.name} uses \${${name}}, which has no value the flake knows (a build argument without a default, or the base image's environment): Docker expands it at build time, the Nix image would hold the text \${${name}}; set the value` });
    }
  }
  return failures;
}

// src/nix/nixify/repair.ts
import path5 from "node:path";
var BASE_IMAGE_USERS = { node: 1e3, nginx: 101, postgres: 999, redis: 999, "www-data": 33, mysql: 999, nonroot: 65532, ubuntu: 1e3, jenkins: 1e3, grafana: 472, airflow: 5e4 };
function providerFor(plan, program) {
  const present = new ImageView(plan).provider(program);
  if (present) return { item: present, added: false };
  const attr = program === "sh" ? void 0 : packageOfProgram(program);
  const item = program === "sh" ? DOCKER_TOOLS.binSh() : attr ? packageItem(versionFromEnv(plan, attr)) : void 0;
  if (!item) return void 0;
  plan.contents.push(item);
  return { item, added: true };
}
function versionFromEnv(plan, attr) {
  for (const name of versionVariables(attr)) {
    const value = plan.env.find((entry) => entry.name === name)?.value.find((part) => typeof part === "string");
    const choice = versionedAttr(attr, leadingVersion(value));
    if (choice) return choice.attr;
  }
  return attr;
}
function addOnce(plan, item) {
  if (plan.contents.some((present) => present.attr === item.attr)) return false;
  plan.contents.push(item);
  return true;
}
var describe = (item) => item.attr ? `pkgs.${item.attr}` : "a contents entry";
function dropNodeEntrypoint(plan, failure) {
  const first = plan.cmd?.words[0];
  const node = plan.contents.some((item) => item.programs.includes("node"));
  if (!node || !plan.entrypoint || plan.entrypoint.words.length !== 1 || failure.line !== plan.entrypoint.line || first === void 0 || typeof first !== "string" || !new ImageView(plan).resolves(first)) return void 0;
  plan.entrypoint = void 0;
  return { line: failure.line, reason: `docker-entrypoint.sh of the node image only runs the command it is given; the Nix image has none: Entrypoint dropped, Cmd ${first} runs directly` };
}
function repairProgram(plan, failure) {
  const program = failure.subject;
  if (program === "docker-entrypoint.sh") return dropNodeEntrypoint(plan, failure);
  if (program.startsWith("/")) {
    const name = path5.posix.basename(program);
    const provider2 = providerFor(plan, name);
    if (!provider2) return void 0;
    for (const command2 of [plan.entrypoint, plan.cmd]) {
      if (!command2) continue;
      command2.words = command2.words.map((word) => word === program ? { drv: provider2.item.expr, path: `/bin/${name}` } : word);
    }
    return { line: failure.line, reason: `${program} is not a path in a Nix image: the command runs ${name} from ${describe(provider2.item)}'s bin/${provider2.added ? ` (added: the base image or a RUN step provided it)` : ""}` };
  }
  if (program.includes("/")) return void 0;
  const provider = providerFor(plan, program);
  return provider?.added ? { line: failure.line, reason: `the command runs ${program}, which the base image or a RUN step Nix does not replay provided: added ${describe(provider.item)}` } : void 0;
}
function repairShebang(plan, failure) {
  const file = plan.files.find((candidate) => candidate.path === failure.subject);
  if (!file?.shebang) return void 0;
  const interpreter = interpreterOf(file.shebang);
  const added = [];
  if (interpreter.path === "/usr/bin/env" && addOnce(plan, DOCKER_TOOLS.usrBinEnv())) added.push("pkgs.dockerTools.usrBinEnv");
  const program = interpreter.program ?? (interpreter.path.startsWith("/bin/") ? interpreter.path.slice("/bin/".length) : void 0);
  if (!program) return void 0;
  const provider = providerFor(plan, program);
  if (provider?.added) added.push(describe(provider.item));
  if (!new ImageView(plan).has(interpreter.path) || interpreter.program && !provider || added.length === 0) return void 0;
  return { line: failure.line, reason: `${file.path} starts with ${file.shebang}: added ${added.join(" and ")}` };
}
function allocateId(taken, system) {
  let id = system ? 999 : 1e3;
  while (taken.has(id)) id += system ? -1 : 1;
  return id;
}
var NssLines = class {
  constructor(plan) {
    this.plan = plan;
    const existing = plan.contents.find((item) => item.nss);
    this.passwd = [...existing?.nss?.passwd ?? []];
    this.group = [...existing?.nss?.group ?? []];
    this.taken = new Set([...this.passwd, ...this.group].map((line) => Number(line.split(":")[2])).filter(Number.isFinite));
  }
  plan;
  passwd;
  group;
  taken;
  notes = [];
  /** The group's line (a group the Dockerfile creates, of a base image's user, or new); its gid. */
  addGroup(name, fallbackId) {
    const present = this.group.find((line) => line.startsWith(`${name}:`));
    if (present) return Number(present.split(":")[2]);
    const known = this.plan.groups.get(name)?.id ?? BASE_IMAGE_USERS[name] ?? fallbackId;
    const gid = known ?? allocateId(this.taken, this.plan.groups.get(name)?.system ?? false);
    if (known === void 0) this.notes.push(`gid ${gid} chosen for group ${name} (the Dockerfile gives none)`);
    this.taken.add(gid);
    if (name !== "root" && name !== "nobody") this.group.push(`${name}:x:${gid}:`);
    return gid;
  }
  /** The user's line, with the ids the Dockerfile or the base image gives it; false for a name neither knows. */
  addUser(name, groupName) {
    const account = this.plan.users.get(name);
    const baseId = BASE_IMAGE_USERS[name];
    if (name === "root" || name === "nobody") return true;
    if (!account && baseId === void 0) return false;
    if (this.passwd.some((line) => line.startsWith(`${name}:`))) return true;
    let uid = account?.id ?? baseId;
    if (uid === void 0) {
      uid = allocateId(this.taken, account?.system ?? false);
      this.notes.push(`uid ${uid} chosen for ${name} (the Dockerfile gives none)`);
    }
    this.taken.add(uid);
    const gid = this.addGroup(groupName ?? account?.group ?? name, uid);
    const home = account?.home ?? (account && !account.system ? `/home/${name}` : "/var/empty");
    this.passwd.push(`${name}:x:${uid}:${gid}::${home}:${account?.shell ?? "/bin/sh"}`);
    return true;
  }
  /** fakeNss with the lines, in place of the one the image had. */
  apply() {
    const existing = this.plan.contents.find((item2) => item2.nss);
    const item = fakeNssItem(this.passwd, this.group);
    if (existing) this.plan.contents.splice(this.plan.contents.indexOf(existing), 1, item);
    else this.plan.contents.push(item);
  }
};
function addCreatedAccounts(plan) {
  if (plan.users.size + plan.groups.size === 0) return void 0;
  const lines = new NssLines(plan);
  const byLine = (accounts) => [...accounts.values()].sort((a, b) => a.line - b.line);
  for (const group of byLine(plan.groups)) lines.addGroup(group.name);
  for (const user of byLine(plan.users)) lines.addUser(user.name);
  lines.apply();
  const names = [...plan.users.keys(), ...[...plan.groups.keys()].filter((name) => !plan.users.has(name)).map((name) => `group ${name}`)];
  return { line: Math.min(...[...plan.users.values(), ...plan.groups.values()].map((account) => account.line)), reason: `${names.join(", ")}: created by the Dockerfile, so /etc/passwd and /etc/group lines in pkgs.fakeNss${lines.notes.length > 0 ? `; ${lines.notes.join("; ")}` : ""}` };
}
function repairUser(plan, failure) {
  const [name, groupName] = failure.subject.split(":");
  const lines = new NssLines(plan);
  if (!lines.addUser(name, groupName)) return void 0;
  if (groupName && !USER_ID.test(groupName)) lines.addGroup(groupName);
  lines.apply();
  return { line: failure.line, reason: `User ${failure.subject}: /etc/passwd and /etc/group from pkgs.fakeNss${lines.passwd.length > 0 ? ", with the users the Dockerfile or its base image creates" : ""}${lines.notes.length > 0 ? `; ${lines.notes.join("; ")}` : ""}` };
}
function repairEnv(plan, failure) {
  if (failure.subject !== "PATH") return void 0;
  const entry = plan.env.find((candidate) => candidate.line === failure.line && candidate.unresolved.includes("PATH"));
  if (!entry) return void 0;
  entry.value = entry.value.map((part) => typeof part === "string" ? part.split("${PATH}").join(DEFAULT_PATH.join(":")) : part);
  entry.unresolved = entry.unresolved.filter((name) => name !== "PATH");
  return { line: failure.line, reason: `Env ${entry.name}: \${PATH} is Docker's default PATH, written out (an image's Env is not expanded)` };
}
function repairImage(plan, failures) {
  const changes = [];
  for (const failure of [...failures].sort((a, b) => Number(b.rule === "env") - Number(a.rule === "env"))) {
    let change;
    if (failure.rule === "program") change = repairProgram(plan, failure);
    else if (failure.rule === "shebang") change = repairShebang(plan, failure);
    else if (failure.rule === "user") change = repairUser(plan, failure);
    else if (failure.rule === "env") change = repairEnv(plan, failure);
    else if (failure.rule === "https" && addOnce(plan, DOCKER_TOOLS.caCertificates())) change = { line: failure.line, reason: `${plan.https?.reason}: added pkgs.dockerTools.caCertificates` };
    if (change) changes.push(change);
  }
  return changes.sort((a, b) => a.line - b.line);
}

// src/nix/nixify/servers.ts
import path6 from "node:path";
function nginxConfig(nginx, defaultSite) {
  const site = defaultSite ? ["", "  # the nginx image's default.conf: the Dockerfile puts no file in /etc/nginx/conf.d", "  server {", "    listen 80;", "    location / {", "      root /usr/share/nginx/html;", "      index index.html index.htm;", "    }", "  }"] : [];
  return [
    "daemon off;",
    "error_log /dev/stderr;",
    "pid /tmp/nginx.pid;",
    "events { }",
    "http {",
    `  include \${${nginx}}/conf/mime.types;`,
    "  default_type application/octet-stream;",
    "  access_log /dev/stdout;",
    "  client_body_temp_path /tmp/nginx-client-body;",
    "  proxy_temp_path /tmp/nginx-proxy;",
    "  fastcgi_temp_path /tmp/nginx-fastcgi;",
    "  uwsgi_temp_path /tmp/nginx-uwsgi;",
    "  scgi_temp_path /tmp/nginx-scgi;",
    "  include /etc/nginx/conf.d/*.conf;",
    ...site,
    "}"
  ].join("\n");
}
function serverCommand(plan, copied, mkdirs, line) {
  if (plan.entrypoint || plan.cmd) return { bindings: [] };
  const attr = plan.contents.map((item) => item.attr ?? "").find((name) => /^(nginx(Stable|Mainline)?|redis)$/.test(name));
  if (!attr) return { bindings: [] };
  const program = (name) => ({ drv: raw(attrPath("pkgs", attr)), path: `/bin/${name}` });
  if (attr.startsWith("nginx")) {
    const own = copied.includes("/etc/nginx/nginx.conf");
    const bindings = own ? [] : [bind("nginxConf", raw(`pkgs.writeText "nginx.conf" ''
${nginxConfig(attrPath("pkgs", attr), !copied.some((path11) => path11.startsWith("/etc/nginx/conf.d")))}
''`), ["the nginx image's configuration, with its paths"])];
    plan.cmd = { words: [program("nginx"), "-c", own ? "/etc/nginx/nginx.conf" : { drv: raw("nginxConf"), path: "" }], line };
    if (own) plan.cmd.words.push("-g", "daemon off;");
    if (!plan.contents.some((item) => item.nss)) plan.contents.push(fakeNssItem([], []));
    mkdirs.add("/tmp");
    return { bindings, change: { line, reason: `the nginx image's CMD is not inherited: Cmd runs nginx -c with ${own ? "the copied /etc/nginx/nginx.conf" : "a writeText config of the image's defaults (conf.d included)"}; fakeNss for its worker user` } };
  }
  plan.cmd = { words: [program("redis-server")], line };
  return { bindings: [], change: { line, reason: "the redis image's CMD is not inherited: Cmd runs redis-server" } };
}
var DEBIAN_POSTGRES_BIN = /^\/usr\/lib\/postgresql\/[^/:]+\/bin\/?$/;
function postgresImage(plan, line) {
  const server = plan.contents.find((item) => /^postgresql(_\d+)?$/.test(item.attr ?? ""));
  if (!server) return { changes: [], notes: [] };
  const bin = [server.expr, "/bin"];
  const changes = [];
  const entry = plan.env.find((candidate) => candidate.name === "PATH");
  const words2 = [...plan.entrypoint?.words ?? [], ...plan.cmd?.words ?? []].filter((word) => typeof word === "string");
  const starts = words2.some((word) => ["postgres", "pg_ctl", "pg_ctlcluster"].includes(path6.posix.basename(word)));
  if (entry && entry.value.some((part) => typeof part === "string" && part.split(":").some((dir) => DEBIAN_POSTGRES_BIN.test(dir)))) {
    entry.value = entry.value.flatMap((part) => typeof part !== "string" ? [part] : part.split(":").flatMap((dir, i) => [...i > 0 ? [":"] : [], ...DEBIAN_POSTGRES_BIN.test(dir) ? bin : [dir]]));
    changes.push({ line: entry.line, reason: `Env PATH: the Debian layout's /usr/lib/postgresql/.../bin is pkgs.${server.attr}'s own bin in a Nix image` });
  } else if (!entry && starts) {
    plan.env.push({ name: "PATH", value: [`${DEFAULT_PATH.join(":")}:`, ...bin], unresolved: [], line });
    changes.push({ line, reason: `Env PATH: Docker's default and pkgs.${server.attr}'s bin, as the postgres image sets it` });
  }
  const at = plan.cmd?.line ?? plan.entrypoint?.line ?? line;
  const notes = starts ? [{ line: at, reason: `postgres refuses to run as root and needs a data directory made by initdb: the postgres image's docker-entrypoint.sh runs initdb and switches to the postgres user; the Nix image does neither by itself (run initdb, e.g. in a wrapper script, and start postgres as User postgres, whose /etc/passwd entry fakeNss has when the Dockerfile creates it)` }] : [];
  return { changes, notes };
}

// src/nix/nixify/image.ts
function shebangOf(text) {
  const first = text.split("\n", 1)[0].replace(/\r$/, "");
  return first.startsWith("#!") ? first : null;
}
function contextFile(context, source, at, line) {
  if (!context) return { path: at, directory: false, unreadBecause: "the build context was not given", line };
  const text = context.readText(source);
  return text === void 0 ? { path: at, directory: false, unreadBecause: `${source} could not be read from the build context`, line } : { path: at, directory: false, shebang: shebangOf(text), line };
}
function builtProgramWord(t, word) {
  const binding = word.startsWith("/") ? t.programDirs.get(path7.posix.dirname(word)) : [...t.builtPrograms].find(([, programs]) => programs.includes(word))?.[0];
  return binding ? { drv: raw(binding), path: `/bin/${path7.posix.basename(word)}` } : void 0;
}
function isJarOfJava(words2, index) {
  return index > 1 && words2[index - 1] === "-jar" && words2.slice(0, index - 1).some((word) => path7.posix.basename(word) === "java");
}
function builtJarWord(t, words2, index) {
  return isJarOfJava(words2, index) ? t.programPaths.get(absolute(t.workingDir, words2[index])) : void 0;
}
function scriptWithBuiltJars(t, script, text) {
  const parts = [];
  const jars = [];
  let at = 0;
  for (const command2 of script.script.commands) {
    const words2 = command2.argv.map((word) => word.value ?? "");
    for (const [index, word] of command2.argv.entries()) {
      if (word.value === void 0 || !isJarOfJava(words2, index)) continue;
      const jar = word.value;
      const built = builtJarWord(t, words2, index);
      if (!built || word.span.start < at || text.slice(word.span.start, word.span.end) !== word.raw) {
        jars.push(jar);
        continue;
      }
      parts.push(text.slice(at, word.span.start), built);
      at = word.span.end;
    }
  }
  if (parts.length === 0) return { word: text, jars };
  parts.push(text.slice(at));
  return { word: { script: parts.filter((part) => part !== "") }, jars };
}
function command(t, words2, line, programs, script) {
  if (!words2) return void 0;
  const jars = [];
  const configWords = words2.map((word, index) => {
    if (script?.index === index) {
      const rewritten = scriptWithBuiltJars(t, script, word);
      jars.push(...rewritten.jars);
      return rewritten.word;
    }
    const built = t.programPaths.get(word.includes("/") ? absolute(t.workingDir, word) : word) ?? (index === 0 ? builtProgramWord(t, word) : builtJarWord(t, words2, index));
    if (!built && isJarOfJava(words2, index)) jars.push(word);
    return built ?? word;
  });
  return { words: configWords, line: line ?? 0, shellPrograms: programs?.map((name) => ({ name })), ...jars.length > 0 ? { jars } : {} };
}
function javaOfContents(plan) {
  for (const command2 of [plan.entrypoint, plan.cmd]) {
    const first = command2?.words[0];
    if (!command2 || typeof first !== "string" || path7.posix.basename(first) !== "java" || !command2.words.some((word) => typeof word !== "string" && "path" in word && word.path.startsWith("/share/java/"))) continue;
    const jre = new ImageView(plan).provider("java");
    if (jre) command2.words[0] = { drv: jre.expr, path: "/bin/java" };
  }
}
var HTTPS_CLIENTS = /* @__PURE__ */ new Set(["curl", "wget", "git", "aria2", "httpie"]);
function httpsUse(t, plan) {
  if (t.https) return t.https;
  const url = [...plan.entrypoint?.words ?? [], ...plan.cmd?.words ?? []].some((word) => typeof word === "string" && word.includes("https://"));
  if (url) return { reason: "the command fetches an https:// URL", line: plan.entrypoint?.line ?? plan.cmd?.line ?? 0 };
  const env = plan.env.find((entry) => entry.value.some((part) => typeof part === "string" && part.includes("https://")));
  if (env) return { reason: `Env ${env.name} names an https:// URL`, line: env.line };
  const client = t.installed.find((item) => item.mapping.attrs.some((attr) => HTTPS_CLIENTS.has(attr)));
  if (client) return { reason: `${client.mapping.name} in the image is an HTTPS client, which verifies with the system CA bundle`, line: client.line };
  return void 0;
}
function withPhpExtensions(plan, extensions) {
  const index = plan.contents.findIndex((item) => /^php\d*$/.test(item.attr ?? ""));
  if (index < 0 || extensions.length === 0) return;
  const php = plan.contents[index];
  const list2 = extensions.map((name) => attrPath("all", name)).join(" ");
  const expr = apply(`pkgs.${php.attr}.buildEnv`, attrs([bind("extensions", raw(`{ enabled, all }: enabled ++ [ ${list2} ]`))]));
  plan.contents[index] = { ...php, expr, attr: `${php.attr}.buildEnv` };
}
function imagePlanOf(t, context) {
  const plan = emptyPlan();
  const set = packageSet(t.contents);
  const versioned = (attr) => set.attrs.some((other) => other.startsWith(`${attr}_`) && /^_\d+$/.test(other.slice(attr.length)));
  plan.contents.push(...set.attrs.filter((attr) => !versioned(attr)).map(packageItem));
  if (set.python) plan.contents.push({ expr: pythonEnvExpr(set.python), attr: `${set.python.interpreter}.withPackages`, programs: pythonEnvPrograms(set.python.modules), paths: [] });
  for (const extra of t.extraContents) plan.contents.push({ expr: raw(extra), programs: t.builtPrograms.get(extra) ?? [], paths: [] });
  for (const file of t.heredocFiles) {
    plan.contents.push({ expr: apply("pkgs.writeTextDir", str(file.path.replace(/^\//, "")), str(file.text)), programs: [], paths: [file.path] });
    plan.files.push({ path: file.path, directory: false, shebang: shebangOf(file.text), line: file.line });
  }
  withPhpExtensions(plan, [...t.phpExtensions].sort());
  if (t.copyScript.length > 0) plan.contents.push({ expr: raw("appFiles"), programs: [], paths: [] });
  if (t.needsShell) plan.contents.push(DOCKER_TOOLS.binSh());
  for (const copy of t.contextCopies) {
    const isFile = copy.fileAt !== void 0 && (copy.dirAt === void 0 || context?.readText(copy.source) !== void 0);
    plan.files.push(isFile ? contextFile(context, copy.source, copy.fileAt, copy.line) : { path: copy.dirAt, directory: true, line: copy.line });
  }
  plan.entrypoint = command(t, t.entrypoint, t.entrypointLine, t.entrypointPrograms, t.entrypointScript);
  plan.cmd = command(t, t.cmd, t.cmdLine, t.cmdPrograms, t.cmdScript);
  javaOfContents(plan);
  plan.workingDir = t.workingDir;
  if (t.user) plan.user = { name: t.user, line: t.userLine ?? 0 };
  plan.env = [...t.env].map(([name, value]) => ({ name, value: [value], unresolved: t.envUnresolved.get(name) ?? [], line: t.envLines.get(name) ?? 0 }));
  if (set.attrs.includes("cacert") && !t.env.has("SSL_CERT_FILE")) plan.env.push({ name: "SSL_CERT_FILE", value: ["/etc/ssl/certs/ca-bundle.crt"], unresolved: [], line: 0 });
  for (const [name, account] of t.users) plan.users.set(name, account);
  for (const [name, account] of t.groups) plan.groups.set(name, account);
  plan.https = httpsUse(t, plan);
  readStartedScripts(t, plan, context);
  return plan;
}
function readStartedScripts(t, plan, context) {
  const view = new ImageView(plan);
  for (const { program } of programsStarted(plan)) {
    const at = view.locate(program);
    if (!at || plan.files.some((file) => file.path === at && !file.directory)) continue;
    const directory = plan.files.find((file) => file.directory && at.startsWith(`${file.path === "/" ? "" : file.path}/`));
    const copy = directory && t.contextCopies.find((candidate) => candidate.dirAt === directory.path && candidate.line === directory.line);
    if (!copy) continue;
    const source = path7.posix.join(copy.source, path7.posix.relative(copy.dirAt, at));
    plan.files.push(contextFile(context, source, at, copy.line));
  }
}
function unusedJars(t, plan) {
  const used = new Set([...plan.entrypoint?.words ?? [], ...plan.cmd?.words ?? []].flatMap(derivationFiles).map((file) => file.path));
  return t.builtJars.filter((jar) => !used.has(jar.word.path)).map((jar) => ({ line: jar.line, reason: `${jar.at} is not a file of the Nix image: the jar is \${${jar.binding}}${jar.word.path}; name that path in Cmd/Entrypoint (java -jar ${jar.at} is translated so)` }));
}
function checkedImage(t, context) {
  const plan = imagePlanOf(t, context);
  const final = t.model.stages[t.model.stages.length - 1];
  const server = serverCommand(plan, t.copied, t.mkdirs, final.from.region.startLine);
  const accounts = addCreatedAccounts(plan);
  const changes = [...server.change ? [server.change] : [], ...accounts ? [accounts] : [], ...repairImage(plan, checkImage(plan))];
  const postgres = postgresImage(plan, final.from.region.startLine);
  return { plan, bindings: server.bindings, changes: [...changes, ...postgres.changes], notes: [...postgres.notes, ...unusedJars(t, plan)], failures: checkImage(plan) };
}

// src/nix/nixify/accounts.ts
var OPTIONS = {
  useradd: { "-u": "id", "--uid": "id", "-g": "group", "--gid": "group", "-d": "home", "--home-dir": "home", "-s": "shell", "--shell": "shell", "-G": "other", "--groups": "other", "-c": "other", "--comment": "other", "-k": "other", "-K": "other", "-e": "other", "-f": "other", "-p": "other", "-b": "other" },
  adduser: { "-u": "id", "--uid": "id", "-G": "group", "--ingroup": "group", "--gid": "group", "-h": "home", "--home": "home", "-s": "shell", "--shell": "shell", "-g": "other", "--gecos": "other", "-k": "other", "--comment": "other" },
  groupadd: { "-g": "id", "--gid": "id", "-K": "other", "-p": "other" },
  addgroup: { "-g": "id", "--gid": "id" }
};
var SYSTEM_FLAGS = /* @__PURE__ */ new Set(["-r", "--system", "-S"]);
function accountOf(command2, line) {
  const program = command2.argv[0]?.value?.split("/").pop() ?? "";
  const options = OPTIONS[program];
  if (!options) return void 0;
  const words2 = command2.argv.slice(1).map((word) => word.value);
  if (words2.some((word) => word === void 0)) return void 0;
  const account = { name: "", system: false, line };
  const positional = [];
  for (let i = 0; i < words2.length; i++) {
    const word = words2[i];
    const [flag, inline] = word.startsWith("--") && word.includes("=") ? [word.slice(0, word.indexOf("=")), word.slice(word.indexOf("=") + 1)] : [word, void 0];
    if (SYSTEM_FLAGS.has(flag)) {
      account.system = true;
      continue;
    }
    const role = options[flag];
    if (role) {
      const value = inline ?? words2[++i];
      if (value === void 0) return void 0;
      if (role === "id" && /^\d+$/.test(value)) account.id = Number(value);
      else if (role === "group") account.group = value;
      else if (role === "home") account.home = value;
      else if (role === "shell") account.shell = value;
      continue;
    }
    if (!word.startsWith("-")) positional.push(word);
  }
  if (positional.length !== 1 || !/^[a-z_][a-z0-9_.-]*\$?$/i.test(positional[0])) return void 0;
  account.name = positional[0];
  return { kind: program === "groupadd" || program === "addgroup" ? "group" : "user", account };
}

// src/nix/nixify/stages.ts
import path8 from "node:path";
var PNPM_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set(["--filter", "-F", "--filter-prod", "--dir", "-C", "--workspace-dir", "--reporter", "--loglevel", "--test-pattern", "--changed-files-ignore-pattern"]);
var PNPM_FILTERS = ["--filter", "-F", "--filter-prod"];
function javascriptBuildOf(command2) {
  const manager = packageManagerOf(programName(command2.argv[0]));
  if (manager !== "npm" && manager !== "yarn" && manager !== "pnpm") return void 0;
  const verb = command2.argv[1]?.value;
  if (manager !== "pnpm") return verb === "run" || verb === "build" ? { manager, filters: [] } : void 0;
  const split = splitArgs(command2.argv.slice(1), PNPM_OPTIONS_WITH_VALUE);
  const first = split.positionals[0];
  if (!first) return void 0;
  const filters = PNPM_FILTERS.flatMap((option) => split.values.get(option) ?? []).filter((word) => word.span.start < first.span.start);
  const build = first.value === "run" || first.value === "build" || first.value === "exec" && filters.length > 0;
  return build ? { manager, filters: filters.map((word) => word.value) } : void 0;
}
var PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/i;
function pnpmBuildOf(command2, filters, line) {
  const workspaces = filters.filter((filter) => filter !== void 0 && PACKAGE_NAME.test(filter));
  const others = filters.filter((filter) => filter === void 0 || !PACKAGE_NAME.test(filter)).map((filter) => filter ?? "a word with an unknown value");
  const words2 = command2.argv.map((word) => word.value);
  const known = words2.every((word) => word !== void 0);
  const notes = [
    ...others.length > 0 ? [{ line, reason: `pnpm --filter ${others.join(" ")}: not a workspace package name; set pnpmWorkspaces (names of workspace packages) by hand` }] : [],
    ...known ? [] : [{ line, reason: "the pnpm build command has words with unknown values: write the buildPhase by hand" }],
    { line, reason: "nixpkgs' pnpm hooks install nothing: write an installPhase that copies what the image takes from this stage into $out" }
  ];
  return { pnpm: { workspaces: [...new Set(workspaces)], buildCommand: known ? words2 : void 0 }, notes };
}
function cargoInstallOf(command2) {
  if (programName(command2.argv[0]) !== "cargo" || command2.argv[1]?.value !== "install") return void 0;
  const option = (name) => {
    for (const [i, word] of command2.argv.entries()) {
      if (word.value === name) return command2.argv[i + 1]?.value;
      if (word.value?.startsWith(`${name}=`)) return word.value.slice(name.length + 1);
    }
    return void 0;
  };
  const dir = option("--path");
  return dir === void 0 ? void 0 : { path: dir, root: option("--root") };
}
function bindingName(stage, kind) {
  const base = (stage.name ?? `stage${stage.index}`).replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => c ? c.toUpperCase() : "");
  const name = /^[A-Za-z_]/.test(base) ? base : `stage${base}`;
  return `${name}${kind[0].toUpperCase()}${kind.slice(1)}`.replace(/^(.)/, (c) => c.toLowerCase());
}
function runCommands(instruction) {
  return instruction.script?.commands ?? [];
}
var GO_BUILD_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set(["-o", "-ldflags", "-tags", "-gcflags", "-asmflags", "-mod", "-p", "-buildmode", "-modfile", "-pkgdir", "-installsuffix", "-compiler", "-overlay", "-pgo"]);
function goBuildOf(command2, stage) {
  const subPackages = [];
  let output;
  let ldflags = [];
  const words2 = command2.argv.slice(2).map((word) => word.value ?? "");
  for (let i = 0; i < words2.length; i++) {
    const word = words2[i];
    const [flag, inline] = word.startsWith("-") ? [word.replace(/^--/, "-").split("=")[0], word.includes("=") ? word.slice(word.indexOf("=") + 1) : void 0] : [void 0, void 0];
    if (flag !== void 0) {
      const value = GO_BUILD_OPTIONS_WITH_VALUE.has(flag) ? inline ?? words2[++i] : void 0;
      if (flag === "-o") output = value;
      if (flag === "-ldflags" && value) ldflags = value.split(/\s+/).filter(Boolean);
    } else if (word.endsWith(".go")) {
      const dir = path8.posix.dirname(word.replace(/^\.\//, ""));
      if (!subPackages.includes(dir)) subPackages.push(dir);
    } else if (word && word !== "./...") subPackages.push(word === "." ? "." : word.replace(/^\.\//, "").replace(/\/$/, ""));
  }
  if (subPackages.length === 0) subPackages.push(".");
  const run = stage.instructions.find((i) => i.keyword === "RUN" && i.script?.commands.includes(command2));
  const cgo = command2.assignments.find((a) => a.name === "CGO_ENABLED")?.value ?? run?.variables.get("CGO_ENABLED");
  const workdir = stage.instructions.slice(0, run ? stage.instructions.indexOf(run) : 0).filter((i) => i.keyword === "WORKDIR").reduce((dir, i) => path8.posix.resolve(dir, i.args[0]?.value ?? "."), "/");
  const absoluteOutput = output === void 0 ? void 0 : path8.posix.resolve(workdir, output);
  const binary = subPackages.length <= 1 ? output !== void 0 && !output.endsWith("/") ? path8.posix.basename(output) : subPackages[0] && subPackages[0] !== "." ? path8.posix.basename(subPackages[0]) : void 0 : void 0;
  return { subPackages, output: absoluteOutput, ldflags, cgo, binary };
}
function cargoSubdir(dir) {
  const clean = path8.posix.normalize(dir).replace(/\/$/, "");
  return clean === "." || clean.startsWith("/") || clean.startsWith("..") ? void 0 : clean;
}
var MAVEN_BUILDS = /^(package|verify|install|deploy|assembly:single|shade:shade|spring-boot:repackage)$/;
function buildCommandOf(stage) {
  const runs = stage.instructions.filter((i) => i.keyword === "RUN").flatMap((instruction) => runCommands(instruction).map((command2) => ({ instruction, command: command2 })));
  const name = (command2) => programName(command2.argv[0]);
  const arg = (command2, i) => command2.argv[i]?.value;
  const first = (kind, test) => {
    const found = runs.find(({ command: command2 }) => test(command2));
    return found && { kind, ...found };
  };
  return first("go", (c) => name(c) === "go" && arg(c, 1) === "build") ?? first("rust", (c) => name(c) === "cargo" && (arg(c, 1) === "build" || cargoInstallOf(c))) ?? first("maven", (c) => (name(c) === "mvn" || name(c) === "./mvnw" || name(c) === "mvnw") && c.argv.slice(1).some((w) => MAVEN_BUILDS.test(w.value ?? ""))) ?? // A JavaScript stage is one that runs a build script; installing alone is not a build.
  runs.flatMap(({ instruction, command: command2 }) => {
    const build = javascriptBuildOf(command2);
    return build ? [{ kind: build.manager, instruction, command: command2 }] : [];
  })[0];
}
function builtProgram(build, source) {
  const file = path8.posix.resolve("/", source);
  if (build.kind === "go") return build.go?.output === file ? build.go.binary : void 0;
  if (build.kind === "rust") return (/\/target\/(?:[^/]+\/)?(?:release|debug)\/([^/]+)$/.exec(file) ?? /\/bin\/([^/]+)$/.exec(file))?.[1];
  return void 0;
}
function builtJar(build, source, destination, intoDirectory) {
  if (build.kind !== "maven") return void 0;
  const match = /(?:^|\/)target\/([^/]*\.jar)$/.exec(source);
  if (!match) return void 0;
  const name = intoDirectory ? /[*?[]/.test(match[1]) ? void 0 : match[1] : path8.posix.basename(destination);
  return name ? { source: `target/${match[1]}`, name } : void 0;
}
function buildStagesOf(stages, chain) {
  const buildStages = /* @__PURE__ */ new Map();
  for (const stage of stages) {
    if (chain.includes(stage)) continue;
    const build = buildCommandOf(stage);
    if (!build) continue;
    const { kind, command: command2, instruction } = build;
    const cargo = kind === "rust" ? stage.instructions.flatMap((i) => i.keyword === "RUN" ? runCommands(i) : []).map(cargoInstallOf).find(Boolean) : void 0;
    const pnpm = kind === "pnpm" ? pnpmBuildOf(command2, javascriptBuildOf(command2).filters, instruction.region.startLine) : {};
    buildStages.set(stage, { stage, kind, binding: bindingName(stage, kind), build: { instruction, command: command2 }, go: kind === "go" ? goBuildOf(command2, stage) : void 0, cargoSubdir: cargo ? cargoSubdir(cargo.path) : void 0, ...pnpm });
  }
  return buildStages;
}

// src/nix/nixify/kept.ts
var APK_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--keys-dir", "--repositories-file", "--cache-dir"]);
var APT_VALUE_OPTIONS = /* @__PURE__ */ new Set(["-o", "--option", "-t", "--target-release", "-c", "--config-file"]);
var APT_REMOVE = /* @__PURE__ */ new Set(["remove", "purge", "autoremove", "autopurge"]);
var DNF_REMOVE = /* @__PURE__ */ new Set(["remove", "erase", "autoremove"]);
var words = (command2) => command2.argv.map((word) => word.value);
function removalOf(commands) {
  const removal = { names: /* @__PURE__ */ new Set(), autoRemove: false, markedAuto: /* @__PURE__ */ new Set(), markedManual: /* @__PURE__ */ new Set() };
  for (const command2 of commands) {
    const name = programName(command2.argv[0]);
    const [, sub] = words(command2);
    if (name === "apk" && sub === "del") {
      for (const word of splitArgs(command2.argv.slice(2), APK_VALUE_OPTIONS).positionals) if (word.value) removal.names.add(word.value);
    } else if ((name === "apt-get" || name === "apt") && sub && APT_REMOVE.has(sub)) {
      const args = splitArgs(command2.argv.slice(2), APT_VALUE_OPTIONS);
      for (const word of args.positionals) if (word.value) removal.names.add(word.value.replace(/[=:].*$/, ""));
      if (sub.startsWith("auto") || args.options.includes("--auto-remove") || args.options.includes("--autoremove")) removal.autoRemove = true;
    } else if (name === "apt-mark" && (sub === "auto" || sub === "manual")) {
      const names = command2.argv.slice(2).map((word) => word.value);
      if (sub === "auto" && names.some((value) => value === ".*" || value === void 0)) removal.markedAuto = "all";
      for (const value of names) if (value && value !== ".*") sub === "auto" ? removal.markedAuto === "all" ? void 0 : removal.markedAuto.add(value) : removal.markedManual.add(value);
    } else if ((name === "dnf" || name === "yum" || name === "microdnf") && sub && DNF_REMOVE.has(sub)) {
      for (const word of splitArgs(command2.argv.slice(2), /* @__PURE__ */ new Set()).positionals) if (word.value) removal.names.add(word.value);
    }
  }
  return removal;
}
function installedBy(operations) {
  const result = /* @__PURE__ */ new Map();
  for (const operation of operations) {
    if (operation.action === "run") continue;
    const group = operation.manager === "apk" ? splitArgs(operation.command.argv.slice(2), APK_VALUE_OPTIONS).values.get(operation.options.includes("-t") ? "-t" : "--virtual")?.[0]?.value : void 0;
    result.set(operation, operation.packages.map((spec) => ({ manager: operation.manager, name: spec.name, group })));
  }
  return result;
}
function applyRemovals(kept, script, installedHere) {
  const removal = removalOf(script.commands);
  const autoRemoved = (entry) => removal.autoRemove && entry.manager === "apt" && installedHere.has(entry) && !removal.markedManual.has(entry.name) && (removal.markedAuto === "all" || removal.markedAuto.has(entry.name));
  return kept.filter((entry) => !removal.names.has(entry.name) && !(entry.group && removal.names.has(entry.group)) && !autoRemoved(entry));
}

// src/nix/nixify/run-steps.ts
var HOUSEKEEPING = /* @__PURE__ */ new Set(["rm", "true", ":", "set", "echo", "printf", "ldconfig", "update-ca-certificates", "locale-gen", "export", "cd", "test", "[", "exit", "sleep", "command", "which", "hash", "dpkg-reconfigure", "rpm", "apt-mark"]);
var USER_COMMANDS = /* @__PURE__ */ new Set(["useradd", "adduser", "groupadd", "addgroup", "usermod"]);
function isHousekeeping(name) {
  const manager = packageManagerOf(name);
  return HOUSEKEEPING.has(name) || manager !== void 0 && ECOSYSTEM[manager] === "os";
}
function commandText(command2) {
  return command2.argv.map((word) => word.value ?? word.raw).join(" ");
}
var sortedUnique = (values) => [...new Set(values)].sort();
function translatePackages(t, instruction, operation, installed) {
  if (operation.action === "upgrade" && operation.packages.length === 0) return;
  if (operation.action === "run") installed = void 0;
  else if (operation.action === "install-lockfile" || ECOSYSTEM[operation.manager] === "javascript" && !operation.global) {
    t.note(instruction, `${operation.manager} project dependencies: build the project with pkgs.buildNpmPackage (npmDepsHash pins package-lock.json)`);
    return;
  }
  if (operation.requirementFiles.length > 0) translateRequirements(t, instruction, operation, installed !== void 0);
  const mappings = operation.packages.flatMap((spec, index) => {
    const names = splitPackageNames([spec.name]);
    return names.map((name) => {
      const mapping = mapPackage(operation.manager, name, names.length === 1 ? spec.version : void 0);
      if (installed && mapping.attrs.length > 0) t.installed.push({ entry: installed[index], mapping, line: instruction.region.startLine });
      return mapping;
    });
  });
  t.devTools.push(...mappings.filter((m) => m.attrs.length > 0));
  const unmapped = mappings.filter((m) => m.how === "none").map((m) => m.name);
  if (unmapped.length > 0) {
    t.note(instruction, `no indexed nixpkgs attribute for ${operation.manager} package(s) ${unmapped.join(" ")}`);
  }
}
function translateRequirements(t, instruction, operation, forImage) {
  const files = operation.requirementFiles.map((word) => word.value ?? word.raw).join(" ");
  const read = t.context ? readPipRequirements(t.model, instruction, operation, t.context) : void 0;
  if (!read || read.unreadable.length > 0 || read.fromFiles.length === 0) {
    const why = !t.context ? "the build context was not given" : read?.unreadable.map((file) => `${file.written}: ${file.reason}`).join("; ") || "no requirement in them";
    t.note(instruction, `${operation.manager} requirements from ${files} (${why}): list them in python3.withPackages (ps: [ ... ]) or lock them with uv2nix/poetry2nix`);
  }
  const unmapped = [];
  for (const requirement of read?.fromFiles ?? []) {
    const mapping = mapPackage(operation.manager, requirement.spec.name, requirement.spec.version);
    if (mapping.attrs.length === 0) {
      unmapped.push(requirement.spec.name);
      continue;
    }
    t.devTools.push(mapping);
    if (forImage) t.installed.push({ entry: { manager: operation.manager, name: requirement.spec.name }, mapping, line: instruction.region.startLine });
  }
  if (unmapped.length > 0) t.note(instruction, `no indexed nixpkgs attribute for requirement(s) ${unmapped.join(" ")} of ${files}`);
}
var PHP_EXTENSION_COMMANDS = /* @__PURE__ */ new Set(["docker-php-ext-install", "docker-php-ext-enable", "docker-php-ext-configure", "pecl"]);
function phpExtensionsOf(t, command2, name, instruction) {
  const words2 = command2.argv.slice(1).map((word) => word.value).filter((_, i, all) => all[i - 1] !== "-j" && all[i] !== "-j");
  if (words2.some((word) => word === void 0)) return false;
  if (name === "docker-php-ext-configure") {
    t.note(instruction, `docker-php-ext-configure ${words2[0]}: nixpkgs builds php.extensions.${words2[0]} with its own options; check they suffice`);
    return true;
  }
  if (name === "pecl" && words2[0] !== "install") return false;
  const names = (name === "pecl" ? words2.slice(1) : words2).filter((word) => !word.startsWith("-")).map((word) => word.replace(/-[\d.]+(RC\d+)?$/, ""));
  const unknown = names.filter((extension) => !phpExtensionNames().has(extension));
  for (const extension of names) if (!unknown.includes(extension)) t.phpExtensions.add(extension);
  if (unknown.length > 0) t.note(instruction, `PHP extension(s) ${unknown.join(" ")}: not known in php.extensions; add them to the buildEnv by hand`);
  return true;
}
function translateCargoInstall(t, instruction, command2, install) {
  const stage = t.model.stages.find((candidate) => candidate.instructions.includes(instruction));
  let build = t.buildStages.find((candidate) => candidate.stage === stage && candidate.kind === "rust");
  if (!build) {
    build = { stage, kind: "rust", binding: bindingName(stage, "rust"), cargoSubdir: cargoSubdir(install.path), build: { instruction, command: command2 } };
    t.buildStages.push(build);
  }
  t.extraContents.add(build.binding);
  const variables = instruction.variables;
  const base = stageChain(stage)[0].image;
  const rustImage = base.kind === "image" && base.name !== void 0 && /(^|\/)rust$/.test(base.name.familiar);
  const home = variables.get("CARGO_HOME") ?? (rustImage ? "/usr/local/cargo" : "/root/.cargo");
  const root = install.root ?? variables.get("CARGO_INSTALL_ROOT") ?? home;
  t.programDirs.set(`${absolute(t.workingDir, root)}/bin`, build.binding);
  const binaries = t.context ? readCargoBinaries(t.model, instruction, command2, t.context, install.path) : { found: false, reason: "the build context was not given" };
  if (binaries.found) t.builtPrograms.set(build.binding, [.../* @__PURE__ */ new Set([...t.builtPrograms.get(build.binding) ?? [], ...binaries.names])]);
  else t.note(instruction, `cargo install --path ${install.path} is built by ${build.binding} (in contents, its bin/ in the image's /bin); the binaries are Cargo.toml's [package] name or [[bin]] names, and Cargo.toml was not read (${binaries.reason}): check that Cmd/Entrypoint name one of them`);
}
function translateRun(t, instruction, forImage) {
  const script = instruction.script;
  if (!script) {
    t.note(instruction, "RUN in a non-POSIX shell: nothing to translate");
    return;
  }
  const operations = packageOperations(script);
  const handled = new Set(operations.map((operation) => operation.command));
  const installs = installedBy(operations);
  for (const operation of operations) {
    const cargo = forImage ? cargoInstallOf(operation.command) : void 0;
    if (cargo) translateCargoInstall(t, instruction, operation.command, cargo);
    else translatePackages(t, instruction, operation, forImage ? installs.get(operation) : void 0);
  }
  if (forImage) {
    const kept = new Set(applyRemovals(t.installed.map((item) => item.entry), script, new Set([...installs.values()].flat())));
    const removed = /* @__PURE__ */ new Map();
    for (const item of t.installed.filter((candidate) => !kept.has(candidate.entry))) removed.set(item.line, [...removed.get(item.line) ?? [], item.entry.name]);
    for (const [line, names] of removed) {
      t.changes.push({ line, reason: `${sortedUnique(names).join(" ")}: removed again at line ${instruction.region.startLine}, so build inputs (in the dev shell), not in the image` });
    }
    t.installed.splice(0, t.installed.length, ...t.installed.filter((candidate) => kept.has(candidate.entry)));
  }
  const leftovers = [];
  for (const command2 of script.commands) {
    if (handled.has(command2) || command2.inSubstitution || command2.parent) continue;
    const name = programName(command2.argv[0]) ?? command2.argv[0]?.raw ?? "";
    if (name === "") continue;
    if (isDownloader(command2) && command2.pipeline.length > 1) {
      const url = command2.argv.slice(1).map((w) => w.value ?? "").find((v) => /^https?:\/\//.test(v));
      const known = url ? mapDownload(url) : void 0;
      if (known && known.attrs.length > 0) {
        const mappings = known.attrs.map((attr) => ({ name: url ?? attr, attrs: [attr], how: "map" }));
        t.devTools.push(...mappings);
        if (forImage) t.contents.push(...mappings);
        t.note(instruction, `${known.what} piped into a shell: replaced by ${known.attrs.map((a) => `pkgs.${a}`).join(" ")}; check nothing else of the script is needed`);
      } else t.note(instruction, `${url ?? "a download"} piped into a shell: no indexed nixpkgs package replaces it; fetch what it installs with pkgs.fetchurl and a hash`);
      continue;
    }
    if (command2.pipelineIndex > 0 && isShellName(name)) continue;
    if (name === "mkdir" && forImage) {
      for (const word of command2.argv.slice(1)) if (word.value && !word.value.startsWith("-")) t.mkdirs.add(absolute(t.workingDir, word.value));
      continue;
    }
    if (forImage && PHP_EXTENSION_COMMANDS.has(name) && phpExtensionsOf(t, command2, name, instruction)) continue;
    if (USER_COMMANDS.has(name)) {
      const created = forImage ? accountOf(command2, instruction.region.startLine) : void 0;
      if (created) {
        (created.kind === "user" ? t.users : t.groups).set(created.account.name, created.account);
        continue;
      }
      if (!forImage) continue;
      t.note(instruction, `${name}: users and groups of the image are /etc/passwd and /etc/group lines; add them with pkgs.dockerTools.fakeNss or a writeTextDir`);
      continue;
    }
    const writesFile = command2.redirects.some((redirect) => />/.test(redirect.operator) && redirect.target?.value !== "/dev/null");
    if (isHousekeeping(name) && !writesFile) continue;
    leftovers.push(commandText(command2).slice(0, 60));
  }
  if (leftovers.length > 0) {
    t.note(instruction, `RUN step with side effects Nix does not replay: ${sortedUnique(leftovers).slice(0, 4).join("; ")}`);
  }
}
function keepRuntime(t) {
  const buildOnly = /* @__PURE__ */ new Map();
  for (const { mapping, line } of t.installed) {
    if (mapping.change) t.changes.push({ line, reason: mapping.change });
    if (isBuildOnly(mapping)) buildOnly.set(line, [...buildOnly.get(line) ?? [], mapping.name]);
    else t.contents.push(mapping);
  }
  for (const [line, names] of buildOnly) t.changes.push({ line, reason: `${sortedUnique(names).join(" ")}: compilers and headers only a build needs (in the dev shell), not in the image` });
}
var BUILDER_TOOLCHAINS = { rust: /^(rustc|cargo)$/ };
function toolchainOutOfImage(t, ownBuilds, programsRun) {
  for (const build of ownBuilds) {
    const toolchain = BUILDER_TOOLCHAINS[build.kind];
    if (!toolchain) continue;
    const isToolchain = (attr) => toolchain.test(attr);
    if (t.contents.some((mapping) => mapping.attrs.some((attr) => isToolchain(attr) && programsOf(attr).some((program) => programsRun.has(program))))) continue;
    const moved = /* @__PURE__ */ new Set();
    for (const [index, mapping] of [...t.contents.entries()].reverse()) {
      const kept = mapping.attrs.filter((attr) => !isToolchain(attr));
      if (kept.length === mapping.attrs.length) continue;
      for (const attr of mapping.attrs) if (!kept.includes(attr)) moved.add(attr);
      if (kept.length === 0) t.contents.splice(index, 1);
      else t.contents[index] = { ...mapping, attrs: kept };
    }
    if (moved.size === 0) continue;
    const attrs2 = [...moved].sort().map((attr) => `pkgs.${attr}`).join(" ");
    t.changes.push({ line: build.stage.from.region.startLine, reason: `${attrs2}: the toolchain that builds ${build.binding} (its builder brings it; in the dev shell), not in the image, which runs the build's output` });
  }
}

// src/nix/nixify/project-name.ts
import path9 from "node:path";

// src/nix/nixify/pom.ts
var { loadGrammar } = await loadTreeSitterRuntime();
var parser = await loadGrammar("tree-sitter-xml.wasm", "@cursorless/tree-sitter-wasms/out");
var tagName = (element) => element.namedChildren.find((child) => child?.type === "STag" || child?.type === "EmptyElemTag")?.namedChildren.find((child) => child?.type === "Name")?.text;
var childElements = (element) => element.namedChildren.find((child) => child?.type === "content")?.namedChildren.filter((child) => child?.type === "element") ?? [];
function pomArtifactId(text) {
  const tree = parser.parse(text);
  if (!tree) return void 0;
  try {
    const root = tree.rootNode.childForFieldName("root");
    if (!root || tagName(root) !== "project") return void 0;
    const artifact = childElements(root).find((element) => tagName(element) === "artifactId");
    const parts = artifact?.namedChildren.find((child) => child?.type === "content")?.namedChildren ?? [];
    if (parts.length === 0 || parts.some((part) => part?.type !== "CharData")) return void 0;
    const value = parts.map((part) => part.text).join("").trim();
    return value === "" || value.includes("${") ? void 0 : value;
  } finally {
    tree.delete();
  }
}

// src/nix/nixify/project-name.ts
var MANIFESTS = { rust: "Cargo.toml", go: "go.mod", npm: "package.json", yarn: "package.json", pnpm: "package.json", maven: "pom.xml" };
function derivationName(name) {
  const clean = name.replace(/[^A-Za-z0-9+._?=-]+/g, "-").replace(/^[.-]+/, "").slice(0, 100).replace(/-+$/, "");
  return clean === "" ? void 0 : clean;
}
var withoutScope = (name) => name.replace(/^@[^/]*\//, "");
function tomlPackageName(text) {
  try {
    const parsed = contextParsers().toml.parse(text);
    return typeof parsed.package?.name === "string" ? parsed.package.name : void 0;
  } catch (error) {
    if (error instanceof ContextParsersNeeded) throw error;
    return void 0;
  }
}
function packageJsonName(text) {
  try {
    const parsed = JSON.parse(text);
    const name = parsed && typeof parsed === "object" ? parsed.name : void 0;
    return typeof name === "string" ? withoutScope(name) : void 0;
  } catch {
    return void 0;
  }
}
function goModuleName(text) {
  for (const line of text.split(/\r?\n/)) {
    const words2 = line.replace(/\/\/.*$/, "").trim().split(/\s+/);
    if (words2[0] !== "module" || words2.length !== 2) continue;
    const elements = words2[1].replace(/^(["`])(.*)\1$/, "$2").split("/").filter(Boolean);
    const last = elements.at(-1);
    return last && /^v\d+$/.test(last) && elements.length > 1 ? elements.at(-2) : last;
  }
  return void 0;
}
function manifestName(model, build, context) {
  const manifest = MANIFESTS[build.kind];
  if (!build.build) return void 0;
  const { instruction, command: command2 } = build.build;
  const directory = build.kind === "rust" ? cargoInstallOf(command2)?.path ?? "." : ".";
  const cwd = instruction.script ? shellDirectoryBefore(instruction.script, command2) : void 0;
  const located = locateContextFile(model, instruction, path9.posix.join(directory, manifest), context, cwd);
  if (!located.found) return void 0;
  if (build.kind === "rust") return tomlPackageName(located.text);
  if (build.kind === "go") return goModuleName(located.text);
  return build.kind === "maven" ? pomArtifactId(located.text) : packageJsonName(located.text);
}
function pnameOf(model, build, context) {
  const candidates = [
    ...build.pnpm?.workspaces.map(withoutScope) ?? [],
    context ? manifestName(model, build, context) : void 0,
    build.go?.binary,
    ...build.outputNames ?? [],
    build.stage.name
  ];
  for (const candidate of candidates) {
    const name = candidate === void 0 ? void 0 : derivationName(candidate);
    if (name) return name;
  }
  return `stage-${build.stage.index}`;
}

// src/nix/nixify/translate.ts
var { parseShellFile } = await loadShellParser();
function translateCopy(t, instruction, buildStages) {
  const from = instruction.flags.find((flag) => flag.name === "from")?.value;
  if (instruction.heredocs.length > 0) {
    const destination2 = instruction.args.find((arg) => !arg.raw.startsWith("<<") && arg.span.end <= instruction.heredocs[0].bodySpan.start);
    if (destination2?.value && instruction.heredocs.length === 1) {
      t.heredocFiles.push({ path: absolute(t.workingDir, destination2.value), text: instruction.heredocs[0].body, line: instruction.region.startLine });
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
    const binary = built && sources.length === 1 ? builtProgram(built, sources[0]) : void 0;
    const jarIntoDirectory = destinationRaw.endsWith("/") || destinationRaw === ".";
    const jar = built && sources.length === 1 ? builtJar(built, sources[0], destination, jarIntoDirectory) : void 0;
    if (built && jar && (!built.jar || built.jar.source === jar.source && built.jar.name === jar.name)) {
      built.jar = jar;
      const file = path10.posix.basename(jar.source);
      if (!/[*?[]/.test(file)) built.outputNames = [file.replace(/\.jar$/, "").replace(/-\d.*$/, "")];
      const word = { drv: raw(built.binding), path: `/share/java/${jar.name}` };
      const at = jarIntoDirectory ? `${destination}/${jar.name}` : destination;
      t.programPaths.set(at, word);
      t.builtJars.push({ at, binding: built.binding, word, line: instruction.region.startLine });
      t.extraContents.add(built.binding);
    } else if (built && binary) {
      built.outputNames = [.../* @__PURE__ */ new Set([...built.outputNames ?? [], binary])];
      t.programPaths.set(intoDirectory ? `${destination}/${path10.posix.basename(sources[0])}` : destination, { drv: raw(built.binding), path: `/bin/${binary}` });
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
  const ambiguous = sources.some((source) => !source.endsWith("/") && !/[*?[]/.test(source) && !/.\.[A-Za-z0-9]+$/.test(path10.posix.basename(source)) && path10.posix.normalize(source) !== ".");
  const mkdir = `mkdir -p ${intoDirectory || ambiguous ? target : `$out${shellPath(path10.posix.dirname(destination))}`}`;
  if (!t.copyScript.includes(mkdir)) t.copyScript.push(mkdir);
  for (const source of sources) {
    const clean = path10.posix.normalize(source).replace(/^(\.\/)+/, "").replace(/\/$/, "");
    const into = intoDirectory ? `${target}/` : target;
    const from2 = `$src/${shellPath(clean)}`;
    const line = instruction.region.startLine;
    const fileAt = intoDirectory ? `${destination === "/" ? "" : destination}/${path10.posix.basename(clean)}` : destination;
    if (clean === "." || clean === "") {
      t.copyScript.push(`cp -r $src/. ${into}`);
      t.contextCopies.push({ source: ".", dirAt: destination, line });
    } else if (source.endsWith("/")) {
      t.copyScript.push(`cp -r ${from2}/. ${into}`);
      t.contextCopies.push({ source: clean, dirAt: destination, line });
    } else if (/[*?[]/.test(clean)) {
      t.copyScript.push(`cp -r ${from2} ${into}`);
      t.contextCopies.push({ source: path10.posix.dirname(clean), dirAt: destination, line });
    } else if (/.\.[A-Za-z0-9]+$/.test(path10.posix.basename(clean))) {
      t.copyScript.push(`cp -r ${from2} ${into}`);
      t.contextCopies.push({ source: clean, fileAt, line });
    } else {
      t.copyScript.push(`if [ -d ${from2} ]; then cp -r ${from2}/. ${target}/; else cp ${from2} ${into}; fi`);
      t.contextCopies.push({ source: clean, fileAt, dirAt: destination, line });
    }
  }
}
function execForm(t, instruction) {
  if (instruction.form === "exec") return execArguments(t.model, instruction);
  t.needsShell = true;
  return ["/bin/sh", "-c", argumentsSource(t.model, instruction)];
}
function shellScriptOf(instruction, words2) {
  if (!isShellName(path10.posix.basename(words2[0] ?? ""))) return void 0;
  const flag = words2.findIndex((word, i) => i > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(word));
  const index = flag > 0 ? words2.findIndex((word, i) => i > flag && !word.startsWith("-")) : -1;
  if (index < 0) return void 0;
  const text = words2[index];
  return { index, script: parseShellFile({ text, offset: 0, variables: instruction.variables, positions: createPositionMapper(text) }) };
}
function scriptPrograms(script) {
  return script?.script.commands.filter((command2) => !command2.parent && !command2.inSubstitution).map((command2) => command2.argv[0]?.value === "exec" ? command2.argv[1] : command2.argv[0]).flatMap((word) => word?.value && !word.value.startsWith("-") ? [word.value] : []);
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
      for (const [key, value, unresolved] of keyValuePairs(t.model, instruction)) {
        t.env.set(key, value);
        t.envLines.set(key, instruction.region.startLine);
        t.envUnresolved.set(key, unresolved);
      }
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
      t.userLine = instruction.region.startLine;
      t.user = instruction.args[0]?.value?.replace(/^"(.*)"$|^'(.*)'$/, "$1$2");
      if (t.user === void 0) t.note(instruction, "USER depends on a variable without a known value: set User (a numeric uid needs no /etc/passwd entry)");
      return;
    case "ENTRYPOINT":
      t.entrypoint = execForm(t, instruction);
      t.entrypointLine = instruction.region.startLine;
      t.entrypointScript = shellScriptOf(instruction, t.entrypoint);
      t.entrypointPrograms = scriptPrograms(t.entrypointScript);
      t.cmd = void 0;
      t.cmdScript = void 0;
      t.cmdPrograms = void 0;
      return;
    case "CMD":
      t.cmd = execForm(t, instruction);
      t.cmdLine = instruction.region.startLine;
      t.cmdScript = shellScriptOf(instruction, t.cmd);
      t.cmdPrograms = scriptPrograms(t.cmdScript);
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
function nixify(model, context) {
  const final = model.stages[model.stages.length - 1];
  if (!final) return imagelessFlake(model);
  const chain = stageChain(final);
  const root = chain[0];
  const rootImage = root.image.kind === "scratch" ? "scratch" : root.image.resolved ?? root.image.raw;
  if (root.image.kind !== "scratch" && mapImage(root.image.name, rootImage).kind === "windows") return windowsFlake(model, rootImage);
  const t = new Translation(model, context);
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
    if (mapping.kind === "removed" && !mapping.nearest?.length || mapping.kind === "unknown" || mapping.kind === "unresolved") {
      t.untranslated.push({
        line: root.from.region.startLine,
        instruction: oneLine(model, root.from),
        reason: mapping.kind === "removed" ? `base image has no equivalent in this nixpkgs (${mapping.note ?? "version removed"}); pick a supported version` : mapping.kind === "unknown" ? "no nixpkgs equivalent of this base image is known: add the packages it provides to contents, or use pkgs.dockerTools.pullImage (digest and hash) as fromImage" : "base image depends on a build argument without a default"
      });
    } else if (mapping.kind === "base-os") baseNote = `${rootImage} is a base OS image: the Nix image needs none, only the packages below.`;
  }
  for (const stage of chain) for (const instruction of stage.instructions) translateInstruction(t, instruction, true, buildStages);
  keepRuntime(t);
  const programsRun = new Set([...t.entrypoint ?? [], ...t.cmd ?? [], ...t.entrypointPrograms ?? [], ...t.cmdPrograms ?? []].map((word) => path10.posix.basename(word)));
  toolchainOutOfImage(t, t.buildStages.filter((build) => chain.includes(build.stage)), programsRun);
  for (const build of t.buildStages) build.pname = pnameOf(model, build, context);
  for (const build of t.buildStages) for (const note of build.notes ?? []) t.untranslated.push({ line: note.line, instruction: instructionAt(model, note.line), reason: note.reason });
  const image = checkedImage(t, context);
  for (const note of image.notes) t.untranslated.push({ line: note.line, instruction: instructionAt(model, note.line), reason: note.reason });
  for (const failure of image.failures) t.untranslated.push({ line: failure.line, instruction: instructionAt(model, failure.line), reason: failure.message });
  t.untranslated.sort((a, b) => a.line - b.line);
  return { flake: printFlake(t, image, baseNote), untranslated: t.untranslated, failures: image.failures, windows: false };
}
export {
  nixify
};
