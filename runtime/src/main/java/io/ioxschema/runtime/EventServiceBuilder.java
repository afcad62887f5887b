package io.ioxschema.runtime;

import static java.lang.foreign.ValueLayout.ADDRESS;

import java.lang.foreign.MemorySegment;

/**
 * Settings of an event service, then {@link #open()}, {@link #create()} or
 * {@link #openOrCreate()}; as for {@link PublishSubscribeBuilder}, settings left out take
 * iceoryx2's defaults and are minimums when the service is opened.
 */
public final class EventServiceBuilder {

    private final Node node;
    private final String name;
    private final QosValues qos = new QosValues(4);

    EventServiceBuilder(Node node, String name) {
        this.node = node;
        this.name = name;
    }

    public EventServiceBuilder maxNotifiers(long value) {
        return set(0, value);
    }

    public EventServiceBuilder maxListeners(long value) {
        return set(1, value);
    }

    public EventServiceBuilder maxNodes(long value) {
        return set(2, value);
    }

    /** The largest event id notifiers may send. */
    public EventServiceBuilder eventIdMaxValue(long value) {
        return set(3, value);
    }

    private EventServiceBuilder set(int index, long value) {
        qos.count(index, value);
        return this;
    }

    public EventService open() {
        return build(OpenMode.OPEN);
    }

    public EventService create() {
        return build(OpenMode.CREATE);
    }

    public EventService openOrCreate() {
        return build(OpenMode.OPEN_OR_CREATE);
    }

    private EventService build(OpenMode mode) {
        return node.call((nodeHandle, arena) -> {
            MemorySegment nameText = Native.utf8(arena, name);
            MemorySegment out = arena.allocate(ADDRESS);
            Native.check((int) Native.EVENT_SERVICE.invokeExact(nodeHandle, mode.code(), nameText, nameText.byteSize(),
                    qos.in(arena), out));
            return new EventService(node, name, out.get(ADDRESS, 0));
        });
    }
}
