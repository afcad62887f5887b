#!/usr/bin/env bash
# Sets up the Rust toolchain of the conformance tests: cargo and rustc (1.85 or newer, for
# edition 2024), clippy, and the iceoryx2 crate (=0.10.0) with every dependency pinned in
# rust/Cargo.lock, fetched from crates.io into cargo's cache. Idempotent: a rerun only checks.
#
# The tests run cargo and rustc from ${CARGO_HOME:-$HOME/.cargo}/bin when they are there, else
# from PATH, and build into
#   IOX_SCHEMA_CARGO_TARGET  (default ${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema/cargo-target)
# so that reruns compile iceoryx2 only once.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# rustup is the only source of a recent toolchain (Debian's rustc is 1.63); its download
# server is not reachable from here, so a machine without it cannot be set up by this script.
command -v cargo >/dev/null || { echo "rust.sh: cargo is not installed (install Rust 1.85 or newer with rustup)" >&2; exit 1; }
version="$(rustc --version | cut -d' ' -f2)"
if [ "$(printf '%s\n' 1.85.0 "$version" | sort -V | head -n1)" != 1.85.0 ]; then
    echo "rust.sh: rustc $version is older than 1.85" >&2
    exit 1
fi

if ! cargo clippy --version >/dev/null 2>&1; then
    rustup component add clippy
fi

# Fetch the pinned dependencies with a stub crate of the same manifest and lock file.
fetch="$cache/rust-fetch"
mkdir -p "$fetch/src"
cp "$here/rust/Cargo.toml" "$here/rust/Cargo.lock" "$fetch/"
touch "$fetch/src/lib.rs"
(cd "$fetch" && cargo fetch --locked --quiet)

echo "cargo:  $(command -v cargo) ($(cargo --version))"
echo "rustc:  $(command -v rustc) ($(rustc --version))"
echo "clippy: $(cargo clippy --version)"
echo "iceoryx2 0.10.0 and its dependencies: fetched; builds go to ${IOX_SCHEMA_CARGO_TARGET:-$cache/cargo-target}"
