package io.ioxschema.conformance.interop;

import io.ioxschema.runtime.Node;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The Java peer of the interop tests, run in a JVM of its own:
 *
 * <pre>
 * JavaPeer SCHEMA publish|subscribe sensor|telemetry SERVICE COUNT
 * </pre>
 *
 * It speaks the protocol of every peer (see {@code PeerProcess}): a subscriber opens the
 * services, prints {@code ready}, receives COUNT messages (event-driven), checks them and prints
 * {@code ok COUNT}; a publisher opens the services, publishes COUNT messages, prints
 * {@code sent COUNT} and stays until its standard input closes. Exit 0 means all was well.
 */
public final class JavaPeer {

    private JavaPeer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: JavaPeer SCHEMA publish|subscribe sensor|telemetry SERVICE COUNT");
            System.exit(2);
        }
        SensorMessages messages = SensorMessages.load(Path.of(args[0]));
        String role = args[1];
        String kind = args[2];
        String service = args[3];
        int count = Integer.parseInt(args[4]);
        try (Node node = Node.builder().name("java-peer").create();
             JavaRoles.Services services = JavaRoles.open(node, messages, kind, service)) {
            if (role.equals("publish")) {
                try (JavaRoles.Sender sender = new JavaRoles.Sender(services)) {
                    sender.send(messages, kind, 0, count);
                    System.out.println("sent " + count);
                    System.out.flush();
                    System.in.readAllBytes(); // the samples stay until the test has them
                }
            } else {
                try (JavaRoles.Receiver receiver = new JavaRoles.Receiver(services)) {
                    System.out.println("ready");
                    System.out.flush();
                    List<String> problems = receiver.receive(messages, kind, count, Duration.ofSeconds(60));
                    if (!problems.isEmpty()) {
                        problems.forEach(System.out::println);
                        System.exit(1);
                    }
                    System.out.println("ok " + count);
                }
            }
        }
    }
}
