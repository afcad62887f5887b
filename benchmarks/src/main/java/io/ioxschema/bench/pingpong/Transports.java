package io.ioxschema.bench.pingpong;

import io.ioxschema.bench.pingpong.aeron.AeronTransport;
import io.ioxschema.bench.pingpong.uds.UnixSocketTransport;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The Java transports by name. {@code iceoryx2} (our runtime over the iceoryx2 C library)
 * registers here when the runtime module lands; until then the matrix reports the pairs that
 * need it as not available yet.
 */
public final class Transports {

    private static final Map<String, Supplier<Transport>> ALL = new TreeMap<>(Map.of(
            "uds", UnixSocketTransport::new,
            "aeron", AeronTransport::new));

    private Transports() {
    }

    public static Optional<Transport> named(String name) {
        return Optional.ofNullable(ALL.get(name)).map(Supplier::get);
    }

    public static boolean has(String name) {
        return ALL.containsKey(name);
    }
}
