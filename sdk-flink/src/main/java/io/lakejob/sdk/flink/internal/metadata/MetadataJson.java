package io.lakejob.sdk.flink.internal.metadata;

import io.lakejob.sdk.model.ExtensibleEnum;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.JsonGenerator;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.JsonParser;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.BeanDescription;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.DeserializationConfig;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.DeserializationContext;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.DeserializationFeature;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JavaType;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonDeserializer;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.SerializerProvider;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.module.SimpleDeserializers;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.module.SimpleModule;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON mapping of the metadata documents (Flink's shaded Jackson): records by their canonical
 * constructors, {@link java.time.Instant}s as ISO-8601 text, and every {@link ExtensibleEnum} as
 * its {@link ExtensibleEnum#value() wire text}, read back through the subclass's static
 * {@code of(String)} so unknown values survive a round trip. A job definition's
 * {@link io.lakejob.sdk.model.job.FlinkJobSettings} is written flat beside its other fields, as
 * before the settings were one value ({@link FlatSettings}). Only record components are written
 * (getters are not), and unknown fields are ignored on read so an older client can read a newer
 * document.
 */
final class MetadataJson {
    private static final ObjectMapper MAPPER = create();

    private MetadataJson() {}

    /** @return the shared, thread-safe mapper */
    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        SimpleModule enums = new SimpleModule("lakejob-extensible-enums");
        enums.addSerializer(ExtensibleEnum.class, new StdSerializer<>(ExtensibleEnum.class) {
            @Override
            public void serialize(ExtensibleEnum value, JsonGenerator gen, SerializerProvider provider)
                    throws IOException {
                gen.writeString(value.value());
            }
        });
        enums.setDeserializers(new SimpleDeserializers() {
            @Override
            public JsonDeserializer<?> findBeanDeserializer(
                    JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
                Class<?> raw = type.getRawClass();
                return ExtensibleEnum.class.isAssignableFrom(raw) ? new EnumDeserializer(raw) : null;
            }
        });
        // Job definitions keep the flat shape of earlier files (see FlatSettings).
        enums.setSerializerModifier(new FlatSettings.Writing());
        enums.setDeserializerModifier(new FlatSettings.Reading());
        ObjectMapper m = new ObjectMapper();
        m.registerModule(new JavaTimeModule());
        m.registerModule(new Jdk8Module());
        m.registerModule(enums);
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        m.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        m.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        // Records: their component fields only (no is*/get* convenience methods as extra fields).
        m.setVisibility(m.getSerializationConfig()
                .getDefaultVisibilityChecker()
                .withFieldVisibility(Visibility.ANY)
                .withGetterVisibility(Visibility.NONE)
                .withIsGetterVisibility(Visibility.NONE));
        return m;
    }

    /** Reads an {@link ExtensibleEnum} subclass through its static {@code of(String)}. */
    private static final class EnumDeserializer extends JsonDeserializer<Object> {
        private final Method of;

        EnumDeserializer(Class<?> type) {
            try {
                Method m = type.getMethod("of", String.class);
                if (!Modifier.isStatic(m.getModifiers()) || !type.isAssignableFrom(m.getReturnType())) {
                    throw new IllegalStateException(type.getName() + ".of(String) is not a static factory");
                }
                this.of = m;
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no static of(String)", e);
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            if (text == null) {
                return null;
            }
            try {
                return of.invoke(null, text);
            } catch (ReflectiveOperationException e) {
                throw new IOException("Cannot read " + of.getDeclaringClass().getSimpleName() + " '" + text + "'", e);
            }
        }
    }
}
