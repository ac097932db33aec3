#!/bin/sh
# pre-commit (Debian's package), which test/cli/pre-commit-hook.test.ts runs on a fresh repository
# using this project's hook. Idempotent: installs only when missing.
set -eu
if command -v pre-commit >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends pre-commit || {
  apt-get update
  apt-get install -y --no-install-recommends pre-commit
}
pre-commit --version
