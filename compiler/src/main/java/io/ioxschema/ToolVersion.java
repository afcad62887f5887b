package io.ioxschema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of iox-schema, stamped into the compiler's jar by the build. It lives here,
 * not in a front end, so the CLI and the Maven plugin stamp generated files alike.
 */
public final class ToolVersion {

    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String current() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read iox-schema's version.properties", e);
        }
        return properties.getProperty("version", "unknown");
    }
}
