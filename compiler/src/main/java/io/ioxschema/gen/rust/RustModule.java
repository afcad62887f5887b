package io.ioxschema.gen.rust;

import java.util.List;

/**
 * What the Rust module template renders; every decision is already made. Doc lines come
 * ready for {@code ///}: a leading space, or empty for a blank line.
 */
record RustModule(String stamp, String declarations, boolean usesTypes, String supportImport,
                  List<Constant> constants, List<Enum> enums, List<Struct> structs,
                  List<String> containerAsserts, List<Service> services) {

    public boolean hasContainers() {
        return !containerAsserts.isEmpty();
    }

    /** A schema service: its name constant and the function that returns its iceoryx2 builder. */
    record Service(String schemaName, String pattern, String constant, String function, String builder,
                   List<String> chain, List<String> doc) {
    }

    record Constant(String name, String type, String value, List<String> doc) {
    }

    /** An enum ({@code flags} false) or flags type as a {@code #[repr(transparent)]} newtype. */
    record Enum(String name, String schemaName, String base, boolean flags, List<Value> values, List<Name> names,
                String allBits, List<String> allows, List<String> doc) {

        public boolean hasNames() {
            return !names.isEmpty();
        }

        public int namedCount() {
            return names.size();
        }
    }

    record Value(String name, String value, List<String> doc) {
    }

    /** A value the type names: one per distinct value (for {@code match} and {@code Debug}). */
    record Name(String constant, String schemaName) {
    }

    /** {@code reprAlign} is null where the fields already give the struct its alignment. */
    record Struct(String name, String schemaName, String typeName, long size, long alignment, Long reprAlign,
                  List<Member> members, List<Field> fields, String equality, List<String> asserts,
                  List<String> allows, List<String> doc) {
    }

    /** A field or an explicit padding member, in offset order. */
    record Member(String name, String type, String zero, List<String> doc) {
    }

    /** A schema field: its Rust name and the name it keeps in {@code Debug}. */
    record Field(String name, String schemaName) {
    }
}
