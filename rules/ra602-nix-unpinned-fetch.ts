import {
  code,
  defineFileRule,
  flakeRefAttributes,
  nixAttrsetShape,
  nixBuiltinName,
  nixCall,
  nixDottedName,
  nixInDeadVersionBranch,
  nixStringValue,
  nixText,
  nixUnwrap,
  nixWalk,
  type NixFile,
  type NixNode,
  type ReportDescriptor,
} from '../src/rules/kit.js';

/** Builtin fetchers: a hash (or for git, a `rev`) is optional, so they are often written without. */
const BUILTIN_FETCHERS = new Set(['fetchTarball', 'fetchurl', 'fetchGit', 'fetchTree', 'fetchMercurial']);

/** nixpkgs fetchers: fixed-output derivations, so they always carry a hash; a branch as `rev` still moves under it. */
const NIXPKGS_FETCHERS = new Set(['fetchFromGitHub', 'fetchFromGitLab', 'fetchFromGitea', 'fetchFromSourcehut', 'fetchFromBitbucket', 'fetchFromCodeberg', 'fetchgit', 'fetchzip', 'fetchurl', 'fetchtarball']);

/** Names of branches that move, as a `rev`, a `ref` or in an archive URL. */
function isBranchName(name: string): boolean {
  return /^(refs\/heads\/.+|master|main|trunk|develop|development|devel|dev|HEAD|stable|unstable|nightly|latest|next|(nixos|nixpkgs|release)-.+)$/.test(name);
}

/** The branch a GitHub archive or nixpkgs channel URL names (`.../archive/master.tar.gz`, `channels.nixos.org/nixos-24.05/...`). */
function branchOfUrl(url: string): string | undefined {
  const archive = /^https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/]+\/archive\/(?:refs\/heads\/)?(.+?)\.(?:tar\.gz|zip)$/.exec(url)?.[1];
  if (archive !== undefined) return isBranchName(archive) || url.includes('/refs/heads/') ? archive : undefined;
  return /^https?:\/\/(?:channels\.nixos\.org|nixos\.org\/channels)\/([^/]+)/.exec(url)?.[1] ?? /^channel:(.+)$/.exec(url)?.[1];
}

const SNIPPETS = {
  tarball: 'builtins.fetchTarball {\n  url = "https://github.com/OWNER/REPO/archive/<commit>.tar.gz";\n  sha256 = "<nix-prefetch-url --unpack of that URL>";\n}',
  url: 'builtins.fetchurl {\n  url = "https://example.org/file-1.2.3.tar.gz";\n  sha256 = "<nix-prefetch-url of that URL>";\n}',
  git: 'builtins.fetchGit {\n  url = "https://github.com/OWNER/REPO";\n  rev = "<full 40-character commit>";\n}',
  tree: 'builtins.fetchTree {\n  type = "github"; owner = "OWNER"; repo = "REPO";\n  rev = "<full commit>"; narHash = "sha256-...";\n}',
  input: '# or, in a flake: an input, locked by flake.lock\ninputs.src = { url = "github:OWNER/REPO"; flake = false; };',
};

export default defineFileRule('nix', {
  id: 'RA602',
  name: 'nix-unpinned-fetch',
  summary: 'Nix fetcher without a hash or commit (`fetchTarball`, `fetchGit`, `fetchurl`, a branch as `rev`)',
  severity: 'warning',
  tags: ['nix', 'download', 'supply-chain'],
  precision: 'high',
  docs: {
    why: [
      '`builtins.fetchTarball`, `builtins.fetchurl` and `builtins.fetchTree` without a hash, and',
      '`builtins.fetchGit` without a `rev`, download whatever the URL or branch serves when the evaluating',
      'machine\'s cache expires (an hour by default), and nothing checks it: two machines evaluating the same',
      'file build different sources. Pure evaluation (flakes) refuses them. nixpkgs\' fetchers',
      '(`fetchFromGitHub`, `fetchgit`, `fetchzip`) always carry a hash, but a branch as `rev` (`"master"`)',
      'still moves: machines that have the old download keep building, fresh ones fail with a hash mismatch.',
      'A hash added with `//` counts (`{ inherit url; } // { sha256 = ...; }`, a set merged from a `let`, or',
      'flake-compat\'s `if info ? narHash then { sha256 = ...; } else { }`), and so does a set merged from a value',
      'the file does not show. A fetch in a branch no Nix in use takes (niv\'s `if lessThan nixVersion "1.12"`',
      'fallback; Nix 2.3 is the oldest still shipped) is not flagged.',
    ].join(' '),
    failing: 'let\n  src = builtins.fetchTarball "https://github.com/NixOS/nixpkgs/archive/nixos-unstable.tar.gz";\nin\nimport src { }\n',
    passing: [
      'let',
      '  src = builtins.fetchTarball {',
      '    url = "https://github.com/NixOS/nixpkgs/archive/0d534853a55b5d02a4ababa1d71921ce8f0aee4c.tar.gz";',
      '    sha256 = "1g6cc4wq1d1fmvl8w8g8vv9lllyb0f0ffbmxa1i4f7bfvfpf8lll";',
      '  };',
      'in',
      'import src { }',
      '',
    ].join('\n'),
    fix: 'Give every fetch the hash of what it downloads (`sha256` from `nix-prefetch-url --unpack URL`, or the `got:` hash of a first failed build) and a URL or `rev` that names one commit; for `fetchGit`, a full `rev`. Better, make the source a flake input: `flake.lock` records its commit and `narHash`.',
    nix: 'A flake input (`inputs.src = { url = "github:owner/repo"; flake = false; };`) is the pure way: `nix flake lock` records the commit and the content hash.',
  },
  check({ document: nix, report }) {
    for (const node of nixWalk(nix.root)) {
      const call = nixCall(node);
      if (!call) continue;
      const builtin = nixBuiltinName(nix, call.callee);
      const fetcher = builtin === undefined ? nixDottedName(nix, call.callee)?.split('.').pop() : undefined;
      if (!(builtin && BUILTIN_FETCHERS.has(builtin)) && !(fetcher && NIXPKGS_FETCHERS.has(fetcher))) continue;
      // niv's `if lessThan nixVersion "1.12" then fetchTarball { inherit url; }`: no Nix in use runs it.
      if (nixInDeadVersionBranch(nix, node)) continue;
      if (builtin) checkBuiltin(nix, builtin, call.callee, call.args[0], report);
      else checkNixpkgsFetcher(nix, fetcher!, call.args[0], report);
    }
  },
});

