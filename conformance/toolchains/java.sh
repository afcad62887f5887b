#!/usr/bin/env bash
# Toolchain of the Java conformance tests (conformance/.../java): the JDK that runs the tests
# compiles the generated Java in process (javax.tools, --release 22 -Xlint:all -Werror) and
# runs the byte-vector programs with its own bin/javac and bin/java. So the toolchain is the
# build's JDK, found the way scripts/test-all and .ci/run find it (scripts/find-jdk.sh); there
# is nothing to download or cache. Idempotent: checks that JDK compiles and runs FFM code for
# release 22, and prints where it is.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/find-jdk.sh
source "$here/../../scripts/find-jdk.sh"
iox_find_jdk || { echo "java.sh: no JDK 22 or newer (see above); the Java tests need one with javac" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat >"$work/Probe.java" <<'JAVA'
import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;

public final class Probe {
    public static void main(String[] args) {
        try (Arena arena = Arena.ofConfined()) {
            var segment = arena.allocate(ValueLayout.JAVA_LONG);
            segment.set(ValueLayout.JAVA_LONG, 0, 22L);
            System.out.println(segment.get(ValueLayout.JAVA_LONG, 0));
        }
    }
}
JAVA
"$IOX_JAVA_HOME/bin/javac" --release 22 -Xlint:all -Werror -d "$work" "$work/Probe.java" \
    || { echo "java.sh: $IOX_JAVA_HOME/bin/javac cannot compile FFM code for release 22" >&2; exit 1; }
[[ $("$IOX_JAVA_HOME/bin/java" -cp "$work" Probe) == 22 ]] \
    || { echo "java.sh: $IOX_JAVA_HOME/bin/java cannot run FFM code" >&2; exit 1; }

echo "java: JDK $IOX_JAVA_FEATURE at $IOX_JAVA_HOME (javac --release 22 and java work; the tests use the JDK Maven runs on)"
