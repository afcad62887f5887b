package io.ioxschema.model;

import io.ioxschema.source.SourceSpan;
import java.util.Map;
import java.util.Optional;

/** An iceoryx2 service: its name, pattern, message types and QoS values. */
public record ServiceDef(String name, MessagingPattern pattern, Map<ServiceSetting, StructDef> types,
                         Map<ServiceSetting, Long> qos, Doc doc, SourceSpan span) {
    public ServiceDef {
        types = Map.copyOf(types);
        qos = Map.copyOf(qos);
    }

    public Optional<StructDef> type(ServiceSetting setting) {
        return Optional.ofNullable(types.get(setting));
    }
}
