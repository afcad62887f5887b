import behaviour.Batch;
import behaviour.Inner;
import behaviour.IoxI32Array2x2;
import behaviour.IoxU16Vec3;
import behaviour.Mode;
import behaviour.Sample;
import behaviour.Status;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Behaviour of the generated Java views, called one method per JUnit test by JavaBehaviourTest.
 * Each method throws an AssertionError naming what differs.
 */
public final class Behaviour {

    /** Keeps the access loop's result alive, so the JIT cannot drop the accesses. */
    public static volatile long sink;

    private Behaviour() {
    }

    private static void expect(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }

    private static <T extends Throwable> T expectThrows(Class<T> type, Runnable action, String what) {
        try {
            action.run();
        } catch (Throwable t) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            throw new AssertionError(what + ": expected " + type.getSimpleName() + ", got " + t, t);
        }
        throw new AssertionError(what + ": expected " + type.getSimpleName() + ", nothing was thrown");
    }

    private static long offset(String field) {
        return Sample.LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement(field));
    }

    private static Sample filled() {
        Sample v = Sample.allocate(Arena.ofAuto());
        v.mode(Mode.Running).small(255).half(65535).word(4294967295L).wide(-1L).signed((byte) -2)
                .status(5).flag(true).label("ab");
        v.big().set(-1L, -1L);
        v.negative(BigInteger.valueOf(-3));
        v.values().add(1).add(2);
        v.modes().add(Mode.Idle);
        v.grid().get(1).set(0, -5);
        v.inner().x(1.5).y(2);
        v.inners().get(1).x(2.5);
        v.names().add().set("hi");
        return v;
    }

    public static void unknownEnumValuesReadAsNullAndRawWithoutThrowing() {
        Sample v = Sample.allocate(Arena.ofAuto());
        v.modeRaw(7);
        expect(v.mode() == null, "mode() of raw 7 is null");
        expect(v.modeRaw() == 7, "modeRaw() is 7");
        expect(Mode.of(7) == null && Mode.of(1) == Mode.Running && Mode.Running.value() == 1, "Mode.of and value()");
        v.modes().addRaw(9).add(Mode.Idle);
        expect(v.modes().get(0) == null && v.modes().getRaw(0) == 9 && v.modes().get(1) == Mode.Idle,
                "vec of enums: unknown element reads null, raw 9");
        Sample.Record record = v.toRecord();
        expect(record.mode() == null && record.modes().get(0) == null, "the record holds null for unknown values");
        expect(v.toString().contains("mode=null"), "toString shows the unknown value as null: " + v);
        NullPointerException e = expectThrows(NullPointerException.class, () -> v.mode(null), "mode(null)");
        expect("mode".equals(e.getMessage()), "the null enum names its field: " + e.getMessage());
    }

    public static void unsignedValuesWidenAndAreRangeChecked() {
        Sample v = filled();
        expect(v.small() == 255 && v.half() == 65535 && v.word() == 4294967295L, "u8, u16, u32 come out widened");
        expect(Long.toUnsignedString(v.wide()).equals("18446744073709551615"), "u64 keeps its bits");
        MemorySegment bytes = v.segment();
        expect(bytes.get(ValueLayout.JAVA_BYTE, offset("small")) == (byte) 0xff, "u8 255 is byte 0xff");
        expect(bytes.get(ValueLayout.JAVA_INT_UNALIGNED, offset("word")) == -1, "u32 max is all ones");
        expectThrows(IllegalArgumentException.class, () -> v.small(256), "small(256)");
        expectThrows(IllegalArgumentException.class, () -> v.small(-1), "small(-1)");
        expectThrows(IllegalArgumentException.class, () -> v.half(65536), "half(65536)");
        expectThrows(IllegalArgumentException.class, () -> v.word(1L << 32), "word(2^32)");
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> v.word(-1), "word(-1)");
        expect(e.getMessage().contains("word") && e.getMessage().contains("u32"), "message: " + e.getMessage());
        expect(v.small() == 255 && v.word() == 4294967295L, "a rejected value leaves the field as it was");
        expect(v.signed() == -2, "i8 stays signed");
        expect(v.big().toBigInteger().equals(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)),
                "u128 all ones is 2^128-1");
        expectThrows(IllegalArgumentException.class, () -> v.big(BigInteger.ONE.shiftLeft(128)), "big(2^128)");
        expectThrows(IllegalArgumentException.class, () -> v.big(BigInteger.ONE.negate()), "big(-1)");
        v.negative(BigInteger.ONE.shiftLeft(127).negate());
        expect(v.negative().high() == Long.MIN_VALUE && v.negative().low() == 0, "i128 min as halves");
        expect(v.negative().toBigInteger().equals(BigInteger.ONE.shiftLeft(127).negate()), "i128 min");
        v.segment().set(ValueLayout.JAVA_BYTE, offset("flag"), (byte) 2);
        expect(v.flag(), "a bool byte other than 0 reads true");
    }

    public static void stringsAreCheckedAgainstTheirCapacity() {
        Sample v = Sample.allocate(Arena.ofAuto());
        v.label("abcd");
        expect(v.label().get().equals("abcd") && v.label().length() == 4, "4 bytes fit a string<4>");
        IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> v.label("abcde"), "5 bytes");
        expect(e.getMessage().contains("string<4>"), "message: " + e.getMessage());
        expectThrows(IllegalArgumentException.class, () -> v.label("abc\u00e9"), "3 + 2 UTF-8 bytes");
        expectThrows(IllegalArgumentException.class, () -> v.label("a\0b"), "NUL");
        expect(v.label().get().equals("abcd"), "a rejected string leaves the field as it was");
        v.label("\u00e9");
        expect(v.label().length() == 2 && v.label().get().equals("\u00e9"), "length counts UTF-8 bytes");
        long data = offset("label");
        for (int i = 2; i <= 4; i++) {
            expect(v.segment().get(ValueLayout.JAVA_BYTE, data + i) == 0, "byte " + i + " after the text is zero");
        }
        v.segment().set(ValueLayout.JAVA_LONG_UNALIGNED, data + 8, 99);
        expectThrows(IllegalStateException.class, () -> v.label().get(), "a stored length above the capacity");
    }

    public static void vecsCheckCapacityAndIndexes() {
        Sample v = Sample.allocate(Arena.ofAuto());
        IoxU16Vec3 values = v.values();
        values.add(1).add(2).add(3);
        expect(values.size() == 3 && values.capacity() == 3, "three added");
        expectThrows(IllegalStateException.class, () -> values.add(4), "add to a full vec");
        expect(values.size() == 3, "the size stays 3");
        expectThrows(IndexOutOfBoundsException.class, () -> values.get(3), "get(size)");
        expectThrows(IndexOutOfBoundsException.class, () -> values.set(-1, 0), "set(-1)");
        values.set(0, 9);
        expect(values.toList().equals(List.of(9, 2, 3)), "set replaces: " + values);
        values.clear();
        expect(values.isEmpty(), "clear empties");
        expectThrows(IndexOutOfBoundsException.class, () -> values.get(0), "get(0) of an empty vec");
        expectThrows(IllegalArgumentException.class, () -> values.add(70000), "a u16 out of range");
        expect(values.size() == 0, "a rejected add leaves the size as it was");
        values.fromList(List.of(4, 5));
        expect(Arrays.equals(values.toArray(), new int[] {4, 5}), "fromList then toArray");
        expectThrows(IllegalArgumentException.class, () -> values.fromList(List.of(1, 2, 3, 4)), "4 values");
        v.names().add().set("ok");
        expect(v.names().get(0).get().equals("ok"), "add() of a string vec returns the new element's view");
        v.segment().set(ValueLayout.JAVA_LONG_UNALIGNED, offset("values") + 8, 4);
        expectThrows(IllegalStateException.class, values::size, "a stored count above the capacity");
    }

    public static void arraysAreIndexedInEveryDimension() {
        Sample v = filled();
        IoxI32Array2x2 grid = v.grid();
        expect(grid.length() == 2 && grid.get(0).length() == 2, "lengths");
        expect(grid.get(1).get(0) == -5, "grid[1][0]");
        expect(v.segment().get(ValueLayout.JAVA_INT_UNALIGNED, offset("grid") + 8) == -5, "grid[1][0] at offset 8");
        expectThrows(IndexOutOfBoundsException.class, () -> grid.get(2), "grid[2]");
        expectThrows(IndexOutOfBoundsException.class, () -> grid.get(0).get(-1), "grid[0][-1]");
        expect(Arrays.equals(grid.get(1).toArray(), new int[] {-5, 0}), "toArray of a row");
        expect(grid.toList().equals(List.of(List.of(0, 0), List.of(-5, 0))), "toList: " + grid.toList());
        expect(v.inners().get(1).x() == 2.5 && v.inners().get(0).x() == 0, "an array of structs");
        expect(v.inner() == v.inner(), "a nested struct's view is reused");
        expect(v.inners().get(0) == v.inners().get(1), "an array's element view is reused, re-pointed");
        expect(grid.get(0).segment().byteSize() == 8, "a row's bytes as a slice");
    }

    public static void flagsHaveHelpers() {
        Sample v = Sample.allocate(Arena.ofAuto());
        long bits = Status.with(Status.with(0, Status.Ready), Status.Failed);
        v.status(bits);
        expect(Status.has(v.status(), Status.Failed) && !Status.has(v.status(), Status.Busy), "has");
        expect(Status.toSet(v.status()).equals(EnumSet.of(Status.Ready, Status.Failed)), "toSet");
        expect(Status.toBits(EnumSet.of(Status.Busy, Status.Ready)) == 3, "toBits");
        expect(Status.without(bits, Status.Ready) == 4, "without");
        expect(Status.Failed.bits() == 4, "bits()");
        v.status(0x8000_0001L);
        expect(v.status() == 0x8000_0001L && Status.toSet(v.status()).equals(EnumSet.of(Status.Ready)),
                "a bit no flag names is kept raw and left out of the set");
    }

    public static void recordsCopyEveryValueBothWays() {
        Sample v = filled();
        Sample.Record record = v.toRecord();
        Sample copy = Sample.allocate(Arena.ofAuto()).fromRecord(record);
        expect(copy.segment().mismatch(v.segment()) == -1, "the copy has the same bytes");
        expect(copy.toRecord().equals(record), "records compare by value");
        expect(record.big().equals(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)), "u128 as a BigInteger");
        expect(record.inner().equals(new Inner.Record(1.5, 2)), "a nested record");
        expectThrows(UnsupportedOperationException.class, () -> record.values().add(1), "the lists are unmodifiable");
        Sample.Record made = new Sample.Record(Mode.Idle, 1, 2, 3L, 4L, (byte) -5, 6L, false, BigInteger.TEN,
                BigInteger.valueOf(-7), "xyz", List.of(8), List.of(Mode.Running),
                List.of(List.of(1, 2), List.of(3, 4)), new Inner.Record(0.5, 9),
                List.of(new Inner.Record(1, 1), new Inner.Record(2, 2)), List.of("a", "bc"));
        Sample written = Sample.allocate(Arena.ofAuto()).fromRecord(made);
        expect(written.toRecord().equals(made), "a record made by hand reads back equal: " + written.toRecord());
        expect(written.grid().get(1).get(1) == 4 && written.names().get(1).get().equals("bc"), "its values");
        Sample.Record shortGrid = new Sample.Record(Mode.Idle, 1, 2, 3L, 4L, (byte) -5, 6L, false, BigInteger.TEN,
                BigInteger.valueOf(-7), "xyz", List.of(), List.of(), List.of(List.of(1, 2)), new Inner.Record(0, 0),
                List.of(new Inner.Record(1, 1), new Inner.Record(2, 2)), List.of());
        expectThrows(IllegalArgumentException.class, () -> Sample.allocate(Arena.ofAuto()).fromRecord(shortGrid),
                "an array with too few elements");
        written.inner(new Inner.Record(3.5, 4)).grid(List.of(List.of(5, 6), List.of(7, 8))).values(List.of(9));
        expect(written.inner().x() == 3.5 && written.grid().get(1).get(0) == 7 && written.values().toList()
                .equals(List.of(9)), "fluent setters of nested structs, arrays and vecs take plain values");
        expectThrows(IllegalArgumentException.class, () -> written.values(List.of(1, 2, 3, 4)), "values(4 values)");
    }

    public static void toStringShowsTheValues() {
        Sample v = filled();
        String text = v.toString();
        for (String part : List.of("Sample[mode=Running, small=255, half=65535, word=4294967295,"
                + " wide=18446744073709551615, signed=-2, status=5, flag=true,",
                "big=340282366920938463463374607431768211455", "negative=-3", "label=ab", "values=[1, 2]",
                "modes=[Idle]", "grid=[[0, 0], [-5, 0]]", "inner=Inner[x=1.5, y=2]", "names=[hi]")) {
            expect(text.contains(part), "toString has \"" + part + "\": " + text);
        }
        expect(v.label().toString().equals("ab") && v.values().toString().equals("[1, 2]"), "views' toString");
        expect(v.big().toString().equals("340282366920938463463374607431768211455"), "u128 toString");
    }

    public static void viewsWrapAnySegmentButNotTooSmallOne() {
        byte[] bytes = new byte[(int) Sample.SIZE + 1];
        Sample v = new Sample().wrap(MemorySegment.ofArray(bytes), 1);
        v.wide(42);
        expect(bytes[1 + (int) offset("wide")] == 42, "a view over a byte[] at an odd offset writes in place");
        expectThrows(IndexOutOfBoundsException.class,
                () -> new Sample().wrap(MemorySegment.ofArray(new byte[(int) Sample.SIZE - 1])), "a short segment");
        expectThrows(IndexOutOfBoundsException.class, () -> new Sample().wrap(MemorySegment.ofArray(bytes), 2),
                "an offset too far");
        expect(Sample.TYPE_NAME.equals("Sample") && Sample.LAYOUT.byteSize() == Sample.SIZE, "constants");
    }

    /**
     * Nested views kept from a parent follow it when it is wrapped into another segment: to the
     * same field and element there, and into a closed segment, where they throw, as the runtime
     * relies on when a sample ends.
     */
    public static void keptNestedViewsFollowTheirParentIntoAnotherSegment() {
        Sample first = filled();
        Sample second = filled();
        second.inner().x(7.5);
        second.inners().get(1).x(8.5);
        second.grid().get(1).set(0, 9);
        second.label("xyz");
        Sample v = new Sample().wrap(first.segment());
        Inner inner = v.inner();
        Inner element = v.inners().get(1);
        IoxI32Array2x2 grid = v.grid();
        var row = grid.get(1);
        var label = v.label();
        var big = v.big();
        expect(inner.x() == 1.5 && element.x() == 2.5 && row.get(0) == -5 && label.get().equals("ab"), "kept views read the first value");
        v.wrap(second.segment());
        expect(inner.x() == 7.5, "a kept struct field follows its parent");
        expect(element.x() == 8.5, "a kept array element follows its parent to the same index");
        expect(row.get(0) == 9, "an element of a kept nested array follows");
        expect(label.get().equals("xyz"), "a kept string follows");
        Arena arena = Arena.ofConfined();
        v.wrap(arena.allocate(Sample.LAYOUT));
        arena.close();
        expectThrows(IllegalStateException.class, inner::x, "a kept struct field in a closed segment");
        expectThrows(IllegalStateException.class, element::x, "a kept element in a closed segment");
        expectThrows(IllegalStateException.class, () -> row.get(0), "a kept nested array in a closed segment");
        expectThrows(IllegalStateException.class, label::get, "a kept string in a closed segment");
        expectThrows(IllegalStateException.class, big::low, "a kept 128-bit value in a closed segment");
    }

    public static void staticAccessorsAndByteCopiesWorkOnBatches() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment batch = arena.allocate(Batch.SIZE * 3, Batch.ALIGNMENT);
            for (int i = 0; i < 3; i++) {
                Batch.level(batch, i * Batch.SIZE, -i);
                Batch.count(batch, i * Batch.SIZE, 65_535 - i);
            }
            Batch view = new Batch();
            for (int i = 0; i < 3; i++) {
                view.wrap(batch, i * Batch.SIZE);
                expect(view.level() == -i && view.count() == 65_535 - i, "static setters write what the view reads");
                expect(Batch.level(batch, i * Batch.SIZE) == -i, "static getters read what they wrote");
            }
            expectThrows(IllegalArgumentException.class, () -> Batch.count(batch, 0, 65_536),
                    "static setters check the range of unsigned values");
            view.wrap(batch, Batch.SIZE).id().setBytes(new byte[] {9, 1, 2, 3, (byte) 200, 9}, 1);
            expect(view.id().get(3) == 200 && view.id().get(0) == 1, "setBytes copies from the given index");
            byte[] out = view.id().getBytes(new byte[5], 1);
            expect(Arrays.equals(out, new byte[] {0, 1, 2, 3, (byte) 200}), "getBytes copies to the given index");
            expectThrows(IndexOutOfBoundsException.class, () -> view.id().setBytes(new byte[3], 0),
                    "setBytes needs all the elements");
        }
    }

    /** Bytes this thread allocates over 100 000 rounds of getters and setters, after warming them up. */
    public static long allocatedBytesOfAccessLoop() {
        Sample v = filled();
        v.values().add(0);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        for (int round = 0; round < 20; round++) {
            sink = accesses(v, 100_000);
        }
        long before = threads.getThreadAllocatedBytes(thread);
        long result = accesses(v, 100_000);
        long after = threads.getThreadAllocatedBytes(thread);
        sink = result;
        return after - before;
    }

    private static long accesses(Sample v, int rounds) {
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            v.small(i & 0xff).half(i & 0xffff).word(i).wide(i).mode(Mode.Running).status(3).flag((i & 1) == 0);
            sum += v.small() + v.half() + v.word() + v.wide() + v.modeRaw() + v.status() + (v.flag() ? 1 : 0);
            sum += v.mode().ordinal() + v.signed();
            v.inner().x(i).y(i & 0x7f);
            sum += (long) v.inner().x() + v.inner().y();
            v.grid().get(i & 1).set(1, i);
            sum += v.grid().get(i & 1).get(1);
            v.inners().get(i & 1).y(1);
            sum += v.inners().get(i & 1).y();
            v.big().set(i, -i);
            sum += v.big().low() + v.big().high();
            v.values().set(0, i & 0xffff);
            sum += v.values().get(0) + v.values().size();
            v.modes().set(0, Mode.Idle);
            sum += v.modes().get(0).ordinal() + v.label().length();
        }
        return sum;
    }
}
