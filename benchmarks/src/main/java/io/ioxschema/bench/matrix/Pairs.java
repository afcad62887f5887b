package io.ioxschema.bench.matrix;

import io.ioxschema.bench.pingpong.Options.Waiting;
import java.util.EnumSet;
import java.util.List;

/**
 * Every pair of the matrix, in the order of the table. The Java pairs over iceoryx2 are
 * listed now and run once the runtime registers its transport in {@code Transports}; until
 * then the report marks them "not available yet".
 */
public final class Pairs {

    private static final EnumSet<Waiting> BOTH = EnumSet.allOf(Waiting.class);

    private Pairs() {
    }

    public static List<Pair> all(Toolchains t) {
        return List.of(
                new Pair("rust-rust", "Rust ↔ Rust (iceoryx2)", "iceoryx2", t.rust(), t.rust(), BOTH),
                new Pair("java-java", "Java ↔ Java (iceoryx2, our runtime)", "iceoryx2", t.java("iceoryx2"),
                        t.java("iceoryx2"), BOTH),
                new Pair("java-rust", "Java ↔ Rust (iceoryx2, our runtime)", "iceoryx2", t.java("iceoryx2"), t.rust(),
                        BOTH),
                new Pair("python-python", "Python ↔ Python (iceoryx2 wheel)", "iceoryx2", t.pythonSide(), t.pythonSide(), BOTH),
                new Pair("python-java", "Python ↔ Java (iceoryx2)", "iceoryx2", t.pythonSide(), t.java("iceoryx2"), BOTH),
                new Pair("aeron-java", "Aeron IPC Java ↔ Java", "aeron", t.java("aeron"), t.java("aeron"),
                        EnumSet.of(Waiting.BUSY)),
                new Pair("uds-java", "Unix socket Java ↔ Java", "uds", t.java("uds"), t.java("uds"), BOTH),
                new Pair("uds-c", "Unix socket C ↔ C", "uds", t.c(), t.c(), BOTH));
    }
}
