#!/usr/bin/env bash
# Installs what the test suite drives for real on a fresh Debian machine: Docker Engine, buildah and
# QEMU for the rebuild harness, the distribution registry and skopeo for digest pinning, Nix for the
# Nix bridge, diffoscope for the benchmark. Each .ci/setup/*.sh is idempotent; services are started
# by the tests themselves. Needs root (CI machines run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -ne 0 ]; then
  echo "prepare-machine: run as root (it installs Debian packages)" >&2
  exit 2
fi
apt-get update -qq
for setup in .ci/setup/*.sh; do
  echo "== ${setup}"
  bash "$setup"
done
