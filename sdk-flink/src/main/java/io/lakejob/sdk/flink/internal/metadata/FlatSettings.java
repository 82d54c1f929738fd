package io.lakejob.sdk.flink.internal.metadata;

import io.lakejob.sdk.model.job.FlinkJobSettings;
import io.lakejob.sdk.model.job.FlinkJobSettings.Field;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.JsonGenerator;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.core.JsonParser;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.BeanDescription;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.BeanProperty;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.DeserializationConfig;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.DeserializationContext;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonDeserializer;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonMappingException;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.JsonSerializer;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.SerializationConfig;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.SerializerProvider;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ser.ContextualSerializer;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.util.TokenBuffer;

/**
 * Keeps the metadata documents' job definitions flat: a record that carries a
 * {@link FlinkJobSettings} component ({@code CreateFlinkSqlJobRequest}, the jar requests) is
 * written with the settings' fields beside its own ({@code "parallelNumber": 2}, as before the
 * settings became one value), and read from either shape. Files written by earlier clients keep
 * their settings, and earlier clients read the files this one writes.
 */
final class FlatSettings {
    /** The name of the settings component in the records that carry one. */
    static final String COMPONENT = "settings";

    private FlatSettings() {}

    /**
     * Whether a type is a record with a settings component.
     *
     * @param type the type
     * @return whether its settings are written flat
     */
    static boolean carriesSettings(Class<?> type) {
        if (!type.isRecord()) {
            return false;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(COMPONENT) && c.getType() == FlinkJobSettings.class) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves the settings' fields up beside the record's own.
     *
     * @param record the record as written by the bean serializer
     */
    static void flatten(ObjectNode record) {
        JsonNode settings = record.remove(COMPONENT);
        if (settings instanceof ObjectNode s) {
            record.setAll(s);
        }
    }

    /**
     * Gathers the settings' fields of a flat record under the settings component; a record that
     * has one already is left as it is.
     *
     * @param record the record as read
     */
    static void nest(ObjectNode record) {
        if (record.has(COMPONENT)) {
            return;
        }
        ObjectNode settings = record.objectNode();
        for (Field f : Field.values()) {
            JsonNode v = record.remove(f.javaName());
            if (v != null) {
                settings.set(f.javaName(), v);
            }
        }
        record.set(COMPONENT, settings);
    }

    /** Wraps the serializers of the records that carry settings. */
    static final class Writing extends BeanSerializerModifier {
        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> modifySerializer(
                SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
            return carriesSettings(description.getBeanClass())
                    ? new FlatWriter((JsonSerializer<Object>) serializer)
                    : serializer;
        }
    }

    /** Wraps the deserializers of the records that carry settings. */
    static final class Reading extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            return carriesSettings(description.getBeanClass()) ? new FlatReader(deserializer) : deserializer;
        }
    }

    /** Writes through the bean serializer, then flattens. */
    private static final class FlatWriter extends JsonSerializer<Object>
            implements ResolvableSerializer, ContextualSerializer {
        private final JsonSerializer<Object> delegate;

        FlatWriter(JsonSerializer<Object> delegate) {
            this.delegate = delegate;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            TokenBuffer buffer = new TokenBuffer(gen.getCodec(), false);
            delegate.serialize(value, buffer, provider);
            JsonNode tree;
            try (JsonParser p = buffer.asParser(gen.getCodec())) {
                tree = p.readValueAsTree();
            }
            if (tree instanceof ObjectNode o) {
                flatten(o);
            }
            gen.writeTree(tree);
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (delegate instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
                throws JsonMappingException {
            JsonSerializer<?> contextual = provider.handlePrimaryContextualization(delegate, property);
            return contextual == delegate ? this : new FlatWriter((JsonSerializer<Object>) contextual);
        }

        @Override
        public Class<Object> handledType() {
            return delegate.handledType();
        }
    }

    /** Nests, then reads through the bean deserializer. */
    private static final class FlatReader extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        FlatReader(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new FlatReader(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree = ctxt.readTree(p);
            if (tree instanceof ObjectNode o) {
                nest(o);
            }
            try (JsonParser q = tree.traverse(p.getCodec())) {
                q.nextToken();
                return _delegatee.deserialize(q, ctxt);
            }
        }
    }
}
