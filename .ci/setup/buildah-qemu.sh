#!/bin/sh
# The CPU-variant builder of `repro-audit rebuild --vary cpu`: buildah, QEMU user-mode, util-linux
# (unshare, taskset), gcc + static libc for the probe and QEMU wrapper. Idempotent.
set -eu
need=""
for pkg in buildah qemu-user-static uidmap util-linux gcc libc6-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need="$need $pkg"
done
if [ -n "$need" ]; then
  apt-get install -y --no-install-recommends $need
fi
# buildah and rootless tools look these up; the harness itself writes its namespace's maps as root.
for file in /etc/subuid /etc/subgid; do
  touch "$file"
  grep -q '^root:' "$file" || echo 'root:100000:65536' >> "$file"
done
kernel=$(uname -r)
major=${kernel%%.*}; rest=${kernel#*.}; minor=${rest%%.*}
if [ "$major" -lt 6 ] || { [ "$major" -eq 6 ] && [ "$minor" -lt 7 ]; }; then
  echo "warning: Linux $kernel has no per-user-namespace binfmt_misc (needs >= 6.7); the cpu axis cannot run here" >&2
fi
