package io.ioxschema.gen;

import io.ioxschema.model.Primitive;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every language's name for every primitive, in one table: adding a primitive or a language
 * is an edit here. A null cell means the language has no native type and its generator
 * emulates it (Python's 128-bit integers, TypeScript's 128-bit DataView access, Java's two
 * {@code long} halves).
 */
public final class PrimitiveTable {

    /**
     * @param c          C11 type ({@code <stdint.h>}; 128-bit through a typedef marked {@code __extension__})
     * @param cpp        C++17 type
     * @param rust       Rust type
     * @param python     ctypes type
     * @param ts         TypeScript value type
     * @param dataView   the DataView get/set suffix ({@code getUint32}), null for 128-bit
     * @param typedArray the JavaScript typed array of the type, null for bool and 128-bit
     * @param java       the Java type of a value in the generated API: unsigned types are widened
     *                   ({@code u8} is an {@code int}, {@code u32} a {@code long}), {@code u64} keeps
     *                   its bits in a {@code long}; null for 128-bit
     * @param javaLayout the {@code java.lang.foreign.ValueLayout} constant of the stored bytes, null for 128-bit
     */
    public record Row(String c, String cpp, String rust, String python, String ts, String dataView,
                      String typedArray, String java, String javaLayout) {
    }

    private static final Map<Primitive, Row> ROWS = new EnumMap<>(Primitive.class);

    static {
        ROWS.put(Primitive.BOOL, new Row("bool", "bool", "bool", "ctypes.c_bool", "boolean", "Uint8", null, "boolean", "JAVA_BOOLEAN"));
        ROWS.put(Primitive.U8, new Row("uint8_t", "std::uint8_t", "u8", "ctypes.c_uint8", "number", "Uint8", "Uint8Array", "int", "JAVA_BYTE"));
        ROWS.put(Primitive.U16, new Row("uint16_t", "std::uint16_t", "u16", "ctypes.c_uint16", "number", "Uint16", "Uint16Array", "int", "JAVA_SHORT"));
        ROWS.put(Primitive.U32, new Row("uint32_t", "std::uint32_t", "u32", "ctypes.c_uint32", "number", "Uint32", "Uint32Array", "long", "JAVA_INT"));
        ROWS.put(Primitive.U64, new Row("uint64_t", "std::uint64_t", "u64", "ctypes.c_uint64", "bigint", "BigUint64", "BigUint64Array", "long", "JAVA_LONG"));
        ROWS.put(Primitive.U128, new Row("iox_u128", "iox_u128", "u128", null, "bigint", null, null, null, null));
        ROWS.put(Primitive.I8, new Row("int8_t", "std::int8_t", "i8", "ctypes.c_int8", "number", "Int8", "Int8Array", "byte", "JAVA_BYTE"));
        ROWS.put(Primitive.I16, new Row("int16_t", "std::int16_t", "i16", "ctypes.c_int16", "number", "Int16", "Int16Array", "short", "JAVA_SHORT"));
        ROWS.put(Primitive.I32, new Row("int32_t", "std::int32_t", "i32", "ctypes.c_int32", "number", "Int32", "Int32Array", "int", "JAVA_INT"));
        ROWS.put(Primitive.I64, new Row("int64_t", "std::int64_t", "i64", "ctypes.c_int64", "bigint", "BigInt64", "BigInt64Array", "long", "JAVA_LONG"));
        ROWS.put(Primitive.I128, new Row("iox_i128", "iox_i128", "i128", null, "bigint", null, null, null, null));
        ROWS.put(Primitive.F32, new Row("float", "float", "f32", "ctypes.c_float", "number", "Float32", "Float32Array", "float", "JAVA_FLOAT"));
        ROWS.put(Primitive.F64, new Row("double", "double", "f64", "ctypes.c_double", "number", "Float64", "Float64Array", "double", "JAVA_DOUBLE"));
    }

    private PrimitiveTable() {
    }

    public static Row of(Primitive primitive) {
        return ROWS.get(primitive);
    }
}
