package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Blackboards within one process, against the real iceoryx2: keys of a 4-byte struct, values of two types. */
class BlackboardTest {

    static final TypeDetails KEY = new TypeDetails("EntryKey", 4, 4);
    static final TypeDetails COUNTER = new TypeDetails("Counter", 8, 8);

    static Node node;

    @BeforeAll
    static void createNode() {
        node = Node.builder().name("blackboard-test").create();
    }

    @AfterAll
    static void closeNode() {
        node.close();
    }

    static MemorySegment key(int id) {
        return MemorySegment.ofArray(new int[] {id});
    }

    static MemorySegment value(long value) {
        return MemorySegment.ofArray(new long[] {value});
    }

    @Test
    void aWriterUpdatesWhatReadersRead() {
        String name = ServiceNames.unique("blackboard");
        try (BlackboardService created = node.service(name).blackboard(KEY).maxReaders(4)
                .entry(key(1), COUNTER, value(10))
                .entry(key(2), SensorView.class, MemorySegment.ofArray(new byte[56]))
                .create();
             BlackboardService opened = node.service(name).blackboard(KEY).open();
             BlackboardWriter writer = created.writer();
             BlackboardReader reader = opened.reader();
             EntryWriter counter = writer.entry(key(1), COUNTER);
             EntryReader counterReader = reader.entry(key(1), COUNTER);
             EntryWriter sensor = writer.entry(key(2), SensorView.class);
             EntryReader sensorReader = reader.entry(key(2), SensorView.class)) {
            MemorySegment read = MemorySegment.ofArray(new long[1]);
            long initial = counterReader.get(read);
            assertEquals(10, read.get(JAVA_LONG, 0), "the initial value");
            counter.update(value(11));
            long updated = counterReader.get(read);
            assertEquals(11, read.get(JAVA_LONG, 0));
            assertNotEquals(initial, updated, "an update changes the generation");

            MemorySegment reading = MemorySegment.ofArray(new long[7]);
            new SensorView().wrap(reading, 0).timestamp_ns(99).temperature(1.5);
            sensor.update(reading);
            MemorySegment bytes = MemorySegment.ofArray(new long[7]);
            sensorReader.get(bytes);
            SensorView seen = new SensorView().wrap(bytes, 0);
            assertEquals(99, seen.timestamp_ns());
            assertEquals(1.5, seen.temperature());
        }
    }

    @Test
    void unknownEntriesKeysAndBoardsAreRefused() {
        String name = ServiceNames.unique("blackboard-errors");
        assertThrows(ServiceNotFoundException.class, () -> node.service(name).blackboard(KEY).open());
        assertThrows(IllegalArgumentException.class, () -> node.service(name).blackboard(KEY).create(), "no entries");
        try (BlackboardService board = node.service(name).blackboard(KEY).entry(key(1), COUNTER, value(0)).create();
             BlackboardReader reader = board.reader()) {
            assertThrows(IllegalArgumentException.class, () -> reader.entry(key(2), COUNTER), "no such key");
            assertThrows(IllegalArgumentException.class, () -> reader.entry(key(1), new TypeDetails("Other", 8, 8)),
                    "another value type");
            assertThrows(IllegalArgumentException.class, () -> reader.entry(MemorySegment.ofArray(new long[1]), COUNTER),
                    "a key has 4 bytes");
            assertThrows(IncompatibleTypesException.class,
                    () -> node.service(name).blackboard(new TypeDetails("OtherKey", 4, 4)).open());
            assertThrows(ServiceAlreadyExistsException.class,
                    () -> node.service(name).blackboard(KEY).entry(key(1), COUNTER, value(0)).create());
        }
    }
}
