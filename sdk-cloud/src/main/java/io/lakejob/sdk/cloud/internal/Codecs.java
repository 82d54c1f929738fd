package io.lakejob.sdk.cloud.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of operation codecs, keyed by operation name. The transport's capabilities are
 * exactly the operations listed here.
 */
public final class Codecs {
    private static final Map<String, OperationCodec<?, ?>> ALL = build(concat(
            QueueCodecs.all(),
            SqlJobCodecs.all(),
            ResourceCodecs.all(),
            ConnectionCodecs.all(),
            PermissionCodecs.all(),
            QueuePlanCodecs.all(),
            CatalogCodecs.all(),
            VariableCodecs.all(),
            FlinkJobCodecs.all(),
            BatchCodecs.all(),
            TemplateCodecs.all()));

    private Codecs() {}

    /**
     * Every codec, by operation name.
     *
     * @return an immutable map in registration order
     */
    public static Map<String, OperationCodec<?, ?>> all() {
        return ALL;
    }

    @SafeVarargs
    static List<OperationCodec<?, ?>> concat(List<OperationCodec<?, ?>>... groups) {
        List<OperationCodec<?, ?>> all = new ArrayList<>();
        for (List<OperationCodec<?, ?>> g : groups) {
            all.addAll(g);
        }
        return all;
    }

    static Map<String, OperationCodec<?, ?>> build(List<OperationCodec<?, ?>> codecs) {
        Map<String, OperationCodec<?, ?>> map = new LinkedHashMap<>();
        for (OperationCodec<?, ?> c : codecs) {
            if (map.put(c.operation().name(), c) != null) {
                throw new IllegalStateException(
                        "Two codecs for operation " + c.operation().name());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
