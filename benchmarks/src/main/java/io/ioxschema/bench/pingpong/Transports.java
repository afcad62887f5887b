package io.ioxschema.bench.pingpong;

import io.ioxschema.bench.pingpong.aeron.AeronTransport;
import io.ioxschema.bench.pingpong.iceoryx2.Iceoryx2Transport;
import io.ioxschema.bench.pingpong.uds.UnixSocketTransport;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The Java transports by name: iceoryx2 through the iox-schema runtime, Aeron IPC, Unix sockets. */
public final class Transports {

    private static final Map<String, Supplier<Transport>> ALL = new TreeMap<>(Map.of(
            "iceoryx2", Iceoryx2Transport::new,
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
