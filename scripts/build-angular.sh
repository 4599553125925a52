#!/usr/bin/env bash
# Builds the Angular UI into angular/dist/gridstaff/browser (the Host's Spa:RootPath) when the build
# is missing or older than its sources; installs Node packages first when they are missing or stale.
# --force builds anyway.
set -euo pipefail
cd "$(dirname "$0")/../angular"

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "npm ci (angular/)"
  npm ci --no-audit --no-fund --loglevel=error
fi

index=dist/gridstaff/browser/index.html
if [ "${1:-}" != "--force" ] && [ -f "$index" ] &&
   [ -z "$(find src public package.json package-lock.json angular.json tsconfig.json tsconfig.app.json -newer "$index" -print -quit)" ]; then
  echo "Angular build is up to date"
  exit 0
fi
echo "ng build (angular/)"
npx ng build
