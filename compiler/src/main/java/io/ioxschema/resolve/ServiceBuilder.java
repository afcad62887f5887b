package io.ioxschema.resolve;

import io.ioxschema.diag.Diagnostics;
import io.ioxschema.model.MessagingPattern;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.ServiceSetting;
import io.ioxschema.model.StructDef;
import io.ioxschema.syntax.Ast;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds services: checks the name, the settings each pattern allows, and the message types. */
final class ServiceBuilder {

    private final TypeBuilder types;
    private final NumberReader numbers;
    private final Diagnostics diagnostics;
    /** First declaration of each (name, pattern), to report duplicates at the second. */
    private final Map<String, Ast.Service> seen = new HashMap<>();

    ServiceBuilder(TypeBuilder types, NumberReader numbers, Diagnostics diagnostics) {
        this.types = types;
        this.numbers = numbers;
        this.diagnostics = diagnostics;
    }

    Optional<ServiceDef> build(Ast.Service decl, LoadedFile file) {
        MessagingPattern pattern = MessagingPattern.valueOf(decl.pattern().name());
        Attributes.check(decl.attributes(), Set.of(), "a service", diagnostics);
        boolean valid = NameRules.checkServiceName(decl.name(), diagnostics) & unique(decl, pattern);
        Map<ServiceSetting, StructDef> messageTypes = new EnumMap<>(ServiceSetting.class);
        Map<ServiceSetting, Long> qos = new EnumMap<>(ServiceSetting.class);
        for (Ast.Setting setting : decl.settings()) {
            valid &= setting(setting, pattern, file, messageTypes, qos);
        }
        for (ServiceSetting required : ServiceSetting.values()) {
            if (required.isRequired() && required.appliesTo(pattern) && !messageTypes.containsKey(required)
                    && decl.settings().stream().noneMatch(s -> s.key().text().equals(required.key()))) {
                diagnostics.error(decl.name().span(), Messages.withArticle(pattern.keyword()) + " service needs '"
                        + required.key() + ": <struct>;'");
                valid = false;
            }
        }
        return valid ? Optional.of(new ServiceDef(decl.name().value(), pattern, messageTypes, qos,
                TypeBuilder.doc(decl.doc()), decl.name().span())) : Optional.empty();
    }

    private boolean unique(Ast.Service decl, MessagingPattern pattern) {
        Ast.Service first = seen.putIfAbsent(pattern + "\u0000" + decl.name().value(), decl);
        if (first != null) {
            diagnostics.error(decl.name().span(), "duplicate service \"" + decl.name().value() + "\" ("
                    + pattern.keyword() + "); first declared at " + first.name().span().location());
            return false;
        }
        return true;
    }

    private boolean setting(Ast.Setting setting, MessagingPattern pattern, LoadedFile file,
                            Map<ServiceSetting, StructDef> messageTypes, Map<ServiceSetting, Long> qos) {
        String key = setting.key().text();
        Optional<ServiceSetting> known = ServiceSetting.byKey(key).filter(s -> s.appliesTo(pattern));
        if (known.isEmpty()) {
            diagnostics.error(setting.key().span(), "unknown setting '" + key + "' for "
                    + Messages.withArticle(pattern.keyword()) + " service; allowed: "
                    + String.join(", ", java.util.Arrays.stream(ServiceSetting.values())
                    .filter(s -> s.appliesTo(pattern)).map(ServiceSetting::key).toList()));
            return false;
        }
        ServiceSetting kind = known.get();
        if (messageTypes.containsKey(kind) || qos.containsKey(kind)) {
            diagnostics.error(setting.key().span(), "setting '" + key + "' is given twice");
            return false;
        }
        return kind.isType() ? messageType(setting, kind, file, messageTypes) : qosValue(setting, kind, file, qos);
    }

    private boolean messageType(Ast.Setting setting, ServiceSetting kind, LoadedFile file,
                                Map<ServiceSetting, StructDef> messageTypes) {
        if (!(setting.value() instanceof Ast.Type type)) {
            diagnostics.error(setting.value().span(), "'" + kind.key() + "' takes a struct type");
            return false;
        }
        Optional<StructDef> struct = types.fieldType(type, file).flatMap(t -> {
            if (t instanceof io.ioxschema.model.FieldType.StructRef ref) {
                return Optional.of(ref.struct());
            }
            diagnostics.error(type.span(), "the " + kind.key().replace('_', ' ') + " of a service must be a struct,"
                    + " not '" + t.schemaText() + "'");
            return Optional.empty();
        });
        struct.ifPresent(s -> messageTypes.put(kind, s));
        return struct.isPresent();
    }

    private boolean qosValue(Ast.Setting setting, ServiceSetting kind, LoadedFile file, Map<ServiceSetting, Long> qos) {
        Ast.Expr expr = switch (setting.value()) {
            case Ast.Expr e -> e;
            // A bare name parses as a type; here it names a constant.
            case Ast.NamedType n -> new Ast.ConstRef(n.name(), n.span());
            default -> null;
        };
        if (expr == null) {
            diagnostics.error(setting.value().span(), "'" + kind.key() + "' takes a number");
            return false;
        }
        Optional<Long> value = numbers.count(expr, file, "'" + kind.key() + "'", kind.minimum(), Limits.MAX_COUNT);
        value.ifPresent(v -> qos.put(kind, v));
        return value.isPresent();
    }
}
