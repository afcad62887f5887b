package io.ioxschema.bench.matrix;

import io.ioxschema.bench.pingpong.Options;
import java.util.Optional;
import java.util.Set;

/**
 * Two programs that talk over one transport: ping measures, pong echoes.
 *
 * @param key       short name for --pairs and the raw results
 * @param label     name in the table and the chart's legend
 * @param transport the transport's name, passed to both sides
 * @param waitings  the ways of waiting the transport offers
 */
public record Pair(String key, String label, String transport, Side ping, Side pong, Set<Options.Waiting> waitings) {

    /** Whether the transport hands over shared memory instead of copying (so touch mode costs the same at any size). */
    public boolean zeroCopy() {
        return transport.equals("iceoryx2");
    }

    /** Why this pair cannot run here (a side is missing), if it cannot. */
    public Optional<String> missing() {
        return ping.missing().or(pong::missing);
    }
}
