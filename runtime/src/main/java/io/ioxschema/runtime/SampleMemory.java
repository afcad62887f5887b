package io.ioxschema.runtime;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the sample of one slot of a port is, and the generated views bound to it. A view is
 * bound into the port's memory at the sample's address, so binding allocates nothing; when the
 * sample ends (sent, closed, released, or its port closed) every view bound to it is pointed at
 * {@link Released#MEMORY} at the same address, so using it afterwards throws
 * {@link IllegalStateException}, and a thread that sees the change only half (the view's fields
 * are plain) sees either the sample's memory or released memory, never a wrong address.
 *
 * <p>Used by the port's thread, and once by the port's Cleaner when the port is unreachable.
 * It must not refer to the port's API object, which the Cleaner watches.
 */
final class SampleMemory {

    private final MemorySegment memory;
    private final TypeDetails payloadType;
    private final boolean slice;
    private final TypeDetails headerType;

    private boolean active;
    private long payloadAddress;
    private long headerAddress;

    private Object[] bound = new Object[2];
    private ViewType[] boundTypes = new ViewType[2];
    private long[] boundAt = new long[2];
    private int boundCount;

    /** The views made by {@link #payload(Supplier)} and {@link #userHeader(Supplier)}, reused per factory. */
    private Supplier<?> payloadFactory;
    private Object payloadView;
    private Supplier<?> headerFactory;
    private Object headerView;

    /**
     * @param memory the port's memory (read-only for a subscriber)
     * @param payloadType the payload's type, or a slice element's
     * @param headerType null when the service has no user header
     */
    SampleMemory(MemorySegment memory, TypeDetails payloadType, boolean slice, TypeDetails headerType) {
        this.memory = memory;
        this.payloadType = payloadType;
        this.slice = slice;
        this.headerType = headerType;
    }

    void begin(long payloadAddress, long headerAddress) {
        this.payloadAddress = payloadAddress;
        this.headerAddress = headerAddress;
        this.active = true;
    }

    boolean active() {
        return active;
    }

    long payloadAddress() {
        return payloadAddress;
    }

    long headerAddress() {
        return headerAddress;
    }

    void requireActive() {
        if (!active) {
            throw new IllegalStateException("the sample was sent, closed or released: its memory is not yours any more");
        }
    }

    <V> V bindPayload(V view) {
        if (slice) {
            throw new IllegalStateException("the payload is a slice of " + payloadType
                    + ": bind a view to one element with payloadElement(view, index)");
        }
        return bind(view, payloadAddress, payloadType, "payload");
    }

    /** Binds a view of the element type to element {@code index} of a slice of {@code length}. */
    <V> V bindPayloadElement(V view, long index, long length) {
        if (!slice) {
            throw new IllegalStateException("the payload is " + payloadType + ", not a slice: bind a view with payload(view)");
        }
        requireActive();
        Objects.checkIndex(index, length);
        return bind(view, payloadAddress + index * payloadType.size(), payloadType, "slice element");
    }

    <V> V bindUserHeader(V view) {
        if (headerType == null) {
            throw new IllegalArgumentException("the service has no user header");
        }
        return bind(view, headerAddress, headerType, "user header");
    }

    @SuppressWarnings("unchecked")
    <V> V payload(Supplier<V> factory) {
        if (factory != payloadFactory) {
            payloadView = factory.get();
            payloadFactory = factory;
        }
        return bindPayload((V) payloadView);
    }

    @SuppressWarnings("unchecked")
    <V> V userHeader(Supplier<V> factory) {
        if (factory != headerFactory) {
            headerView = factory.get();
            headerFactory = factory;
        }
        return bindUserHeader((V) headerView);
    }

    private <V> V bind(V view, long address, TypeDetails expected, String what) {
        requireActive();
        ViewType type = ViewType.of(view.getClass());
        type.requireViewOf(expected, what);
        type.binder.wrap(view, memory, address);
        remember(view, type, address);
        return view;
    }

    private void remember(Object view, ViewType type, long address) {
        for (int i = 0; i < boundCount; i++) {
            if (bound[i] == view) {
                boundAt[i] = address;
                return;
            }
        }
        if (boundCount == bound.length) {
            bound = Arrays.copyOf(bound, boundCount * 2);
            boundTypes = Arrays.copyOf(boundTypes, boundCount * 2);
            boundAt = Arrays.copyOf(boundAt, boundCount * 2);
        }
        bound[boundCount] = view;
        boundTypes[boundCount] = type;
        boundAt[boundCount] = address;
        boundCount++;
    }

    /** The sample ended: its views now point at released memory. */
    void end() {
        active = false;
        for (int i = 0; i < boundCount; i++) {
            boundTypes[i].binder.wrap(bound[i], Released.MEMORY, boundAt[i]);
            bound[i] = null;
            boundTypes[i] = null;
        }
        boundCount = 0;
    }
}
