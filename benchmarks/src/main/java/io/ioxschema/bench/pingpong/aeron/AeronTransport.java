package io.ioxschema.bench.pingpong.aeron;

import io.aeron.Aeron;
import io.aeron.FragmentAssembler;
import io.aeron.Publication;
import io.aeron.Subscription;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import io.aeron.logbuffer.BufferClaim;
import io.aeron.logbuffer.FragmentHandler;
import io.ioxschema.bench.pingpong.Link;
import io.ioxschema.bench.pingpong.Options;
import io.ioxschema.bench.pingpong.Transport;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import org.agrona.CloseHelper;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Aeron IPC ({@code aeron:ipc}): two streams, ping to pong and back, through a media driver
 * with SHARED threading embedded in the pong process (so it shares pong's core: the machine
 * has two, one per side). Aeron is polled, so it offers busy waiting only. A message up to
 * the publication's max payload is claimed in the log buffer and written in place
 * ({@code tryClaim}); a larger one is written into a staging buffer and offered, then
 * fragmented and reassembled on the way, which is how Aeron moves large messages.
 */
public final class AeronTransport implements Transport {

    /** Big enough for a 1 MiB message (Aeron's limit is term length / 8). */
    private static final String CHANNEL = "aeron:ipc?term-length=16m";
    private static final int PING_STREAM = 1001;
    private static final int PONG_STREAM = 1002;

    @Override
    public Set<Options.Waiting> waitings() {
        return EnumSet.of(Options.Waiting.BUSY);
    }

    @Override
    public Link open(Options options) {
        String directory = "/dev/shm/iox-bench-aeron-" + options.channel();
        MediaDriver driver = null;
        if (options.role() == Options.Role.PONG) {
            driver = MediaDriver.launchEmbedded(new MediaDriver.Context().aeronDirectoryName(directory)
                    .threadingMode(ThreadingMode.SHARED).dirDeleteOnStart(true).dirDeleteOnShutdown(true));
        }
        Aeron aeron = Aeron.connect(new Aeron.Context().aeronDirectoryName(directory));
        boolean ping = options.role() == Options.Role.PING;
        Publication publication = aeron.addPublication(CHANNEL, ping ? PING_STREAM : PONG_STREAM);
        Subscription subscription = aeron.addSubscription(CHANNEL, ping ? PONG_STREAM : PING_STREAM);
        if (ping) {
            while (!publication.isConnected() || !subscription.isConnected()) {
                Thread.onSpinWait();
            }
        }
        return new AeronLink(driver, aeron, publication, subscription, options.size());
    }

    private static final class AeronLink implements Link {
        private final MediaDriver driver;
        private final Aeron aeron;
        private final Publication publication;
        private final Subscription subscription;
        private final BufferClaim claim = new BufferClaim();
        private final UnsafeBuffer staging;
        private final boolean claims;
        private final FragmentHandler assembler;
        private Reader reader;
        private long read;
        private boolean received;

        AeronLink(MediaDriver driver, Aeron aeron, Publication publication, Subscription subscription, int size) {
            this.driver = driver;
            this.aeron = aeron;
            this.publication = publication;
            this.subscription = subscription;
            this.claims = size <= publication.maxPayloadLength();
            this.staging = new UnsafeBuffer(ByteBuffer.allocateDirect(size));
            // Direct, so a reassembled message has a native address too.
            this.assembler = new FragmentAssembler(this::onMessage, size, true);
        }

        /** Reads in the handler: once poll returns, Aeron may reuse the log buffer's bytes. */
        private void onMessage(DirectBuffer buffer, int offset, int length, io.aeron.logbuffer.Header header) {
            read = reader.read(buffer.addressOffset() + offset);
            received = true;
        }

        @Override
        public long claim(int length) {
            if (!claims) {
                return staging.addressOffset();
            }
            while (publication.tryClaim(length, claim) < 0) {
                Thread.onSpinWait();
            }
            return claim.buffer().addressOffset() + claim.offset();
        }

        @Override
        public void send(int length) {
            if (claims) {
                claim.commit();
                return;
            }
            while (publication.offer(staging, 0, length) < 0) {
                Thread.onSpinWait();
            }
        }

        @Override
        public long receive(Reader reader) {
            this.reader = reader;
            received = false;
            while (subscription.poll(assembler, 1) == 0 || !received) {
                Thread.onSpinWait();
            }
            return read;
        }

        @Override
        public void close() {
            CloseHelper.closeAll(publication, subscription, aeron, driver);
        }
    }
}
