import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

// src/shell/commands.ts
var ECOSYSTEM = {
  apt: "os",
  apk: "os",
  dnf: "os",
  yum: "os",
  microdnf: "os",
  zypper: "os",
  pip: "python",
  uv: "python",
  npm: "javascript",
  yarn: "javascript",
  pnpm: "javascript",
  bun: "javascript",
  go: "go",
  cargo: "rust",
  gem: "ruby"
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
  ["pwsh", interpreter],
  ["powershell", interpreter],
  ["iex", interpreter],
  ["curl", downloader],
  ["wget", downloader],
  ["fetch", downloader],
  ["aria2c", downloader],
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
  ["pip", manager("pip", { versioned: true })],
  ["pipx", manager("pip")],
  ["uv", manager("uv")],
  ["npm", manager("npm")],
  ["yarn", manager("yarn")],
  ["yarnpkg", manager("yarn")],
  ["pnpm", manager("pnpm")],
  ["bun", manager("bun")],
  ["gem", manager("gem")],
  ["go", manager("go")],
  ["cargo", manager("cargo")],
  ...["sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "shasum", "b2sum", "md5sum", "cksum"].map((name) => [name, verifier()]),
  ["gpgv", verifier()],
  ["minisign", verifier()],
  ["signify", verifier()],
  ["gpg", verifier((args) => args.includes("--verify"))],
  ["gpg2", verifier((args) => args.includes("--verify"))],
  ["cosign", verifier((args) => args[0] === "verify-blob" || args[0] === "verify")],
  ["openssl", verifier((args) => args[0] === "dgst" || args[0] === "sha256")]
]);
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
  const name = (argv[0] ?? "").split(/[\\/]/).pop().toLowerCase().replace(/\.exe$/, "");
  if (commandFacts(name)?.wrapper?.multiCall) return isPosixShellArgv(argv.slice(1));
  return isShellName(name);
}
function isInterpreter(command) {
  return commandFacts(commandName(command))?.interpreter === true;
}
function isDownloader(command) {
  return commandFacts(commandName(command))?.downloader === true;
}
function isVerifier(command) {
  const verifies = commandFacts(commandName(command))?.verifies;
  return verifies !== void 0 && verifies(command.argv.slice(1).map((word) => word.value ?? ""));
}
function packageManagerOf(name) {
  return commandFacts(name)?.packageManager;
}

// src/shell/types.ts
var MAX_EXPANDED_LENGTH = 1024 * 1024;

export {
  MAX_EXPANDED_LENGTH,
  ECOSYSTEM,
  managersOf,
  knownName,
  commandFacts,
  programName,
  commandName,
  isKnownProgram,
  isShellName,
  isPosixShellArgv,
  isInterpreter,
  isDownloader,
  isVerifier,
  packageManagerOf
};
