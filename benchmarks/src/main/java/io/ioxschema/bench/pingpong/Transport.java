package io.ioxschema.bench.pingpong;

import java.util.Set;

/** A way for two processes to exchange messages: opens one side's {@link Link}. */
public interface Transport {

    /** The ways of waiting it offers; the matrix runs each. */
    Set<Options.Waiting> waitings();

    /** Opens this side; a pong side is ready for its peer when this returns. */
    Link open(Options options) throws Exception;
}
