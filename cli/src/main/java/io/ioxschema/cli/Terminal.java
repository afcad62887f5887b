package io.ioxschema.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Which standard streams may be coloured: only terminals, and none when NO_COLOR is set
 * (https://no-color.org) or TERM is dumb.
 *
 * <p>Java can only ask whether stdin and stdout together are a terminal, so the launcher
 * ({@code ./iox-schema}) tests each stream itself and passes the answer in the system
 * property {@value #TTY_PROPERTY} ("stdout,stderr", "stderr", ...). Without it (plain
 * {@code java -jar}) both streams follow {@link Console#isTerminal()}.
 */
record Terminal(boolean stdoutColor, boolean stderrColor) {

    static final String TTY_PROPERTY = "iox-schema.tty";

    static Terminal detect() {
        String ttys = System.getProperty(TTY_PROPERTY);
        // System.console() only when needed: on some JDKs it loads a terminal library.
        return detect(System.getenv(), ttys, ttys == null ? System.console() : null);
    }

    static Terminal detect(Map<String, String> env, String ttyProperty, Console console) {
        String noColor = env.get("NO_COLOR");
        if ((noColor != null && !noColor.isEmpty()) || "dumb".equals(env.get("TERM"))) {
            return new Terminal(false, false);
        }
        if (ttyProperty != null) {
            List<String> ttys = Arrays.asList(ttyProperty.split(","));
            return new Terminal(ttys.contains("stdout"), ttys.contains("stderr"));
        }
        boolean interactive = console != null && console.isTerminal();
        return new Terminal(interactive, interactive);
    }
}
