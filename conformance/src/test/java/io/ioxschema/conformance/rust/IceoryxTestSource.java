package io.ioxschema.conformance.rust;

import io.ioxschema.gen.rust.RustTypes;
import io.ioxschema.layout.SchemaLayout;
import io.ioxschema.layout.StructLayout;
import io.ioxschema.model.FieldType;
import io.ioxschema.model.Primitive;
import io.ioxschema.model.StructDef;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cargo integration test that runs the generated types with the real iceoryx2 crate:
 * every struct's {@code ZeroCopySend::type_name()}, a publish-subscribe service that reports
 * the schema's type name, size and alignment and carries a sample, and the layout of
 * {@code IoxString}/{@code IoxVec} against iceoryx2's {@code StaticString}/{@code StaticVec}.
 * Expected values come from the schema model, not from the generated constants.
 */
final class IceoryxTestSource {

    /** The fixture whose modules the service and container tests use: the spec's example. */
    private static final String EXAMPLE = "spec_example";

    private static final List<FieldType> CONTAINERS = List.of(
            new FieldType.FixedString(1), new FieldType.FixedString(7), new FieldType.FixedString(8),
            new FieldType.FixedString(13), new FieldType.FixedString(31), new FieldType.FixedString(256),
            vec(Primitive.U8, 1), vec(Primitive.U8, 13), vec(Primitive.I8, 5), vec(Primitive.BOOL, 5),
            vec(Primitive.U16, 3), vec(Primitive.F32, 64), vec(Primitive.F64, 4), vec(Primitive.U128, 4),
            vec(Primitive.I128, 1));

    private IceoryxTestSource() {
    }

    private static FieldType vec(Primitive element, long capacity) {
        return new FieldType.FixedVec(new FieldType.Scalar(element), capacity);
    }

    static String of(RustCrate crate) {
        SchemaLayout example = crate.fixtures.get(EXAMPLE);
        if (example == null) {
            throw new AssertionError("the fixture " + EXAMPLE + ".iox is missing");
        }
        StringBuilder rust = new StringBuilder("""
                //! The generated types with the real iceoryx2 crate.
                #![cfg(feature = "iceoryx2")]

                use core::mem::{align_of, size_of, transmute_copy};
                use iceoryx2::prelude::*;
                use iceoryx2_bb_container::string::StaticString;
                use iceoryx2_bb_container::vector::StaticVec;
                use %1$s::%2$s::iox_support::{IoxString, IoxVec, Zeroed};

                #[test]
                fn every_struct_carries_its_schema_type_name() {
                """.formatted(RustCrate.NAME, RustCrate.module(EXAMPLE)));
        crate.fixtures.forEach((fixture, layout) -> {
            for (StructDef struct : layout.schema().allStructs()) {
                String path = crate.path(fixture, struct.packageName(), struct.name());
                rust.append("    // SAFETY: type_name() is unsafe only for implementors, who vouch for the layout.\n");
                rust.append("    assert_eq!(unsafe { <").append(path).append(" as ZeroCopySend>::type_name() }, \"")
                        .append(struct.typeName()).append("\");\n");
                rust.append("    assert_eq!(").append(path).append("::TYPE_NAME, \"").append(struct.typeName())
                        .append("\");\n");
            }
        });
        rust.append("}\n");
        rust.append(SERVICE_HELPER);
        StructLayout payload = struct(example, "SensorData");
        StructLayout header = struct(example, "CustomHeader");
        StructLayout aligned = struct(example, "Telemetry");
        rust.append("""

                #[test]
                fn a_service_reports_the_schema_layout_and_carries_a_sample() {
                    let mut value = <%1$s as Zeroed>::ZEROED;
                    value.timestamp_ns = 1_700_000_000_000_000_000;
                    value.humidity = 0.5;
                    value.sensor_id[0] = b'A';
                    round_trip::<%1$s, %2$s>("SensorData", ("%3$s", %4$d, %5$d), ("%6$s", %7$d, %8$d), value);
                }

                #[test]
                fn an_aligned_struct_keeps_its_alignment_in_a_service() {
                    let mut value = <%9$s as Zeroed>::ZEROED;
                    value.label.set("sensor 7").expect("fits");
                    value.samples.push(1.5).expect("fits");
                    value.counter = u128::MAX - 1;
                    round_trip::<%9$s, %2$s>("Telemetry", ("%10$s", %11$d, %12$d), ("%6$s", %7$d, %8$d), value);
                }
                """.formatted(
                crate.path(EXAMPLE, payload.struct().packageName(), "SensorData"),
                crate.path(EXAMPLE, header.struct().packageName(), "CustomHeader"),
                payload.struct().typeName(), payload.size(), payload.alignment(),
                header.struct().typeName(), header.size(), header.alignment(),
                crate.path(EXAMPLE, aligned.struct().packageName(), "Telemetry"),
                aligned.struct().typeName(), aligned.size(), aligned.alignment()));
        rust.append(CONTAINER_HELPERS);
        rust.append("\n#[test]\nfn containers_have_the_layout_of_iceoryx2s_own() {\n");
        RustTypes types = new RustTypes(example, example.schema().root().packageName());
        for (FieldType container : CONTAINERS) {
            rust.append("    ").append(containerCheck(types, container)).append('\n');
        }
        return rust.append("}\n").toString();
    }

