/** FlakeHub's flake URLs, which flake inputs and locks name instead of `github:` references. */

/**
 * A FlakeHub flake URL (`https://flakehub.com/f/NixOS/nixpkgs/0.1`, `.../0.2405.*.tar.gz`): the
 * publisher, the project and the version requirement as written (`0.1`, `0.2405.*`, `=0.1.96`, `*`).
 */
export function flakeHubFlake(url: string): { owner: string; project: string; version: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || (parsed.hostname !== 'flakehub.com' && parsed.hostname !== 'api.flakehub.com')) return undefined;
  const [f, owner, project, version] = parsed.pathname.split('/').filter((part) => part !== '');
  if (f !== 'f' || !owner || !project || !version) return undefined;
  return { owner, project, version: decodeURIComponent(version).replace(/\.tar\.gz$/, '') };
}
