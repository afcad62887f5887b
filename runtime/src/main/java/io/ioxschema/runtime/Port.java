package io.ioxschema.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The native side of a port ({@link Publisher}, {@link Subscriber}, {@link Client},
 * {@link Server}): its handle, confined to the thread that created it, and the memory its
 * messages are reached through, in one or more tables of slots (a client has one for its
 * loaned requests and one for its received responses).
 *
 * <p>Confinement is what makes a message cheap: no lock per call (no other thread can close the
 * port during one), and samples that are plain reusable objects. The port's memory is the whole
 * address space as one segment of a shared arena that closes with the port, so views bound into
 * it cost nothing per message and throw once the port is closed.
 *
 * <p>It is also the port's {@link java.lang.ref.Cleaner Cleaner} action: it must not refer to
 * the API object.
 */
final class Port implements Runnable {

    private final String what;
    private final Thread owner;
    private final MethodHandle drop;
    private final Arena arena = Arena.ofShared();
    /** All memory, while the port is open: sample views are bound into it at the samples' addresses. */
    final MemorySegment memory;
    /** The slots of every table, the first table's first. */
    private SampleMemory[] slots = new SampleMemory[0];
    private long handle;

    /**
     * A port with one table of slots.
     *
     * @param drop {@code void drop(long handle)}
     * @param slots one per sample the port may hold at once, indexed like the native slots
     */
    Port(String what, long handle, MethodHandle drop, int slots, boolean readOnly, PublishSubscribeService service) {
        this(what, handle, drop, readOnly);
        addSlots(slots, readOnly, service.payloadType(), service.isSlice(), service.userHeaderType().orElse(null));
    }

    /** A port whose tables of slots are added with {@link #addSlots}. */
    Port(String what, long handle, MethodHandle drop) {
        this(what, handle, drop, false);
    }

    private Port(String what, long handle, MethodHandle drop, boolean readOnly) {
        this.what = what;
        this.owner = Thread.currentThread();
        this.handle = handle;
        this.drop = drop;
        MemorySegment all = MemorySegment.NULL.reinterpret(Long.MAX_VALUE, arena, null);
        this.memory = readOnly ? all.asReadOnly() : all;
    }

    /**
     * Adds a table of {@code count} slots, each for a message of these types (a read-only one
     * for received messages), and returns it, indexed like the native table.
     */
    SampleMemory[] addSlots(int count, boolean readOnly, TypeDetails payload, TypeDetails header) {
        return addSlots(count, readOnly, payload, false, header);
    }

    /** As {@link #addSlots(int, boolean, TypeDetails, TypeDetails)}, for a payload that may be a slice of {@code payload}. */
    SampleMemory[] addSlots(int count, boolean readOnly, TypeDetails payload, boolean slice, TypeDetails header) {
        if (!readOnly && memory.isReadOnly()) {
            throw new IllegalStateException("a read-only port has no writable slots");
        }
        MemorySegment slotMemory = readOnly ? memory.asReadOnly() : memory;
        SampleMemory[] table = new SampleMemory[count];
        for (int i = 0; i < count; i++) {
            table[i] = new SampleMemory(slotMemory, payload, slice, header);
        }
        SampleMemory[] all = Arrays.copyOf(slots, slots.length + count);
        System.arraycopy(table, 0, all, slots.length, count);
        slots = all;
        return table;
    }

    /** Makes the message object of a slot, once, when its table is added. */
    @FunctionalInterface
    interface MessageOfSlot<M> {
        M make(SampleMemory memory, int slot);
    }

    /**
     * Adds a table of slots as {@link #addSlots(int, boolean, TypeDetails, TypeDetails)} does, and
     * returns the message object of each slot, indexed like the table.
     */
    <M extends SharedMessage> M[] addMessages(int count, boolean readOnly, TypeDetails payload,
            Optional<TypeDetails> header, IntFunction<M[]> newArray, MessageOfSlot<M> message) {
        SampleMemory[] table = addSlots(count, readOnly, payload, header.orElse(null));
        M[] messages = newArray.apply(count);
        for (int i = 0; i < count; i++) {
            messages[i] = message.make(table[i], i);
        }
        return messages;
    }

    /** A slot of the first table. */
    SampleMemory slot(int index) {
        return slots[index];
    }

    int slotCount() {
        return slots.length;
    }

    /** The native handle; throws on another thread than the owner's, or when closed. */
    long handle() {
        checkThread();
        if (handle == 0) {
            throw new IllegalStateException("the " + what + " is closed");
        }
        return handle;
    }

    void checkThread() {
        if (Thread.currentThread() != owner) {
            throw new WrongThreadException("the " + what + " and its samples belong to thread \"" + owner.getName()
                    + "\"; use them there (or make a port per thread)");
        }
    }

    boolean isOpen() {
        return handle != 0;
    }

    /**
     * Closes the port from its API object's {@code close()}, on the port's thread: first the
     * confined arenas of its messages' raw segments (only this thread may close them), then the
     * port, through the API object's {@code cleanable}.
     */
    void close(Cleaner.Cleanable cleanable, SharedMessage[]... tables) {
        checkThread();
        for (SharedMessage[] table : tables) {
            for (SharedMessage message : table) {
                message.closeRawMemory();
            }
        }
        cleanable.clean();
    }

    /**
     * Closes the port, once: the memory first (every view's next access throws), then the
     * views are pointed at released memory, then the native port is dropped.
     */
    @Override
    public void run() {
        if (handle == 0) {
            return;
        }
        arena.close();
        for (SampleMemory slot : slots) {
            if (slot.active()) {
                slot.end();
            }
        }
        long dropped = handle;
        handle = 0;
        try {
            drop.invokeExact(dropped);
        } catch (Throwable t) {
            throw Native.rethrow(t);
        }
    }
}
