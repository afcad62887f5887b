package io.ioxschema.gen;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;

/**
 * Renders a generator's Mustache templates from its resource folder. Templates only render:
 * every decision is made in Java and handed over as values.
 */
public final class Templates {

    private final MustacheFactory factory;

    /** {@code folder} is the resource folder, e.g. "io/ioxschema/gen/c". */
    public Templates(String folder) {
        this.factory = new DefaultMustacheFactory(folder) {
            @Override
            public void encode(String value, java.io.Writer writer) {
                try {
                    writer.write(value); // generated code, not HTML: no escaping
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    public String render(String template, Object scope) {
        Mustache mustache = factory.compile(template);
        StringWriter out = new StringWriter();
        mustache.execute(out, scope);
        return out.toString();
    }
}
