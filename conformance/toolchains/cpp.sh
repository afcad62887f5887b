#!/usr/bin/env bash
# Toolchain of the C++ conformance tests (conformance/.../cpp): g++ with C++17, and its 32-bit
# multilib (g++ -m32) for the i686 target. Idempotent: installs only what is missing, from apt.
# Nothing is downloaded outside apt, so there is nothing to cache.
# The tests run $IOX_SCHEMA_CXX if it is set, else g++ on the PATH.
set -euo pipefail

cxx="${IOX_SCHEMA_CXX:-g++}"

compiles() { # compiles FLAG...: can g++ build a small C++17 program with these flags?
    printf '#include <array>\n#include <cstdint>\nint main() { return 0; }\n' \
        | "$cxx" -std=c++17 "$@" -x c++ - -o /dev/null >/dev/null 2>&1
}

missing=()
command -v "$cxx" >/dev/null 2>&1 && compiles || missing+=(g++)
compiles -m32 || missing+=(g++-multilib)

if ((${#missing[@]})); then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "installing ${missing[*]} with apt" >&2
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

compiles || { echo "error: $cxx cannot compile C++17" >&2; exit 1; }
compiles -m32 || { echo "error: $cxx -m32 does not work (g++-multilib)" >&2; exit 1; }
echo "g++: $(command -v "$cxx") $("$cxx" -dumpfullversion), -m32 works (tests use \$IOX_SCHEMA_CXX or g++ on the PATH)"
