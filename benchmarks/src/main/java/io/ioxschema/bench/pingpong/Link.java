package io.ioxschema.bench.pingpong;

/**
 * One side's connection to its peer through a transport: messages out and messages in, each
 * addressed by its native address so a zero-copy transport hands out shared memory itself
 * and a copying one its own buffer. A message's length is fixed for a run and known to both.
 */
public interface Link extends AutoCloseable {

    /** Address of {@code length} writable bytes for the next outgoing message (a loan, for zero-copy). */
    long claim(int length);

    /** Sends the message claimed last, retrying while the transport pushes back. */
    void send(int length);

    /**
     * Waits, as the run's {@link Options.Waiting} says, for the next message, lets
     * {@code reader} read it in place, then gives it back to the transport (a zero-copy
     * transport's memory is only valid until then); returns what the reader returned.
     */
    long receive(Reader reader);

    /** Reads a received message at its native address. */
    @FunctionalInterface
    interface Reader {
        long read(long address);
    }

    @Override
    void close();
}
