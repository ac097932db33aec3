#!/bin/sh
# The Node.js releases users run repro-audit on besides the one running the tests: the current LTS
# lines 22 and 24 (24 is also what action.yml's `runs.using: node24` gives the Action on GitHub).
# test/support/node-releases.ts runs the bundle and the packed tarball under each. Debian has no
# current Node package and these machines reach only the Debian and npm registries, so the binaries
# come from npm's official `node-linux-<arch>` packages, pinned to exact versions. Idempotent.
set -eu
prefix=/opt/repro-audit-ci/node
case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64) arch=arm64 ;;
  *) echo "node-releases: no node-linux package for $(uname -m)" >&2; exit 1 ;;
esac
for version in 22.23.5 24.22.3; do
  major=${version%%.*}
  dir="$prefix/$major"
  if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" --version)" = "v$version" ]; then continue; fi
  staging=$(mktemp -d)
  npm install --silent --no-audit --no-fund --ignore-scripts --prefix "$staging" "node-linux-$arch@$version"
  rm -rf "$dir"
  mkdir -p "$prefix"
  mv "$staging/node_modules/node-linux-$arch" "$dir"
  rm -rf "$staging"
  "$dir/bin/node" --version
done
