#!/bin/sh
# gcc, used by test/harness to compile real ELF binaries with and without AVX2. Idempotent.
set -eu
if command -v gcc >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends gcc libc6-dev || {
  apt-get update
  apt-get install -y --no-install-recommends gcc libc6-dev
}
