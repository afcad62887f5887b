#!/usr/bin/env bash
# Installs the TypeScript toolchain of the conformance tests: the exact typescript and
# @types/node versions pinned in ts/package-lock.json, from the npm registry, into a cache
# outside the checkout. Idempotent: a rerun with the same lock file only prints the paths.
#
#   IOX_SCHEMA_TS_TOOLCHAIN  where to install (default ${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema/node);
#                            the tests read the same variable, with the same default.
# Needs node (>= 20) and npm on PATH.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dir="${IOX_SCHEMA_TS_TOOLCHAIN:-${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema/node}"
stamp="$dir/.installed-lock"

command -v node >/dev/null || { echo "ts.sh: node is not installed (Node 20 or newer is needed)" >&2; exit 1; }
command -v npm >/dev/null || { echo "ts.sh: npm is not installed" >&2; exit 1; }

mkdir -p "$dir"
if [ -x "$dir/node_modules/.bin/tsc" ] && cmp -s "$here/ts/package-lock.json" "$stamp"; then
    echo "ts.sh: toolchain already installed"
else
    cp "$here/ts/package.json" "$here/ts/package-lock.json" "$dir/"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$here/ts/package-lock.json" "$stamp"
fi

echo "node: $(command -v node) ($(node --version))"
echo "tsc:  $dir/node_modules/.bin/tsc ($("$dir/node_modules/.bin/tsc" --version))"
echo "@types/node: $dir/node_modules/@types/node"
