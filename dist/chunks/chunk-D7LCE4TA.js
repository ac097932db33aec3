import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

export {
  parseImageName,
  isFullSha256Digest
};
