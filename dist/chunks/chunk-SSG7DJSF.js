import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __reproAuditFilename = __fileURLToPath(import.meta.url); const __reproAuditDirname = __pathDirname(__reproAuditFilename);

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

// src/shell/wrappers.ts
var set = (...values) => new Set(values);
var WRAPPERS = {
  sudo: { optionsWithValue: set("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T", "--user", "--group") },
  doas: { optionsWithValue: set("-u", "-C") },
  env: { optionsWithValue: set("-u", "--unset", "-C", "--chdir", "-S"), skipsAssignments: true },
  nice: { optionsWithValue: set("-n", "--adjustment") },
  ionice: { optionsWithValue: set("-c", "-n", "-p", "-t") },
  nohup: { optionsWithValue: set() },
  time: { optionsWithValue: set("-f", "-o", "--format", "--output") },
  exec: { optionsWithValue: set("-a") },
  command: { optionsWithValue: set() },
  builtin: { optionsWithValue: set() },
  stdbuf: { optionsWithValue: set("-i", "-o", "-e") },
  timeout: { optionsWithValue: set("-s", "-k", "--signal", "--kill-after"), operands: 1 },
  xargs: { optionsWithValue: set("-a", "-d", "-E", "-I", "-L", "-n", "-P", "-s", "--arg-file", "--delimiter", "--max-args", "--max-procs") },
  eatmydata: { optionsWithValue: set() },
  retry: { optionsWithValue: set("-t", "-d", "--times", "--delay") },
  "fakeroot": { optionsWithValue: set("-l", "-s", "-i") },
  chronic: { optionsWithValue: set() }
};
function programName(word) {
  return word?.value?.split("/").pop();
}
function unwrapArgv(words) {
  let argv = words;
  for (let guard = 0; guard < 8 && argv.length > 0; guard++) {
    const name = programName(argv[0]);
    const wrapper = name ? WRAPPERS[name] : void 0;
    if (!wrapper) break;
    let i = 1;
    let operands = wrapper.operands ?? 0;
    while (i < argv.length) {
      const value = argv[i].value;
      if (value === void 0) break;
      if (value === "--") {
        i++;
        break;
      }
      if (value.startsWith("-") && value.length > 1) {
        i += wrapper.optionsWithValue.has(value) ? 2 : 1;
        continue;
      }
      if (wrapper.skipsAssignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(value)) {
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

export {
  parseImageName,
  isFullSha256Digest,
  programName,
  unwrapArgv
};
