import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/shell/downloads.ts
var VERIFICATION_INPUT = /\.(asc|sig|sign|minisig|gpg|pgp|sha1|sha256|sha512|sha256sum|sha512sum|md5|sum|pub|pem|crt|key)$|\/(KEYS|gpg|gpgkey)$|\/pks\/lookup$|SHA256SUMS|SHA512SUMS|checksums?\.txt$/i;
function downloadUrls(command) {
  const call = webClientCall(command);
  if (call) return call.url ? [call.url] : [];
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
function webClientCall(command) {
  return command.webClient;
}

// src/shell/commands.ts
var ECOSYSTEM = {
  apt: "os",
  apk: "os",
  dnf: "os",
  yum: "os",
  microdnf: "os",
  zypper: "os",
  pacman: "os",
  pip: "python",
  uv: "python",
  poetry: "python",
  pipenv: "python",
  npm: "javascript",
  yarn: "javascript",
  pnpm: "javascript",
  bun: "javascript",
  go: "go",
  cargo: "rust",
  gem: "ruby",
  bundler: "ruby",
  // conda packages are Python, R, C libraries and compilers alike: a distribution of their own.
  conda: "conda",
  // Chocolatey installs Windows programs (installers, zips) from its community feed: no Linux distribution's packages.
  choco: "windows",
  dotnet: "dotnet"
};
function managersOf(ecosystem) {
  return new Set(Object.keys(ECOSYSTEM).filter((manager2) => ECOSYSTEM[manager2] === ecosystem));
}
var set = (...values) => new Set(values);
var shell = { shell: true, interpreter: true };
var interpreter = { interpreter: true };
var downloader = { downloader: true };
var wrapper = (syntax) => ({ wrapper: syntax });
var manager = (packageManager, facts = {}) => ({ packageManager, ...facts });
var runner = (packageRunner) => ({ packageRunner });
var toolchains = (toolchainInstaller) => ({ toolchainInstaller });
var verifier = (verifies = () => true) => ({ verifies });
var COMMANDS = new Map([
  ["sh", shell],
  ["bash", shell],
  ["dash", shell],
  ["ash", shell],
  ["zsh", shell],
  ["ksh", shell],
  ["mksh", shell],
  ["python", { interpreter: true, versioned: true }],
  ["perl", interpreter],
  ["ruby", interpreter],
  ["node", interpreter],
  ["php", interpreter],
  ...["pwsh", "powershell"].map((name) => [name, { interpreter: true, powershell: true }]),
  ["iex", interpreter],
  ["Invoke-Expression", interpreter],
  ["invoke-expression", interpreter],
  ["curl", downloader],
  ["wget", downloader],
  ["fetch", downloader],
  ["aria2c", downloader],
  // PowerShell (Windows RUNs): names as usually written and in lower case.
  ...["Invoke-WebRequest", "invoke-webrequest", "iwr", "Invoke-RestMethod", "invoke-restmethod", "irm"].map((name) => [name, { downloader: true, savesWith: /^-outf(i(le?)?)?$/i }]),
  ...["Start-BitsTransfer", "start-bitstransfer"].map((name) => [name, { downloader: true, savesWith: /^-dest(i(n(a(t(i(on?)?)?)?)?)?)?$/i }]),
  ["sudo", wrapper({ optionsWithValue: set("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T", "--user", "--group") })],
  ["doas", wrapper({ optionsWithValue: set("-u", "-C") })],
  ["env", wrapper({ optionsWithValue: set("-u", "--unset", "-C", "--chdir", "-S"), skipsAssignments: true })],
  ["nice", wrapper({ optionsWithValue: set("-n", "--adjustment") })],
  ["ionice", wrapper({ optionsWithValue: set("-c", "-n", "-p", "-t") })],
  ["nohup", wrapper({ optionsWithValue: set() })],
  ["time", wrapper({ optionsWithValue: set("-f", "-o", "--format", "--output") })],
  ["exec", wrapper({ optionsWithValue: set("-a") })],
  ["command", wrapper({ optionsWithValue: set() })],
  ["builtin", wrapper({ optionsWithValue: set() })],
  ["stdbuf", wrapper({ optionsWithValue: set("-i", "-o", "-e") })],
  ["timeout", wrapper({ optionsWithValue: set("-s", "-k", "--signal", "--kill-after"), operands: 1 })],
  ["xargs", wrapper({ optionsWithValue: set("-a", "-d", "-E", "-I", "-L", "-n", "-P", "-s", "--arg-file", "--delimiter", "--max-args", "--max-procs") })],
  ["eatmydata", wrapper({ optionsWithValue: set() })],
  ["retry", wrapper({ optionsWithValue: set("-t", "-d", "--times", "--delay") })],
  ["fakeroot", wrapper({ optionsWithValue: set("-l", "-s", "-i") })],
  ["chronic", wrapper({ optionsWithValue: set() })],
  ["busybox", wrapper({ optionsWithValue: set(), multiCall: true })],
  ["apt-get", manager("apt")],
  ["apt", manager("apt")],
  ["aptitude", manager("apt")],
  ["apk", manager("apk")],
  ["dnf", manager("dnf")],
  ["dnf5", manager("dnf")],
  ["tdnf", manager("dnf")],
  ["yum", manager("yum")],
  ["microdnf", manager("microdnf")],
  ["zypper", manager("zypper")],
  ["pacman", manager("pacman")],
  // AUR helpers take pacman's syntax (and build the AUR's packages at whatever their PKGBUILD says today).
  ["yay", manager("pacman")],
  ["paru", manager("pacman")],
  ["pip", manager("pip", { versioned: true })],
  ["pipx", manager("pip")],
  ["uv", manager("uv")],
  ["poetry", manager("poetry")],
  ["pipenv", manager("pipenv")],
  ["conda", manager("conda")],
  ["mamba", manager("conda")],
  ["micromamba", manager("conda")],
  ["npm", manager("npm")],
  ["yarn", manager("yarn")],
  ["yarnpkg", manager("yarn")],
  ["pnpm", manager("pnpm")],
  ["bun", manager("bun")],
  ["npx", runner("npm")],
  ["bunx", runner("bun")],
  ["pnpx", runner("pnpm")],
  // uvx is `uv tool run`.
  ["uvx", runner("uv")],
  ["corepack", toolchains("corepack")],
  ["gem", manager("gem")],
  ["bundle", manager("bundler")],
  ["bundler", manager("bundler")],
  ["go", manager("go")],
  ["cargo", manager("cargo")],
  ["choco", manager("choco")],
  // Chocolatey's shorthands: `cinst` is `choco install`, `cup` is `choco upgrade`.
  ["cinst", manager("choco")],
  ["cup", manager("choco")],
  ["dotnet", manager("dotnet")],
  ["rustup", toolchains("rustup")],
  // rustup's installer is rustup itself under another name: it installs a default toolchain.
  ["rustup-init", toolchains("rustup")],
  // Checks with `-c`; without it a checksum tool only prints (see `isVerifier` for a printed sum that is compared).
  ...["sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "shasum", "b2sum", "md5sum", "cksum"].map((name) => [name, { ...verifier((args) => args.some((arg) => arg === "--check" || /^-[a-zA-Z]*c[a-zA-Z]*$/.test(arg))), printsSum: true }]),
  ["gpgv", verifier()],
  ["minisign", verifier()],
  ["signify", verifier()],
  ...["gpg", "gpg2"].map((name) => [name, { ...verifier((args) => args.includes("--verify")), trustsKeys: importsKey, fetchesKeys: keyserverFetches, showsFingerprint: printsFingerprint }]),
  ["apt-key", { trustsKeys: (args) => args[0] === "add", fetchesKeys: (args) => args[0] === "adv" ? keyserverFetches(args) : [] }],
  ["rpm", { trustsKeys: (args) => args.includes("--import"), fetchesKeys: importedUrls, opensFiles: true }],
  ["rpmkeys", { trustsKeys: (args) => args.includes("--import"), fetchesKeys: importedUrls }],
  // Programs that open a downloaded file's content: using it (before a check, the check comes too late).
  ...["tar", "unzip", "gunzip", "bunzip2", "unxz", "xz", "zstd", "unzstd", "7z", "7za", "dpkg", "java", "source", "."].map((name) => [name, { opensFiles: true }]),
  ...["mv", "cp"].map((name) => [name, { copiesFiles: true }]),
  ["cosign", verifier((args) => args[0] === "verify-blob" || args[0] === "verify")],
  ["openssl", verifier((args) => args[0] === "dgst" || args[0] === "sha256")],
  // `if ((Get-FileHash x.zip).Hash -ne $env:SHA256) { exit 1 }` and `certutil -hashfile`: how Windows RUNs check a download.
  ...["Get-FileHash", "get-filehash"].map((name) => [name, verifier()]),
  ["certutil", verifier((args) => args.some((arg) => arg.toLowerCase() === "-hashfile"))],
  ["date", { stamps: (args) => readsClock(args) ? "time" : void 0 }],
  ["hostname", { stamps: (args) => args.some((arg) => !arg.startsWith("-")) ? void 0 : "host" }],
  ["uname", { stamps: (args) => args.some((arg) => arg === "-n" || arg === "--nodename" || arg === "-a" || arg === "--all") ? "host" : void 0 }]
]);
function importsKey(args) {
  return args.some((arg) => arg === "--import" || arg === "--dearmor" || arg === "--enarmor") && !args.includes("--import-options") && !args.includes("--show-keys");
}
var REMOTE_KEY = /^(?:https?|ftp|hkps?|ldap):\/\//i;
var SHORT_KEY_ID = /^(?:0x)?(?:[0-9a-f]{8}|[0-9a-f]{16})$/i;
function importedUrls(args) {
  if (!args.includes("--import")) return [];
  return args.flatMap((arg, index) => REMOTE_KEY.test(arg) ? [{ index, by: "url", via: "--import" }] : []);
}
function keyserverFetches(args) {
  const found = [];
  let via;
  args.forEach((arg, index) => {
    if (arg.startsWith("-")) via = ["--fetch-keys", "--recv-keys", "--recv-key", "--receive-keys", "--recv"].includes(arg) ? arg : void 0;
    else if (via === "--fetch-keys" && REMOTE_KEY.test(arg)) found.push({ index, by: "url", via });
    else if (via !== void 0 && via !== "--fetch-keys" && SHORT_KEY_ID.test(arg)) found.push({ index, by: "short-id", via });
  });
  return found;
}
function printsFingerprint(args) {
  return args.some((arg) => arg === "--show-keys" || arg === "--with-fingerprint" || arg === "--fingerprint" || arg === "--with-subkey-fingerprint" || arg === "show-only");
}
function readsClock(args) {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const date = arg === "-d" || arg === "--date" ? args[index + 1] : /^(?:--date=|-d)(.+)$/s.exec(arg)?.[1];
    if (date !== void 0) return /\b(now|today|tomorrow|yesterday|ago|next|last)\b/i.test(date);
    if (arg === "-r" || arg === "--reference" || arg.startsWith("--reference=") || arg === "-f" || arg === "--file" || arg.startsWith("--file=") || arg === "-s" || arg === "--set") return false;
  }
  return true;
}
function knownName(name) {
  if (name === void 0) return void 0;
  if (COMMANDS.has(name)) return name;
  const unversioned = withoutVersion(name);
  return COMMANDS.get(unversioned)?.versioned ? unversioned : void 0;
}
function commandFacts(name) {
  const known = knownName(name);
  return known === void 0 ? void 0 : COMMANDS.get(known);
}
function withoutVersion(name) {
  let end = name.length;
  while (end > 0 && /[0-9.]/.test(name[end - 1])) end--;
  return name.slice(0, end);
}
function programName(word) {
  return word?.value?.split("/").pop();
}
function commandName(command) {
  return programName(command.argv[0]);
}
function isKnownProgram(name) {
  return commandFacts(name) !== void 0;
}
function isShellName(name) {
  return commandFacts(name)?.shell === true;
}
function isPosixShellArgv(argv) {
  const name = shellArgvName(argv);
  if (commandFacts(name)?.wrapper?.multiCall) return isPosixShellArgv(argv.slice(1));
  return isShellName(name);
}
function isPowerShellArgv(argv) {
  return runsPowerShell(shellArgvName(argv));
}
function runsPowerShell(name) {
  return name !== void 0 && commandFacts(windowsProgramName(name))?.powershell === true;
}
function windowsProgramName(name) {
  return name.split(/[\\/]/).pop().toLowerCase().replace(/\.exe$/, "");
}
function shellArgvName(argv) {
  return windowsProgramName(argv[0] ?? "");
}
function isInterpreter(command) {
  return commandFacts(commandName(command))?.interpreter === true;
}
function isDownloader(command) {
  return commandFacts(commandName(command))?.downloader === true || webClientCall(command) !== void 0;
}
function downloaderName(command) {
  return webClientCall(command)?.method ?? commandName(command);
}
function isVerifier(command) {
  const facts = commandFacts(commandName(command));
  if (facts?.verifies?.(command.argv.slice(1).map((word) => word.value ?? ""))) return true;
  return facts?.printsSum === true && (command.inSubstitution || command.pipelineIndex < command.pipeline.length - 1);
}
function factsOf(command) {
  return commandFacts(commandName(command));
}
function buildStampOf(command) {
  return commandFacts(commandName(command))?.stamps?.(command.argv.slice(1).map((word) => word.value ?? ""));
}
function packageManagerOf(name) {
  return commandFacts(name)?.packageManager;
}
function packageRunnerOf(name) {
  return commandFacts(name)?.packageRunner;
}
function toolchainInstallerOf(name) {
  return commandFacts(name)?.toolchainInstaller;
}

// src/shell/wrappers.ts
function unwrapArgv(words) {
  let argv = words;
  for (let guard = 0; guard < 8 && argv.length > 0; guard++) {
    const wrapper2 = commandFacts(programName(argv[0]))?.wrapper;
    if (!wrapper2) break;
    if (wrapper2.multiCall) {
      const applet = argv[1]?.value;
      if (applet === void 0 || applet.startsWith("-")) break;
      argv = argv.slice(1);
      continue;
    }
    let i = 1;
    let operands = wrapper2.operands ?? 0;
    while (i < argv.length) {
      const value = argv[i].value;
      if (value === void 0) break;
      if (value === "--") {
        i++;
        break;
      }
      if (value.startsWith("-") && value.length > 1) {
        i += wrapper2.optionsWithValue.has(value) ? 2 : 1;
        continue;
      }
      if (wrapper2.skipsAssignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) {
        i++;
        continue;
      }
      if (operands > 0) {
        operands--;
        i++;
        continue;
      }
      break;
    }
    if (i >= argv.length) return argv;
    argv = argv.slice(i);
  }
  return argv;
}
function environmentValue(command, name, scope) {
  const prefix = command.assignments.findLast((assignment) => assignment.name === name);
  if (prefix) return prefix.value;
  const start = command.argv[0] ? command.words.indexOf(command.argv[0]) : -1;
  const wrapped = command.words.slice(0, Math.max(0, start)).findLast((word) => word.value?.startsWith(`${name}=`));
  if (wrapped) return wrapped.value.slice(name.length + 1);
  return scope.get(name);
}

// src/shell/grammar-needed.ts
var PowerShellGrammarNeeded = class extends Error {
  constructor() {
    super("the PowerShell grammar is not loaded (await loadPowerShellGrammar() and parse again)");
  }
};

// src/shell/types.ts
var MAX_EXPANDED_LENGTH = 1024 * 1024;

export {
  MAX_EXPANDED_LENGTH,
  downloadUrls,
  urlText,
  isVerificationInput,
  contains,
  webClientCall,
  ECOSYSTEM,
  managersOf,
  knownName,
  programName,
  commandName,
  isKnownProgram,
  isShellName,
  isPosixShellArgv,
  isPowerShellArgv,
  runsPowerShell,
  windowsProgramName,
  isInterpreter,
  isDownloader,
  downloaderName,
  isVerifier,
  factsOf,
  buildStampOf,
  packageManagerOf,
  packageRunnerOf,
  toolchainInstallerOf,
  unwrapArgv,
  environmentValue,
  PowerShellGrammarNeeded
};