    private static String containerCheck(RustTypes types, FieldType container) {
        String ours = types.of(container);
        if (container instanceof FieldType.FixedString s) {
            String text = "iceoryx2 speaks every language of the schema".repeat(6).substring(0, (int) s.capacity());
            return "string_is_iceoryx2s::<" + ours + ", StaticString<" + s.capacity() + ">>(\"" + text + "\");";
        }
        FieldType.FixedVec v = (FieldType.FixedVec) container;
        Primitive element = ((FieldType.Scalar) v.element()).primitive();
        String values = IntStream.range(0, (int) v.capacity()).mapToObj(i -> element(element, i))
                .collect(Collectors.joining(", "));
        return "vec_is_iceoryx2s::<" + ours + ", StaticVec<" + types.of(v.element()) + ", " + v.capacity()
                + ">, _>(&[" + values + "]);";
    }

    private static String element(Primitive type, int i) {
        return switch (type.kind()) {
            case BOOL -> i % 2 == 0 ? "true" : "false";
            case FLOAT -> (i + 0.5) + type.keyword();
            default -> (i + 1) + type.keyword();
        };
    }

    private static StructLayout struct(SchemaLayout layout, String name) {
        return layout.of(layout.schema().allStructs().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no struct " + name + " in " + EXAMPLE + ".iox")));
    }

    private static final String SERVICE_HELPER = """

            /// Creates a service for `P` with user header `H`, checks the type details iceoryx2 stores,
            /// and sends `value` from a publisher to a subscriber of the same process.
            fn round_trip<P, H>(service: &str, payload: (&str, usize, usize), header: (&str, usize, usize), value: P)
            where
                P: core::fmt::Debug + ZeroCopySend + Copy + PartialEq + 'static,
                H: core::fmt::Debug + ZeroCopySend + Zeroed + Default + 'static,
            {
                let node = NodeBuilder::new().create::<ipc::Service>().expect("node");
                let name = ServiceName::new(&format!("iox-schema/conformance/{service}/{}", std::process::id()))
                    .expect("service name");
                let service = node
                    .service_builder(&name)
                    .publish_subscribe::<P>()
                    .user_header::<H>()
                    .create()
                    .expect("service");
                let details = service.static_config().message_type_details();
                for (detail, (type_name, size, alignment)) in [(&details.payload, payload), (&details.user_header, header)] {
                    assert!(*detail.type_name() == type_name, "type name {:?}, expected {type_name}", detail.type_name());
                    assert_eq!(detail.size(), size, "size of {type_name}");
                    assert_eq!(detail.alignment(), alignment, "alignment of {type_name}");
                }
                let publisher = service.publisher_builder().create().expect("publisher");
                let subscriber = service.subscriber_builder().create().expect("subscriber");
                let mut sample = publisher.loan_uninit().expect("loan");
                *sample.user_header_mut() = H::ZEROED;
                sample.write_payload(value).send().expect("send");
                let received = subscriber.receive().expect("receive").expect("a sample");
                assert_eq!(*received.payload(), value);
            }
            """;

    private static final String CONTAINER_HELPERS = """

            /// Our string, read as iceoryx2's StaticString of the same bytes.
            fn string_is_iceoryx2s<Ours, Theirs>(text: &str)
            where
                Ours: for<'a> TryFrom<&'a str>,
                Theirs: core::ops::Deref<Target = [u8]>,
            {
                same_size_and_alignment::<Ours, Theirs>();
                let Ok(ours) = Ours::try_from(text) else { panic!("{text:?} does not fit") };
                // SAFETY: same size (checked above); every byte of ours is initialized, the length in range.
                let theirs: Theirs = unsafe { transmute_copy(&ours) };
                assert_eq!(&*theirs, text.as_bytes(), "{}", core::any::type_name::<Ours>());
            }

            /// Our vec, read as iceoryx2's StaticVec of the same bytes.
            fn vec_is_iceoryx2s<Ours, Theirs, T>(values: &[T])
            where
                Ours: for<'a> TryFrom<&'a [T]>,
                Theirs: core::ops::Deref<Target = [T]>,
                T: PartialEq + core::fmt::Debug,
            {
                same_size_and_alignment::<Ours, Theirs>();
                let Ok(ours) = Ours::try_from(values) else { panic!("{values:?} do not fit") };
                // SAFETY: same size (checked above); every byte of ours is initialized, the length in range.
                let theirs: Theirs = unsafe { transmute_copy(&ours) };
                assert_eq!(&*theirs, values, "{}", core::any::type_name::<Ours>());
            }

            fn same_size_and_alignment<Ours, Theirs>() {
                let name = core::any::type_name::<Ours>();
                assert_eq!(size_of::<Ours>(), size_of::<Theirs>(), "size of {name}");
                assert_eq!(align_of::<Ours>(), align_of::<Theirs>(), "alignment of {name}");
            }
            """;
}
