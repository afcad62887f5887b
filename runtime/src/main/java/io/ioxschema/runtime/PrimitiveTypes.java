package io.ioxschema.runtime;

/**
 * The primitive types as iceoryx2 names them, for slice payloads of numbers
 * ({@link ServiceBuilder#publishSubscribeSlice(MessageType)}): the names, sizes and alignments
 * that Rust's {@code publish_subscribe::<[u8]>()} and the Python wheel's
 * {@code Slice[ctypes.c_uint8]} register, so a Java process shares such services with them.
 * (128-bit integers are left out: the wheel has no ctypes type for them.)
 */
public final class PrimitiveTypes {

    public static final TypeDetails U8 = new TypeDetails("u8", 1, 1);
    public static final TypeDetails U16 = new TypeDetails("u16", 2, 2);
    public static final TypeDetails U32 = new TypeDetails("u32", 4, 4);
    public static final TypeDetails U64 = new TypeDetails("u64", 8, 8);
    public static final TypeDetails I8 = new TypeDetails("i8", 1, 1);
    public static final TypeDetails I16 = new TypeDetails("i16", 2, 2);
    public static final TypeDetails I32 = new TypeDetails("i32", 4, 4);
    public static final TypeDetails I64 = new TypeDetails("i64", 8, 8);
    public static final TypeDetails F32 = new TypeDetails("f32", 4, 4);
    public static final TypeDetails F64 = new TypeDetails("f64", 8, 8);
    /** Rust's {@code bool} and ctypes' {@code c_bool}: one byte, 0 or 1. */
    public static final TypeDetails BOOL = new TypeDetails("bool", 1, 1);

    private PrimitiveTypes() {
    }
}
