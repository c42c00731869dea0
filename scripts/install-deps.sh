#!/usr/bin/env bash
# Installs the Debian 12 packages gazette needs to build, test and demo.
# Run as root (or with sudo available). Idempotent: skips apt when all are present.
set -euo pipefail
PKGS=(cmake g++ make pkg-config
      libboost-graph-dev rapidjson-dev libsqlitecpp-dev libsqlite3-dev libgtest-dev libcli11-dev libgumbo-dev
      libbenchmark-dev libmimalloc-dev
      libre2-dev libssl-dev
      clang libclang-rt-14-dev
      sqlite3 libxml2-utils python3 python3-networkx python3-igraph python3-distributed
      chromium sqlite-utils
      universal-ctags)
# Node.js and npm (the report's browser test, Gephi Lite's parsers): the machine image's
# nodejs (NodeSource, which provides npm) when present; Debian's otherwise. Debian's npm
# package conflicts with NodeSource's nodejs, so it is asked for only when npm is missing.
command -v node >/dev/null 2>&1 || PKGS+=(nodejs)
command -v npm >/dev/null 2>&1 || PKGS+=(npm)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
