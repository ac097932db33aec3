/** Installer scripts and release downloads that nixpkgs packages, by their URLs. */
import { isIndexedAttr } from './data/index.js';

const KNOWN_DOWNLOADS: { pattern: RegExp; attrs: (match: RegExpExecArray) => string[]; what: string }[] = [
  { pattern: /(^|\/\/)(sh\.rustup\.rs|rustup\.rs|static\.rust-lang\.org\/rustup)/, attrs: () => ['rustc', 'cargo'], what: 'the rustup installer' },
  { pattern: /nvm-sh\/nvm|\/nvm\/.*install\.sh/, attrs: () => ['nodejs'], what: 'the nvm installer' },
  { pattern: /(deb|rpm)\.nodesource\.com\/setup_(\d+)/, attrs: (m) => [`nodejs_${m[2]}`, 'nodejs'], what: 'the NodeSource setup script' },
  { pattern: /nodejs\.org\/dist\/v(\d+)\./, attrs: (m) => [`nodejs_${m[1]}`], what: 'a Node.js release' },
  { pattern: /(get|test)\.docker\.com/, attrs: () => ['docker'], what: 'the get.docker.com script' },
  { pattern: /deno\.land\/(x\/)?install|deno\.land\/install\.sh|denoland\/deno_install/, attrs: () => ['deno'], what: 'the Deno installer' },
  { pattern: /bun\.sh\/install/, attrs: () => ['bun'], what: 'the Bun installer' },
  { pattern: /astral\.sh\/uv/, attrs: () => ['uv'], what: 'the uv installer' },
  { pattern: /install\.python-poetry\.org|python-poetry\/install/, attrs: () => ['poetry'], what: 'the Poetry installer' },
  { pattern: /get\.helm\.sh|helm\/helm\/.*get-helm/, attrs: () => ['kubernetes-helm'], what: 'the Helm installer' },
  { pattern: /(go\.dev|golang\.org|dl\.google\.com\/go)\/(dl\/)?go1\.(\d+)/, attrs: (m) => [`go_1_${m[3]}`], what: 'a Go release' },
  { pattern: /python\.org\/ftp\/python\/3\.(\d+)/, attrs: (m) => [`python3${m[1]}`], what: 'a CPython release' },
  { pattern: /dl-cdn\.alpinelinux\.org|deb\.debian\.org|archive\.ubuntu\.com/, attrs: () => [], what: 'a distro package' },
  { pattern: /getcomposer\.org/, attrs: () => ['phpPackages.composer'], what: 'the Composer installer' },
  { pattern: /get\.rvm\.io/, attrs: () => ['ruby'], what: 'the RVM installer' },
  { pattern: /pyenv\.run|pyenv-installer/, attrs: () => ['python3'], what: 'the pyenv installer' },
  { pattern: /awscli\.amazonaws\.com\/awscli-exe/, attrs: () => ['awscli2'], what: 'the AWS CLI v2 installer' },
  { pattern: /releases\.hashicorp\.com\/terraform/, attrs: () => ['terraform'], what: 'a Terraform release' },
  { pattern: /dl\.k8s\.io|storage\.googleapis\.com\/kubernetes-release/, attrs: () => ['kubectl'], what: 'a kubectl release' },
];

/** The first indexed attribute a known download maps to, with what it is; undefined when unknown. */
export function mapDownload(url: string): { attrs: string[]; what: string } | undefined {
  for (const known of KNOWN_DOWNLOADS) {
    const match = known.pattern.exec(url);
    if (!match) continue;
    const indexed = known.attrs(match).filter(isIndexedAttr);
    return { attrs: indexed.slice(0, indexed[0]?.startsWith('nodejs_') ? 1 : indexed.length), what: known.what };
  }
  return undefined;
}

/** `https://github.com/owner/repo(.git)` → owner and repo. */
export function githubRepository(url: string): { owner: string; repo: string } | undefined {
  const match = /^(?:https?:\/\/|git@|ssh:\/\/git@|git:\/\/)github\.com[/:]([^/\s]+)\/([^/\s#?]+?)(?:\.git)?\/?(?:[#?].*)?$/.exec(url);
  return match ? { owner: match[1], repo: match[2] } : undefined;
}

