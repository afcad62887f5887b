package io.ioxschema.gen.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.ioxschema.gen.GenerationInput;
import io.ioxschema.gen.ServiceWords;
import io.ioxschema.model.MessagingPattern;
import io.ioxschema.model.Module;
import io.ioxschema.model.ServiceDef;
import io.ioxschema.model.ServiceSetting;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The class of one schema service ({@code service "sensor/data"} gives
 * {@code SensorDataService}): opens it through the iox-schema runtime with the schema's message
 * types and QoS. Generated only on request ({@code --java-services}): it is the one generated
 * class that needs more than the JDK.
 */
final class ServiceClass {

    private static final String RUNTIME = "io.ioxschema.runtime";
    private static final ClassName NODE = ClassName.get(RUNTIME, "Node");

    /** Per pattern: the runtime's builder and service classes and the ServiceBuilder method. */
    private record Pattern(ClassName builder, ClassName service, String method) {
    }

    private static final Map<MessagingPattern, Pattern> PATTERNS = Map.of(
            MessagingPattern.PUBLISH_SUBSCRIBE, new Pattern(ClassName.get(RUNTIME, "PublishSubscribeBuilder"),
                    ClassName.get(RUNTIME, "PublishSubscribeService"), "publishSubscribe"),
            MessagingPattern.REQUEST_RESPONSE, new Pattern(ClassName.get(RUNTIME, "RequestResponseBuilder"),
                    ClassName.get(RUNTIME, "RequestResponseService"), "requestResponse"),
            MessagingPattern.EVENT, new Pattern(ClassName.get(RUNTIME, "EventServiceBuilder"),
                    ClassName.get(RUNTIME, "EventService"), "event"));

    /** The runtime builder's method for each QoS setting of the schema. */
    private static final Map<ServiceSetting, String> QOS = Map.ofEntries(
            Map.entry(ServiceSetting.HISTORY_SIZE, "historySize"),
            Map.entry(ServiceSetting.SUBSCRIBER_MAX_BUFFER_SIZE, "subscriberMaxBufferSize"),
            Map.entry(ServiceSetting.SUBSCRIBER_MAX_BORROWED_SAMPLES, "subscriberMaxBorrowedSamples"),
            Map.entry(ServiceSetting.MAX_PUBLISHERS, "maxPublishers"),
            Map.entry(ServiceSetting.MAX_SUBSCRIBERS, "maxSubscribers"),
            Map.entry(ServiceSetting.MAX_NODES, "maxNodes"),
            Map.entry(ServiceSetting.MAX_ACTIVE_REQUESTS_PER_CLIENT, "maxActiveRequestsPerClient"),
            Map.entry(ServiceSetting.MAX_LOANED_REQUESTS, "maxLoanedRequests"),
            Map.entry(ServiceSetting.MAX_RESPONSE_BUFFER_SIZE, "maxResponseBufferSize"),
            Map.entry(ServiceSetting.MAX_BORROWED_RESPONSES_PER_PENDING_RESPONSE, "maxBorrowedResponsesPerPendingResponse"),
            Map.entry(ServiceSetting.MAX_SERVERS, "maxServers"),
            Map.entry(ServiceSetting.MAX_CLIENTS, "maxClients"),
            Map.entry(ServiceSetting.MAX_NOTIFIERS, "maxNotifiers"),
            Map.entry(ServiceSetting.MAX_LISTENERS, "maxListeners"),
            Map.entry(ServiceSetting.EVENT_ID_MAX_VALUE, "eventIdMaxValue"));

    private ServiceClass() {
    }

    /** {@code "sensor/data"} gives {@code SensorDataService} (see {@link ServiceWords}). */
    static String simpleName(ServiceDef service, List<ServiceDef> packageServices) {
        return ServiceWords.pascal(ServiceWords.of(service, packageServices)) + "Service";
    }

