package io.ioxschema.gen;

import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.ServiceSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A schema service's QoS as calls of iceoryx2's service builder, in Rust and in the Python wheel
 * alike: the schema language took its setting names from iceoryx2's builder methods.
 */
public final class ServiceQos {

    private ServiceQos() {
    }

    /** {@code .history_size(16)} and so on, in the order of {@link ServiceSetting}, except the settings in {@code except}. */
    public static List<String> builderCalls(ServiceDef service, Set<ServiceSetting> except) {
        List<String> calls = new ArrayList<>();
        for (ServiceSetting setting : ServiceSetting.values()) {
            Long value = service.qos().get(setting);
            if (value != null && !setting.isType() && !except.contains(setting)) {
                calls.add("." + setting.key() + "(" + value + ")");
            }
        }
        return calls;
    }
}
