package io.ioxschema.gen;

import io.ioxschema.layout.FieldLayout;
import java.util.Optional;

/**
 * One member of a generated struct in offset order: a schema field, or an explicit padding
 * member that fills a hole so no language's own padding rules matter.
 */
public record Slot(long offset, long size, Optional<FieldLayout> field, int paddingIndex) {

    /** The spelling reserved for generated members; the resolver rejects schema names that start with it. */
    public static final String RESERVED_PREFIX = "_iox_";

    public boolean isPadding() {
        return field.isEmpty();
    }

    public String paddingName() {
        return RESERVED_PREFIX + "pad" + paddingIndex;
    }
}
