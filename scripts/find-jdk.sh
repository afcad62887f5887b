# shellcheck shell=bash
# Finds a JDK >= 22 for iox-schema (the FFM API is final since 22). Sourced, not run, by
# ./iox-schema, scripts/test-all and .ci/run, so all of them pick the same JDK the same way.
#
#   iox_find_jdk            sets IOX_JAVA_HOME and IOX_JAVA_FEATURE (e.g. 25) and returns 0,
#                           or prints why not and how to get one to stderr and returns 1.
#
# Search order (first match wins, except the directory scan, which takes the newest):
#   1. $IOX_SCHEMA_JAVA_HOME    an explicit choice: used if >= 22, an error otherwise
#   2. $JAVA_HOME               if it is >= 22 (it often points at an older default JDK)
#   3. `java` on PATH           if it is >= 22
#   4. every JDK directly under the directories in $IOX_SCHEMA_JDK_DIRS (colon-separated;
#      default /usr/lib/jvm:/opt): the newest >= 22. Set it to "" to skip the scan (tests do).
#
# A candidate needs bin/java and bin/javac: the launcher builds the jar with Maven.
# Its version comes from the `release` file every JDK ships, read with bash builtins, and
# results come back in variables rather than $(...): finding costs no JVM start and almost
# no forks, because ./iox-schema runs this on every start.

IOX_MIN_JAVA=22

# Sets IOX_FEATURE to the feature version (17, 22, 25, ...) of the JDK at $1; returns 1
# (IOX_FEATURE empty) if $1 is not a JDK.
iox_jdk_feature() {
    local home=$1 line version="" said pattern='version "([^"]+)"'
    IOX_FEATURE=""
    [[ -x $home/bin/java && -x $home/bin/javac ]] || return 1
    if [[ -r $home/release ]]; then
        while IFS= read -r line; do
            if [[ $line == JAVA_VERSION=* ]]; then
                version=${line#JAVA_VERSION=}
                version=${version//\"/}
                break
            fi
        done <"$home/release"
    fi
    if [[ -z $version ]]; then
        # No release file (unusual): ask the JVM, which prints ... version "17.0.2" ...
        said=$("$home/bin/java" -version 2>&1) || true
        [[ $said =~ $pattern ]] && version=${BASH_REMATCH[1]}
    fi
    version=${version#1.}                 # 1.8.0_402 -> 8.0_402 (pre-9 numbering)
    version=${version%%[!0-9]*}           # 25.0.3 -> 25, 26-ea -> 26
    [[ -n $version ]] || return 1
    IOX_FEATURE=$version
}

# "JDK 17" or "not a JDK", for messages.
iox_describe_jdk() {
    if [[ -n $1 ]]; then echo "JDK $1"; else echo "not a JDK"; fi
}

iox_find_jdk() {
    local home java best_home="" best_feature=0 dir dirs=() tried=() t
    IOX_JAVA_HOME="" IOX_JAVA_FEATURE=""

    if [[ -n ${IOX_SCHEMA_JAVA_HOME:-} ]]; then
        iox_jdk_feature "$IOX_SCHEMA_JAVA_HOME"
        if [[ -n $IOX_FEATURE && $IOX_FEATURE -ge $IOX_MIN_JAVA ]]; then
            IOX_JAVA_HOME=$IOX_SCHEMA_JAVA_HOME IOX_JAVA_FEATURE=$IOX_FEATURE
            return 0
        elif [[ -n $IOX_FEATURE ]]; then
            echo "iox-schema: IOX_SCHEMA_JAVA_HOME=$IOX_SCHEMA_JAVA_HOME is JDK $IOX_FEATURE; iox-schema needs JDK $IOX_MIN_JAVA or newer." >&2
        else
            echo "iox-schema: IOX_SCHEMA_JAVA_HOME=$IOX_SCHEMA_JAVA_HOME is not a JDK (no bin/java and bin/javac there)." >&2
        fi
        return 1
    fi

    if [[ -n ${JAVA_HOME:-} ]]; then
        iox_jdk_feature "$JAVA_HOME"
        if [[ -n $IOX_FEATURE && $IOX_FEATURE -ge $IOX_MIN_JAVA ]]; then
            IOX_JAVA_HOME=$JAVA_HOME IOX_JAVA_FEATURE=$IOX_FEATURE
            return 0
        fi
        tried+=("JAVA_HOME=$JAVA_HOME ($(iox_describe_jdk "$IOX_FEATURE"))")
    fi

    if java=$(command -v java); then
        # Follow the symlinks (/usr/bin/java -> /etc/alternatives/java -> /usr/lib/jvm/...)
        # to the JDK: its bin/ directory's parent.
        java=$(readlink -f "$java") && home=${java%/bin/java}
        iox_jdk_feature "$home"
        if [[ -n $IOX_FEATURE && $IOX_FEATURE -ge $IOX_MIN_JAVA ]]; then
            IOX_JAVA_HOME=$home IOX_JAVA_FEATURE=$IOX_FEATURE
            return 0
        fi
        tried+=("java on PATH: $home ($(iox_describe_jdk "$IOX_FEATURE"))")
    fi

    IFS=: read -ra dirs <<<"${IOX_SCHEMA_JDK_DIRS-/usr/lib/jvm:/opt}"
    for dir in "${dirs[@]}"; do
        [[ -d $dir ]] || continue
        for home in "$dir"/*/; do
            home=${home%/}
            iox_jdk_feature "$home" || continue
            if [[ $IOX_FEATURE -ge $IOX_MIN_JAVA && $IOX_FEATURE -gt $best_feature ]]; then
                best_home=$home best_feature=$IOX_FEATURE
            fi
        done
        tried+=("the JDKs in $dir")
    done
    if [[ -n $best_home ]]; then
        IOX_JAVA_HOME=$best_home IOX_JAVA_FEATURE=$best_feature
        return 0
    fi

    {
        echo "iox-schema: no JDK $IOX_MIN_JAVA or newer found (iox-schema uses the FFM API, final since Java 22)."
        for t in "${tried[@]}"; do echo "  tried: $t"; done
        echo "Install one (for example Eclipse Temurin 25 from https://adoptium.net, or your"
        echo "distribution's openjdk-25-jdk package) and either put it on PATH or set"
        echo "IOX_SCHEMA_JAVA_HOME (or JAVA_HOME) to its directory."
    } >&2
    return 1
}

# Points Maven at the JDK that iox_find_jdk found. Maven 3.8/3.9 bundle Guava, which calls
# sun.misc.Unsafe; JDK 24+ warns about that on every build unless told it is allowed
# (an option JDK 22 would reject, hence the version check).
iox_use_jdk_for_maven() {
    export JAVA_HOME=$IOX_JAVA_HOME
    if [[ $IOX_JAVA_FEATURE -ge 24 && ${MAVEN_OPTS:-} != *sun-misc-unsafe-memory-access* ]]; then
        export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
    fi
}
