package io.ioxschema.conformance.vectors;

import io.ioxschema.layout.FieldLayout;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a value's bytes straight from the layout model, independent of every generated
 * binding: the bytes each language's output must equal. Holes stay zero.
 */
public final class ReferenceEncoder {

    private final SchemaLayout layout;
    private final byte[] bytes;

    private ReferenceEncoder(SchemaLayout layout, int size) {
        this.layout = layout;
        this.bytes = new byte[size];
    }

    public static byte[] encode(SchemaLayout layout, Value.StructOf value) {
        StructLayout struct = layout.of(value.type());
        ReferenceEncoder encoder = new ReferenceEncoder(layout, (int) struct.size());
        encoder.write(new FieldType.StructRef(value.type()), value, 0);
        return encoder.bytes;
    }

    private void write(FieldType type, Value value, long offset) {
        switch (value) {
            case Value.Scalar s -> scalar(s, offset);
            case Value.Enumerated e -> integer(e.raw(), e.type().base().byteSize(), offset);
            case Value.StructOf s -> {
                StructLayout struct = layout.of(s.type());
                for (FieldLayout field : struct.fields()) {
                    write(field.field().type(), s.fields().get(field.name()), offset + field.offset());
                }
            }
            case Value.ArrayOf a -> elements(((FieldType.Array) type).element(), a.elements(), offset);
            case Value.VecOf v -> {
                elements(((FieldType.FixedVec) type).element(), v.elements(), offset);
                integer(BigInteger.valueOf(v.elements().size()), 8, offset + layout.lengthOffset(type));
            }
            case Value.Text t -> {
                byte[] text = t.text().getBytes(StandardCharsets.UTF_8);
                System.arraycopy(text, 0, bytes, (int) offset, text.length);
                integer(BigInteger.valueOf(text.length), 8, offset + layout.lengthOffset(type));
            }
        }
    }

    private void elements(FieldType element, List<Value> values, long offset) {
        long stride = layout.of(element).size();
        for (int i = 0; i < values.size(); i++) {
            write(element, values.get(i), offset + i * stride);
        }
    }

    private void scalar(Value.Scalar s, long offset) {
        if (s.type() == Primitive.BOOL) {
            bytes[(int) offset] = (byte) (s.bool() ? 1 : 0);
        } else if (s.type() == Primitive.F32) {
            integer(BigInteger.valueOf(Float.floatToRawIntBits((float) s.floating())), 4, offset);
        } else if (s.type() == Primitive.F64) {
            integer(BigInteger.valueOf(Double.doubleToRawLongBits(s.floating())), 8, offset);
        } else {
            integer(s.integer(), s.type().byteSize(), offset);
        }
    }

    /** Little-endian two's complement. */
    private void integer(BigInteger value, int size, long offset) {
        for (int i = 0; i < size; i++) {
            bytes[(int) offset + i] = value.shiftRight(8 * i).byteValue();
        }
    }
}
