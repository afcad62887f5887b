#!/usr/bin/env bash
# Sets up the Python toolchain of the conformance tests: python3 (3.11 or newer) and a venv
# with the iceoryx2 wheel pinned to the version the Rust crate uses. Idempotent: a rerun with
# the venv in place only checks it.
#
# The tests run "$IOX_SCHEMA_PYTHON" when set, else the venv's python at
#   ${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema/venv/bin/python
set -euo pipefail

ICEORYX2_VERSION=0.10.0
venv="${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema/venv"

if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv >/dev/null
fi
python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "python3 is older than 3.11")'

if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('iceoryx2') != '$ICEORYX2_VERSION')" 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "iceoryx2==$ICEORYX2_VERSION"
fi

echo "python toolchain: $("$venv/bin/python" --version) with iceoryx2 $ICEORYX2_VERSION at $venv/bin/python"
