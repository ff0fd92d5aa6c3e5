#!/bin/sh
# Installs exactly what package-lock.json records, and only when node_modules does not already
# match it, so `npm start` is quick the second time and never rewrites the lock file.
# Runs on the machine's own Node (any version with npm 10+), before the pinned Node 24 exists.
set -eu
cd "$(dirname "$0")/.."

stamp=node_modules/.installed-lock.sha256
wanted=$(sha256sum package-lock.json package.json | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] && [ -x node_modules/.bin/node ]; then
  exit 0
fi

# npm ci refuses a lock that disagrees with package.json, instead of silently rewriting it.
# --loglevel=error: npm on Node 20 warns (EBADENGINE) about packages that need Node 22+; they
# run on the pinned Node 24, so the warnings are expected noise that newcomers read as failure.
echo "Installing dependencies from package-lock.json (npm ci)…"
npm ci --no-audit --no-fund --loglevel=error
echo "$wanted" > "$stamp"
