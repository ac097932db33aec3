#!/bin/sh
# Components the registry and fix tests drive for real: the CNCF distribution registry (Debian's
# docker-registry), skopeo to push test images, htpasswd for the Basic-auth instance and openssl for
# the token-auth instance's signing certificate. Idempotent: installs only what is missing.
set -eu

missing=""
command -v docker-registry >/dev/null 2>&1 || missing="$missing docker-registry"
command -v skopeo >/dev/null 2>&1 || missing="$missing skopeo"
command -v htpasswd >/dev/null 2>&1 || missing="$missing apache2-utils"
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"

if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

# The Debian package may start a system registry on :5000; tests start their own on free ports,
# so a running one is harmless and left alone.
docker-registry --version
skopeo --version
