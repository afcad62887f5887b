package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Publish-subscribe of slices (iceoryx2's {@code [T]}) within one process, against the real iceoryx2. */
class SlicePublishSubscribeTest {

    static Node node;

    @BeforeAll
    static void createNode() {
        node = Node.builder().name("slice-test").create();
    }

    @AfterAll
    static void closeNode() {
        node.close();
    }

    static PublishSubscribeService bytes(String name) {
        return node.service(name).publishSubscribeSlice(PrimitiveTypes.U8).subscriberMaxBufferSize(4).create();
    }

    @Test
    void aSliceArrivesWithItsLengthAndBytes() {
        try (PublishSubscribeService service = bytes(ServiceNames.unique("bytes"));
             Publisher publisher = service.publisherBuilder().initialMaxSliceLength(64).create();
             Subscriber subscriber = service.subscriber()) {
            assertTrue(service.isSlice());
            for (int length : new int[] {40, 64, 1}) {
                try (LoanedSample sample = publisher.loanSlice(length)) {
                    assertEquals(length, sample.sliceLength());
                    assertEquals(length, sample.payload().byteSize());
                    assertEquals(sample.payload().address(), sample.payloadAddress());
                    for (int i = 0; i < length; i++) {
                        assertEquals(0, sample.payload().get(JAVA_BYTE, i), "loanSlice zeroes");
                    }
                    sample.payload().set(JAVA_BYTE, 0, (byte) length);
                    sample.payload().set(JAVA_BYTE, length - 1, (byte) -7);
                    assertEquals(1, sample.send());
                }
                try (Sample sample = subscriber.receive()) {
                    assertNotNull(sample);
                    assertAll(
                            () -> assertEquals(length, sample.sliceLength()),
                            () -> assertEquals(length, sample.payload().byteSize()),
                            () -> assertEquals(sample.payload().address(), sample.payloadAddress()),
                            () -> assertEquals(length == 1 ? -7 : length, sample.payload().get(JAVA_BYTE, 0)),
                            () -> assertEquals(-7, sample.payload().get(JAVA_BYTE, length - 1)));
                }
            }
        }
    }

    @Test
    void slicesOfChangingLengthsArriveIntactWhileSendsLoanAhead() {
        // Runs of one length and zeroing (a send loans the next sample ahead), changes of length
        // (the sample ahead is given back), and uninitialised runs before zeroed ones.
        int[] lengths = {8, 8, 8, 3, 3, 3, 8, 8, 1, 1, 1, 1, 16, 16, 16, 8};
        boolean[] zeroed = {true, true, true, true, true, true, false, false, false, false, true, true, false, false, true, true};
        try (PublishSubscribeService service = bytes(ServiceNames.unique("lengths"));
             Publisher publisher = service.publisherBuilder().initialMaxSliceLength(16).maxLoanedSamples(2).create();
             Subscriber subscriber = service.subscriber()) {
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < lengths.length; i++) {
                    int length = lengths[i];
                    try (LoanedSample sample = zeroed[i] ? publisher.loanSlice(length) : publisher.loanSliceUninit(length)) {
                        assertEquals(length, sample.sliceLength());
                        assertEquals(length, sample.payload().byteSize());
                        for (int at = 0; zeroed[i] && at < length; at++) {
                            assertEquals(0, sample.payload().get(JAVA_BYTE, at), "a zeroed loan, message " + i);
                        }
                        sample.payload().fill((byte) (i + 1));
                        sample.send();
                    }
                    try (Sample sample = subscriber.receive()) {
                        assertEquals(length, sample.sliceLength(), "message " + i);
                        for (int at = 0; at < length; at++) {
                            assertEquals(i + 1, sample.payload().get(JAVA_BYTE, at), "message " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void anEmptySliceIsAMessageToo() {
        try (PublishSubscribeService service = bytes(ServiceNames.unique("empty"));
             Publisher publisher = service.publisherBuilder().initialMaxSliceLength(8).create();
             Subscriber subscriber = service.subscriber()) {
            try (LoanedSample sample = publisher.loanSlice(0)) {
                assertEquals(0, sample.payload().byteSize());
                sample.send();
            }
            try (Sample sample = subscriber.receive()) {
                assertEquals(0, sample.sliceLength());
                assertEquals(0, sample.payload().byteSize());
            }
        }
    }

    @Test
    void elementsOfSeveralBytesCountAsElements() {
        try (PublishSubscribeService service = node.service(ServiceNames.unique("u64")).publishSubscribeSlice(PrimitiveTypes.U64)
                .create();
             Publisher publisher = service.publisherBuilder().initialMaxSliceLength(8).create();
             Subscriber subscriber = service.subscriber();
             Arena arena = Arena.ofConfined()) {
            try (LoanedSample sample = publisher.loanSliceUninit(3)) {
                assertEquals(24, sample.payload().byteSize());
                sample.payload().setAtIndex(JAVA_LONG, 2, 42);
                sample.send();
            }
            try (Sample sample = subscriber.receive()) {
                assertEquals(3, sample.sliceLength());
                assertEquals(42, sample.payload().getAtIndex(JAVA_LONG, 2));
            }
            MemorySegment five = arena.allocateFrom(JAVA_LONG, 1, 2, 3, 4, 5);
            assertEquals(1, publisher.sendCopy(five));
            try (Sample sample = subscriber.receive()) {
                assertEquals(5, sample.sliceLength());
                assertArrayEquals(new long[] {1, 2, 3, 4, 5}, sample.payload().toArray(JAVA_LONG));
            }
            IllegalArgumentException partial = assertThrows(IllegalArgumentException.class,
                    () -> publisher.sendCopy(arena.allocate(12)));
            assertTrue(partial.getMessage().contains("not a whole number of u64"), partial.getMessage());
        }
    }

    @Test
    void aStaticPublisherRefusesALongerSliceAndAGrowingOneTakesIt() {
        try (PublishSubscribeService service = bytes(ServiceNames.unique("grow"));
             Publisher fixed = service.publisherBuilder().initialMaxSliceLength(16).create()) {
            assertEquals(AllocationStrategy.STATIC, fixed.allocationStrategy());
            IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> fixed.loanSlice(17));
            assertTrue(tooLong.getMessage().contains("initial max slice length"), tooLong.getMessage());
            fixed.loanSlice(16).close();
        }
        try (PublishSubscribeService service = bytes(ServiceNames.unique("grow"));
             Publisher growing = service.publisherBuilder().initialMaxSliceLength(16)
                     .allocationStrategy(AllocationStrategy.POWER_OF_TWO).create();
             Subscriber subscriber = service.subscriber()) {
            assertEquals(AllocationStrategy.POWER_OF_TWO, growing.allocationStrategy());
            try (LoanedSample sample = growing.loanSlice(5000)) {
                sample.payload().set(JAVA_BYTE, 4999, (byte) 9);
                sample.send();
            }
            try (Sample sample = subscriber.receive()) {
                assertEquals(5000, sample.sliceLength());
                assertEquals(9, sample.payload().get(JAVA_BYTE, 4999));
            }
        }
    }

    @Test
    void aPublisherReportsItsSettings() {
        try (PublishSubscribeService service = bytes(ServiceNames.unique("settings"));
             Publisher defaults = service.publisher();
             Publisher chosen = service.publisherBuilder().maxLoanedSamples(3).initialMaxSliceLength(128)
                     .allocationStrategy(AllocationStrategy.BEST_FIT).backpressureStrategy(BackpressureStrategy.DISCARD_DATA)
                     .create()) {
            assertEquals(1, defaults.initialMaxSliceLength());
            assertEquals(AllocationStrategy.STATIC, defaults.allocationStrategy());
            assertEquals(BackpressureStrategy.RETRY_UNTIL_DELIVERED, defaults.backpressureStrategy());
            assertEquals(2, defaults.maxLoanedSamples());
            assertEquals(3, chosen.maxLoanedSamples());
            assertEquals(128, chosen.initialMaxSliceLength());
            assertEquals(AllocationStrategy.BEST_FIT, chosen.allocationStrategy());
            assertEquals(BackpressureStrategy.DISCARD_DATA, chosen.backpressureStrategy());
        }
    }

    @Test
    void sliceAndValueLoansAreNotMixedUp() {
        try (PublishSubscribeService slices = bytes(ServiceNames.unique("kinds"));
             PublishSubscribeService values = node.service(ServiceNames.unique("kinds")).publishSubscribe(SensorView.class).create();
             Publisher slicePublisher = slices.publisher();
             Publisher valuePublisher = values.publisher()) {
            IllegalStateException loan = assertThrows(IllegalStateException.class, slicePublisher::loan);
            assertTrue(loan.getMessage().contains("is a slice of u8") && loan.getMessage().contains("loanSlice(length)"),
                    loan.getMessage());
            assertThrows(IllegalStateException.class, slicePublisher::loanUninit);
            IllegalStateException loanSlice = assertThrows(IllegalStateException.class, () -> valuePublisher.loanSlice(2));
            assertTrue(loanSlice.getMessage().contains("SensorData (size 56, alignment 8), not a slice"), loanSlice.getMessage());
            assertThrows(IllegalStateException.class, () -> values.publisherBuilder().initialMaxSliceLength(4));
            assertThrows(IllegalArgumentException.class, () -> slicePublisher.loanSlice(-1));
            assertThrows(IllegalArgumentException.class, () -> slices.publisherBuilder().initialMaxSliceLength(0));
            assertThrows(IllegalArgumentException.class,
                    () -> node.service(ServiceNames.unique("unit")).publishSubscribeSlice(new TypeDetails("()", 0, 1)));
        }
    }

    @Test
    void aSliceServiceAndAValueServiceOfOneNameRefuseEachOtherNamingBothSides() {
        String name = ServiceNames.unique("mismatch");
        try (PublishSubscribeService service = bytes(name)) {
            IncompatibleTypesException value = assertThrows(IncompatibleTypesException.class,
                    () -> node.service(name).publishSubscribe(PrimitiveTypes.U8).open());
            assertTrue(value.getMessage().contains("payload a slice of u8 (element size 1, alignment 1)")
                    && value.getMessage().contains("payload u8 (size 1, alignment 1)"), value.getMessage());
            IncompatibleTypesException element = assertThrows(IncompatibleTypesException.class,
                    () -> node.service(name).publishSubscribeSlice(PrimitiveTypes.U16).openOrCreate());
            assertTrue(element.getMessage().contains("a slice of u16 (element size 2, alignment 2)"), element.getMessage());
        }
        String other = ServiceNames.unique("mismatch");
        try (PublishSubscribeService service = node.service(other).publishSubscribe(SensorView.class).create()) {
            IncompatibleTypesException slice = assertThrows(IncompatibleTypesException.class,
                    () -> node.service(other).publishSubscribeSlice(SensorView.class).open());
            assertTrue(slice.getMessage().contains("payload SensorData (size 56, alignment 8)")
                    && slice.getMessage().contains("payload a slice of SensorData (element size 56, alignment 8)"),
                    slice.getMessage());
        }
    }

    @Test
    void viewsBindToOneElementOfASlice() {
        try (PublishSubscribeService service = node.service(ServiceNames.unique("elements")).publishSubscribeSlice(SensorView.class)
                .create();
             Publisher publisher = service.publisherBuilder().initialMaxSliceLength(4).create();
             Subscriber subscriber = service.subscriber()) {
            SensorView view = new SensorView();
            try (LoanedSample sample = publisher.loanSlice(3)) {
                assertEquals(3 * 56, sample.payload().byteSize());
                for (int i = 0; i < 3; i++) {
                    sample.payloadElement(view, i).timestamp_ns(100 + i);
                }
                assertThrows(IndexOutOfBoundsException.class, () -> sample.payloadElement(view, 3));
                assertThrows(IllegalStateException.class, () -> sample.payload(view));
                sample.send();
            }
            assertThrows(IllegalStateException.class, view::timestamp_ns);
            try (Sample sample = subscriber.receive()) {
                assertEquals(102, sample.payloadElement(view, 2).timestamp_ns());
                assertEquals(100, sample.payloadElement(view, 0).timestamp_ns());
                assertEquals(56 * 2 + 0, sample.payload().asSlice(56 * 2).address() - sample.payloadAddress());
                assertThrows(IndexOutOfBoundsException.class, () -> sample.payloadElement(view, -1));
            }
            assertThrows(IllegalStateException.class, view::timestamp_ns);
        }
    }
}
