package io.ioxschema.bench.pingpong.uds;

import io.ioxschema.bench.pingpong.Link;
import io.ioxschema.bench.pingpong.Options;
import io.ioxschema.bench.pingpong.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * A Unix domain stream socket ({@code SocketChannel} over {@code UNIX}): the copying
 * baseline. Busy: a non-blocking channel polled in a loop. Event: a blocking channel, the
 * kernel wakes the reader. Pong listens at {@code /tmp/iox-bench-<channel>.sock}.
 */
public final class UnixSocketTransport implements Transport {

    @Override
    public Set<Options.Waiting> waitings() {
        return EnumSet.allOf(Options.Waiting.class);
    }

    @Override
    public Link open(Options options) throws IOException {
        Path path = Path.of(System.getProperty("java.io.tmpdir"), "iox-bench-" + options.channel() + ".sock");
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(path);
        SocketChannel channel;
        if (options.role() == Options.Role.PONG) {
            Files.deleteIfExists(path);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(address);
            return new PendingLink(server, path, options);
        }
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(address);
        return new SocketLink(channel, options, null, null);
    }

    /** Pong's side before its peer connects: accepts on first use, after READY is printed. */
    private static final class PendingLink implements Link {
        private final ServerSocketChannel server;
        private final Path path;
        private final Options options;
        private SocketLink link;

        PendingLink(ServerSocketChannel server, Path path, Options options) {
            this.server = server;
            this.path = path;
            this.options = options;
        }

        private SocketLink link() {
            if (link == null) {
                try {
                    link = new SocketLink(server.accept(), options, server, path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return link;
        }

        @Override
        public long claim(int length) {
            return link().claim(length);
        }

        @Override
        public void send(int length) {
            link().send(length);
        }

        @Override
        public long receive(Reader reader) {
            return link().receive(reader);
        }

        @Override
        public void close() {
            if (link != null) {
                link.close();
            } else {
                SocketLink.closeQuietly(server, path);
            }
        }
    }

    private static final class SocketLink implements Link {
        private final SocketChannel channel;
        private final ServerSocketChannel server;
        private final Path path;
        private final ByteBuffer out;
        private final ByteBuffer in;
        private final long outAddress;
        private final long inAddress;

        SocketLink(SocketChannel channel, Options options, ServerSocketChannel server, Path path) {
            this.channel = channel;
            this.server = server;
            this.path = path;
            this.out = ByteBuffer.allocateDirect(options.size());
            this.in = ByteBuffer.allocateDirect(options.size());
            this.outAddress = MemorySegment.ofBuffer(out).address();
            this.inAddress = MemorySegment.ofBuffer(in).address();
            try {
                channel.configureBlocking(options.waiting() == Options.Waiting.EVENT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long claim(int length) {
            return outAddress;
        }

        @Override
        public void send(int length) {
            out.clear().limit(length);
            try {
                while (out.hasRemaining()) {
                    channel.write(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public long receive(Reader reader) {
            in.clear();
            try {
                while (in.hasRemaining()) {
                    if (channel.read(in) < 0) {
                        throw new IllegalStateException("the peer closed the socket");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return reader.read(inAddress);
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing: nothing left to do
            }
            if (server != null) {
                closeQuietly(server, path);
            }
        }

        static void closeQuietly(ServerSocketChannel server, Path path) {
            try {
                server.close();
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // closing: nothing left to do
            }
        }
    }
}
