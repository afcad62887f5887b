#!/usr/bin/env bash
# Builds the runtime's native library (release) and copies it to OUT_DIR/<os>-<arch>/, where
# the Java side looks for it in the jar. Maven runs it in generate-resources:
#
#   runtime/native/build.sh OUT_DIR
#
# cargo comes from ${CARGO_HOME:-$HOME/.cargo}/bin, else PATH (conformance/toolchains/rust.sh
# checks it). Builds go to IOX_SCHEMA_RUNTIME_CARGO_TARGET (default
# ${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema/cargo-target-runtime), outside the checkout, so a
# rerun, or CI on the same machine, compiles iceoryx2 only once.
set -euo pipefail

out="${1:?usage: build.sh OUT_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CARGO_TARGET_DIR="${IOX_SCHEMA_RUNTIME_CARGO_TARGET:-${XDG_CACHE_HOME:-$HOME/.cache}/iox-schema/cargo-target-runtime}"

if ! command -v cargo >/dev/null 2>&1; then
    echo "runtime/native/build.sh: cargo is not installed; the runtime's native library needs Rust 1.85 or newer (see conformance/toolchains/rust.sh)" >&2
    exit 1
fi

case "$(uname -s)" in
    Linux) os=linux ;;
    *) echo "runtime/native/build.sh: $(uname -s) is not supported (Linux only)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
    x86_64 | amd64) arch=x86_64 ;;
    aarch64 | arm64) arch=aarch64 ;;
    *) echo "runtime/native/build.sh: the $(uname -m) architecture is not supported" >&2; exit 1 ;;
esac

cargo build --release --locked --quiet --manifest-path "$here/Cargo.toml"
mkdir -p "$out/$os-$arch"
cp "$CARGO_TARGET_DIR/release/libiox_schema_runtime.so" "$out/$os-$arch/libiox_schema_runtime.so"
