#!/bin/sh
# Docker Engine and what the rebuild tests build their base images from (no registry is reachable).
# Idempotent. The tests start dockerd themselves (test/support/docker.ts).
set -eu
need=""
for pkg in docker.io busybox-static debootstrap; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
done
if [ -n "$need" ]; then
  apt-get install -y --no-install-recommends $need
fi
mkdir -p /var/cache/repro-audit-test
