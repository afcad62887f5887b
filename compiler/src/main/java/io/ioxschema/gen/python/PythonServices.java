package io.ioxschema.gen.python;

import io.ioxschema.gen.ServiceQos;
import io.ioxschema.gen.ServiceWords;
import io.ioxschema.model.Module;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.ServiceSetting;
import io.ioxschema.model.StructDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A function per schema service that returns the iceoryx2 wheel's service builder with the
 * schema's message types and QoS. The wheel is imported inside the function, so the bindings
 * need it only where a program calls one.
 */
final class PythonServices {

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
            chain.addAll(ServiceQos.builderCalls(service, Set.of()));
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
