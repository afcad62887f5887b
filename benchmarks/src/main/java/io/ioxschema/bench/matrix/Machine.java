package io.ioxschema.bench.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What the results were measured on, for the report's heading. */
record Machine(String cpu, int cores, String kernel, String jdk, String iceoryx2, String date, String loadBefore) {

    static Machine describe(String iceoryx2Version) {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), firstLine("/proc/sys/kernel/osrelease"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                iceoryx2Version, ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                loadAverage());
    }

    static String loadAverage() {
        String line = firstLine("/proc/loadavg");
        String[] parts = line.split(" ");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : line;
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String firstLine(String file) {
        try {
            return Files.readAllLines(Path.of(file)).getFirst().trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
