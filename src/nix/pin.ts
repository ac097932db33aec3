import { NIXPKGS_REVISION } from './data/index.js';

/** The flake reference every generated flake pins: the one nixpkgs commit the attribute index names. */
export const NIXPKGS_URL = `github:NixOS/nixpkgs/${NIXPKGS_REVISION.commit}`;

/** Why that commit, said in the flake itself. */
export const NIXPKGS_PIN_COMMENT = [
  `nixpkgs master in the ${NIXPKGS_REVISION.version} cycle: the revision repro-audit's attribute index describes.`,
  '`nix flake lock` records its narHash in flake.lock; every package below comes from this one commit,',
  'so the versions are pinned by the revision, not per package. The URL names the commit, so `nix flake update`',
  'does not move it: to move it, put another commit in the URL and run `nix flake lock`.',
];