type Report = (descriptor: ReportDescriptor) => void;

function checkBuiltin(nix: NixFile, builtin: string, callee: NixNode, argument: NixNode | undefined, report: Report): void {
  if (!argument) return;
  const shown = code(nixText(nix, callee));
  const region = nix.positions.regionOf(callee.span);
  // `{ url = ...; }`, or one built with `//` (`{ inherit url; } // (if info ? narHash then { sha256 = ...; } else { })`).
  const set = nixAttrsetShape(nix, argument);
  const written = (name: string) => set?.names.get(name);
  const has = (...names: string[]) => set !== undefined && names.some((name) => written(name) !== undefined);
  // A set merged from parts not written here may carry the hash: the audit cannot tell it lacks one.
  const mayHave = (...names: string[]) => has(...names) || set?.open === true;
  const url = set ? nixStringValue(nix, written('url')?.value) : nixStringValue(nix, argument) ?? (nixUnwrap(argument)?.type === 'uri_expression' ? nixText(nix, nixUnwrap(argument)!) : undefined);
  const branch = url === undefined ? undefined : branchOfUrl(url);
  const onBranch = branch ? ` (the branch ${code(branch)}, as it is then)` : '';

  if (builtin === 'fetchTarball' || builtin === 'fetchurl') {
    const what = builtin === 'fetchTarball' ? 'tarball' : 'url';
    if (!mayHave('sha256', 'hash')) {
      report({
        region,
        message: `${shown} has no \`sha256\`: it downloads whatever ${url ? code(url) : 'the URL'} serves${onBranch} when the cache expires, unverified, so machines evaluate different sources (and flakes refuse it). Add the \`sha256\` of a URL that names one commit, or make it a flake input.`,
        nix: { summary: 'Fetch one commit and check it: a URL naming the commit and its `sha256`, or a flake input locked by flake.lock.', snippet: `${SNIPPETS[what]}\n\n${SNIPPETS.input}` },
      });
    } else if (branch && has('sha256', 'hash')) reportBranch(shown, branch, region, report);
    return;
  }
  if (builtin === 'fetchGit' || builtin === 'fetchMercurial') {
    if (mayHave('rev')) return;
    const ref = nixStringValue(nix, written('ref')?.value);
    report({
      region,
      message: `${shown} has no \`rev\`: it fetches the newest commit of ${ref ? `the branch ${code(ref)}` : 'the default branch'} whenever the cache expires, so machines evaluate different sources. Name the commit with a full \`rev\`, or make it a flake input.`,
      nix: { summary: 'Name the commit (`rev`), or make the repository a flake input locked by flake.lock.', snippet: `${SNIPPETS.git}\n\n${SNIPPETS.input}` },
    });
    return;
  }
  // fetchTree: a reference (`"github:owner/repo/<rev>"`) or its attributes.
  const attrs = set || url === undefined ? undefined : flakeRefAttributes(url);
  const pinned = set ? mayHave('rev', 'narHash') : attrs?.has('rev') || attrs?.has('narHash');
  if (pinned || (!set && url === undefined)) return;
  report({
    region,
    message: `${shown} names neither a \`rev\` nor a \`narHash\`: it fetches whatever ${url ? code(url) : 'the source'} is when evaluated. Add the commit and the \`narHash\`, or make it a flake input.`,
    nix: { summary: 'Name the commit and its content hash, or make the source a flake input locked by flake.lock.', snippet: `${SNIPPETS.tree}\n\n${SNIPPETS.input}` },
  });
}

function checkNixpkgsFetcher(nix: NixFile, fetcher: string, argument: NixNode | undefined, report: Report): void {
  const set = nixAttrsetShape(nix, argument);
  if (!set) return;
  for (const key of ['rev', 'tag', 'ref']) {
    const binding = set.names.get(key);
    const value = nixStringValue(nix, binding?.value);
    if (binding?.value && value !== undefined && key !== 'tag' && isBranchName(value)) {
      reportBranch(`${code(fetcher)}'s \`${key}\``, value, nix.positions.regionOf(binding.value.span), report);
      return;
    }
  }
  const urlValue = set.names.get('url')?.value;
  const url = nixStringValue(nix, urlValue);
  const branch = url === undefined ? undefined : branchOfUrl(url);
  if (branch) reportBranch(code(fetcher), branch, nix.positions.regionOf(urlValue!.span), report);
}

function reportBranch(shown: string, branch: string, region: ReturnType<NixFile['positions']['regionOf']>, report: Report): void {
  report({
    region,
    message: `${shown} names the branch ${code(branch)}, which moves: machines that already downloaded it keep building the old sources, fresh ones fail with a hash mismatch. Name one commit (its full hash) instead.`,
    nix: { summary: 'Name the commit the hash was computed for; `nix-prefetch-github OWNER REPO --rev <commit>` gives both.', snippet: SNIPPETS.input },
  });
}
