#!/usr/bin/env bash
# Nix for the Nix-bridge tests: Debian's nix-bin gives nix-instantiate (parse and evaluate
# generated flakes against the stub nixpkgs in test/support/nixpkgs-stub). No daemon is needed:
# the tests evaluate only, with a private NIX_STATE_DIR. Idempotent.
set -euo pipefail
if ! command -v nix-instantiate >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends nix-bin
fi
nix-instantiate --version
# Evaluation must work without a daemon or network.
nix-instantiate --eval --strict -E 'builtins.length [ 1 2 3 ]' >/dev/null
