#!/bin/sh
# diffoscope, the yardstick of `node scripts/bench-image-diff.mjs` (the image diff benchmark).
# Idempotent. Without recommends, Debian's `diffoscope` is diffoscope-minimal, whose tar, gzip and
# binary comparators are all the benchmark exercises; the optional format tools (hundreds of MB)
# are not needed.
set -eu
if command -v diffoscope >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends diffoscope || {
  apt-get update
  apt-get install -y --no-install-recommends diffoscope
}
diffoscope --version
