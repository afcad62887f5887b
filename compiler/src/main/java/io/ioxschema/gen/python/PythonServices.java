package io.ioxschema.gen.python;

import io.ioxschema.gen.ServiceWords;
import io.ioxschema.model.Module;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.ServiceSetting;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A function per schema service that returns the iceoryx2 wheel's service builder with the
 * schema's message types and QoS. The wheel is imported inside the function, so the bindings
 * need it only where a program calls one.
 */
final class PythonServices {

    /** The wheel's builder method of each QoS setting. */
    private static final Map<ServiceSetting, String> QOS = Map.ofEntries(
            Map.entry(ServiceSetting.HISTORY_SIZE, "history_size"),
            Map.entry(ServiceSetting.SUBSCRIBER_MAX_BUFFER_SIZE, "subscriber_max_buffer_size"),
            Map.entry(ServiceSetting.SUBSCRIBER_MAX_BORROWED_SAMPLES, "subscriber_max_borrowed_samples"),
            Map.entry(ServiceSetting.PUBLISHER_MAX_LOANED_SAMPLES, "publisher_max_loaned_samples"),
            Map.entry(ServiceSetting.MAX_PUBLISHERS, "max_publishers"),
            Map.entry(ServiceSetting.MAX_SUBSCRIBERS, "max_subscribers"),
            Map.entry(ServiceSetting.MAX_NODES, "max_nodes"),
            Map.entry(ServiceSetting.MAX_ACTIVE_REQUESTS_PER_CLIENT, "max_active_requests_per_client"),
            Map.entry(ServiceSetting.MAX_LOANED_REQUESTS, "max_loaned_requests"),
            Map.entry(ServiceSetting.MAX_RESPONSE_BUFFER_SIZE, "max_response_buffer_size"),
            Map.entry(ServiceSetting.MAX_BORROWED_RESPONSES_PER_PENDING_RESPONSE, "max_borrowed_responses_per_pending_response"),
            Map.entry(ServiceSetting.MAX_SERVERS, "max_servers"),
            Map.entry(ServiceSetting.MAX_CLIENTS, "max_clients"),
            Map.entry(ServiceSetting.MAX_NOTIFIERS, "max_notifiers"),
            Map.entry(ServiceSetting.MAX_LISTENERS, "max_listeners"),
            Map.entry(ServiceSetting.EVENT_ID_MAX_VALUE, "event_id_max_value"));

    private PythonServices() {
    }

    private static String stem(ServiceDef service, Module module) {
        return ServiceWords.snake(ServiceWords.of(service, module.services()));
    }

    static String constant(ServiceDef service, Module module) {
        return stem(service, module).toUpperCase(Locale.ROOT) + "_SERVICE";
    }

    static String function(ServiceDef service, Module module) {
        return stem(service, module) + "_service";
    }

    static List<PythonModule.Service> of(Module module) {
        String pkg = module.packageName();
        List<PythonModule.Service> services = new ArrayList<>();
        for (ServiceDef service : module.services()) {
            List<String> chain = new ArrayList<>();
            switch (service.pattern()) {
                case PUBLISH_SUBSCRIBE -> {
                    chain.add(".publish_subscribe(" + type(service, ServiceSetting.PAYLOAD, pkg) + ")");
                    service.type(ServiceSetting.USER_HEADER).ifPresent(h -> chain.add(".user_header(" + ref(h, pkg) + ")"));
                }
                case REQUEST_RESPONSE -> {
                    chain.add(".request_response(" + type(service, ServiceSetting.REQUEST, pkg) + ", "
                            + type(service, ServiceSetting.RESPONSE, pkg) + ")");
                    service.type(ServiceSetting.REQUEST_HEADER).ifPresent(h -> chain.add(".request_header(" + ref(h, pkg) + ")"));
                    service.type(ServiceSetting.RESPONSE_HEADER).ifPresent(h -> chain.add(".response_header(" + ref(h, pkg) + ")"));
                }
                case EVENT -> chain.add(".event()");
            }
            for (ServiceSetting setting : ServiceSetting.values()) {
                Long value = service.qos().get(setting);
                if (value != null && QOS.containsKey(setting)) {
                    chain.add("." + QOS.get(setting) + "(" + value + ")");
                }
            }
            String declaration = "``service \"" + service.name() + "\" " + service.pattern().keyword() + "``";
            PythonModule.Doc doc = PythonText.docstring(service.doc(), List.of(declaration + ": the iceoryx2 wheel's"
                    + " builder of the service\nwith the schema's message types and QoS; finish it with ``open()``,"
                    + " ``create()``\nor ``open_or_create()``. ``node`` is an ``iceoryx2.Node``."));
            services.add(new PythonModule.Service(constant(service, module), PythonText.literal(service.name()),
                    PythonText.docstringLine(declaration), function(service, module), doc, chain));
        }
        return services;
    }

    private static String type(ServiceDef service, ServiceSetting setting, String pkg) {
        return ref(service.type(setting).orElseThrow(), pkg);
    }

    private static String ref(StructDef struct, String pkg) {
        return (struct.packageName().equals(pkg) ? "" : PythonTypes.moduleName(struct.packageName()) + ".") + struct.name();
    }
}
