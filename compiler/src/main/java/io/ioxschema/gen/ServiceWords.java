package io.ioxschema.gen;

import io.ioxschema.model.ServiceDef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words a generated name of a service is made of, in every language: the letters and digits
 * of its name ({@code "sensor/data"} gives sensor, data). iceoryx2 tells services of one name
 * apart by their pattern, so where a package declares the name for two patterns, each gets its
 * pattern's words too ({@code fixtures/pubsub} as an event: fixtures, pubsub, event).
 */
public final class ServiceWords {

    private ServiceWords() {
    }

    /** The words of {@code service} among the services of its package. */
    public static List<String> of(ServiceDef service, List<ServiceDef> packageServices) {
        List<String> words = new ArrayList<>(nameWords(service));
        boolean shared = packageServices.stream().anyMatch(other -> other != service && other.name().equals(service.name()));
        if (shared) {
            words.addAll(Arrays.asList(service.pattern().keyword().split("_")));
        }
        if (words.isEmpty() || Character.isDigit(words.getFirst().charAt(0))) {
            words.addFirst("service");
        }
        return words;
    }

    private static List<String> nameWords(ServiceDef service) {
        return Arrays.stream(service.name().split("[^A-Za-z0-9]+")).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    /** sensor_data */
    public static String snake(List<String> words) {
        return String.join("_", words);
    }

    /** SensorData */
    public static String pascal(List<String> words) {
        StringBuilder text = new StringBuilder();
        words.forEach(w -> text.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)));
        return text.toString();
    }
}
