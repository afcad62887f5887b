package io.ioxschema.gen.rust;

import io.ioxschema.gen.ServiceQos;
import io.ioxschema.gen.ServiceWords;
import io.ioxschema.model.Module;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.ServiceSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A function per schema service (behind the crate's {@code iceoryx2} feature) that returns
 * iceoryx2's service builder with the schema's message types and QoS: the caller finishes it
 * with {@code open()}, {@code create()} or {@code open_or_create()}.
 */
final class RustServices {

    private static final String BUILDERS = "::iceoryx2::service::builder::";

    private RustServices() {
    }

    static List<RustModule.Service> of(Module module, List<ServiceDef> packageServices, RustTypes types) {
        List<RustModule.Service> services = new ArrayList<>();
        for (ServiceDef service : module.services()) {
            String stem = ServiceWords.snake(ServiceWords.of(service, packageServices));
            List<String> chain = new ArrayList<>();
            String builder = switch (service.pattern()) {
                case PUBLISH_SUBSCRIBE -> {
                    String payload = type(types, service, ServiceSetting.PAYLOAD);
                    String header = type(types, service, ServiceSetting.USER_HEADER);
                    chain.add(".publish_subscribe::<" + payload + ">()");
                    if (!header.equals("()")) {
                        chain.add(".user_header::<" + header + ">()");
                    }
                    yield BUILDERS + "publish_subscribe::Builder<" + payload + ", " + header + ", S>";
                }
                case REQUEST_RESPONSE -> {
                    String request = type(types, service, ServiceSetting.REQUEST);
                    String response = type(types, service, ServiceSetting.RESPONSE);
                    String requestHeader = type(types, service, ServiceSetting.REQUEST_HEADER);
                    String responseHeader = type(types, service, ServiceSetting.RESPONSE_HEADER);
                    chain.add(".request_response::<" + request + ", " + response + ">()");
                    if (!requestHeader.equals("()")) {
                        chain.add(".request_user_header::<" + requestHeader + ">()");
                    }
                    if (!responseHeader.equals("()")) {
                        chain.add(".response_user_header::<" + responseHeader + ">()");
                    }
                    yield BUILDERS + "request_response::Builder<" + request + ", " + requestHeader + ", " + response
                            + ", " + responseHeader + ", S>";
                }
                case EVENT -> {
                    chain.add(".event()");
                    yield BUILDERS + "event::Builder<S>";
                }
            };
            // A publisher's setting in iceoryx2's Rust API: the generated function leaves it to the publisher builder.
            chain.addAll(ServiceQos.builderCalls(service, Set.of(ServiceSetting.PUBLISHER_MAX_LOANED_SAMPLES)));
            List<String> doc = new ArrayList<>(service.doc().lines().stream().map(l -> l.isBlank() ? "" : " " + l).toList());
            if (!doc.isEmpty()) {
                doc.add("");
            }
            doc.add(" `service \"" + service.name() + "\" " + service.pattern().keyword() + "`: iceoryx2's builder of the"
                    + " service with the schema's message types and QoS;");
            doc.add(" finish it with `open()`, `create()` or `open_or_create()`.");
            Long loans = service.qos().get(ServiceSetting.PUBLISHER_MAX_LOANED_SAMPLES);
            if (loans != null) {
                doc.add(" The schema's publisher max loaned samples is a publisher's setting:");
                doc.add(" `publisher_builder().max_loaned_samples(" + loans + ")`.");
            }
            String constant = stem.toUpperCase(Locale.ROOT) + "_SERVICE";
            services.add(new RustModule.Service(service.name(), service.pattern().keyword(), constant,
                    stem + "_service", builder, chain, doc));
        }
        return services;
    }

    private static String type(RustTypes types, ServiceDef service, ServiceSetting setting) {
        return service.type(setting).map(types::path).orElse("()");
    }
}
