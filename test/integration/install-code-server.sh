#!/usr/bin/env bash
# Installs a real VS Code (the server inside code-server, from the npm registry) and Debian's
# Chromium for the integration tests, with no download outside npm and Debian. Idempotent: a
# completed install is cached (default .cache/ in the repository, or $ASG_CODE_SERVER_DIR).
set -euo pipefail

VERSION="${ASG_CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DEST="${ASG_CODE_SERVER_DIR:-$ROOT/.cache/code-server-$VERSION}"

if [ -f "$DEST/.complete" ]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi

missing=()
for pkg in build-essential python3 libkrb5-dev ripgrep chromium; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
echo '{ "private": true }' > package.json

# Native modules build against the installed Node headers instead of downloading them.
export npm_config_nodedir=/usr
export npm_config_yes=true
export npm_config_audit=false
export npm_config_fund=false

# code-server's own postinstall downloads ripgrep from GitHub: skip it and do its work here.
npm install --ignore-scripts --no-save "code-server@$VERSION"
npm rebuild argon2

VS="$DEST/node_modules/code-server/lib/vscode"
cd "$VS"
npm install --omit=dev --ignore-scripts
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
npm rebuild
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev)

touch "$DEST/.complete"
echo "code-server $VERSION installed in $DEST"