    static TypeSpec build(String packageName, Module module, ServiceDef service, List<ServiceDef> packageServices) {
        Pattern pattern = PATTERNS.get(service.pattern());
        ClassName name = ClassName.get(packageName, simpleName(service, packageServices));
        String declaration = "{@code service \"" + JavaDocs.text(service.name()) + "\" " + service.pattern().keyword()
                + "} of " + JavaDocs.text(GenerationInput.sourceName(module));
        TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(JavaDocs.with(service.doc(), declaration + ": opens the service through the iox-schema"
                        + " runtime with the schema's message types and QoS" + settings(service) + ".\n\n<p>With"
                        + " {@link #builder} a program may change a setting before it opens the service."))
                .addField(FieldSpec.builder(JavaTypes.STRING, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", service.name()).addJavadoc("The iceoryx2 service name.\n").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("builder").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(pattern.builder()).addParameter(NODE, "node")
                        .addJavadoc("A builder of the service with the schema's types and QoS.\n")
                        .addStatement("return $L", builderChain(service, pattern)).build());
        if (service.pattern() == MessagingPattern.PUBLISH_SUBSCRIBE) {
            Long loans = service.qos().get(ServiceSetting.PUBLISHER_MAX_LOANED_SAMPLES);
            type.addMethod(MethodSpec.methodBuilder("publisher").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(ClassName.get(RUNTIME, "Publisher")).addParameter(pattern.service(), "service")
                    .addJavadoc("A publisher of the service" + (loans == null ? "" : " that may hold "
                            + loans + " loans at once (the schema's publisher max loaned samples)")
                            + "; it belongs to the calling thread.\n")
                    .addStatement(loans == null ? "return service.publisher()" : "return service.publisher(" + loans + ")")
                    .build());
        }
        for (String open : new String[] {"open", "create", "openOrCreate"}) {
            type.addMethod(MethodSpec.methodBuilder(open).addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(pattern.service()).addParameter(NODE, "node")
                    .addJavadoc("{@code builder(node).$L()}.\n", open)
                    .addStatement("return builder(node).$L()", open).build());
        }
        return type.build();
    }

    private static CodeBlock builderChain(ServiceDef service, Pattern pattern) {
        CodeBlock.Builder chain = CodeBlock.builder().add("node.service(NAME).$L(", pattern.method());
        service.type(ServiceSetting.PAYLOAD).ifPresent(payload -> chain.add("$T.class", JavaTypes.type(payload)));
        service.type(ServiceSetting.REQUEST).ifPresent(request -> chain.add("$T.class, $T.class", JavaTypes.type(request),
                JavaTypes.type(service.type(ServiceSetting.RESPONSE).orElseThrow())));
        chain.add(")");
        service.type(ServiceSetting.USER_HEADER).ifPresent(header ->
                chain.add("\n.userHeader($T.class)", JavaTypes.type(header)));
        service.type(ServiceSetting.REQUEST_HEADER).ifPresent(header ->
                chain.add("\n.requestHeader($T.class)", JavaTypes.type(header)));
        service.type(ServiceSetting.RESPONSE_HEADER).ifPresent(header ->
                chain.add("\n.responseHeader($T.class)", JavaTypes.type(header)));
        for (ServiceSetting setting : ServiceSetting.values()) {
            Optional.ofNullable(service.qos().get(setting)).filter(v -> QOS.containsKey(setting))
                    .ifPresent(value -> chain.add("\n.$L($L)", QOS.get(setting), value));
        }
        return chain.build();
    }

    /** ", history size 16, max publishers 2" for the doc. */
    private static String settings(ServiceDef service) {
        StringBuilder text = new StringBuilder();
        for (ServiceSetting setting : ServiceSetting.values()) {
            if (service.qos().containsKey(setting)) {
                text.append(", ").append(setting.key().replace('_', ' ')).append(' ').append(service.qos().get(setting));
            }
        }
        return text.toString();
    }
}
