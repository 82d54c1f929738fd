package io.lakejob.sdk.spi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every operation: the 82 operations of the DLI reference plus the
 * Flink-platform operations. The constants live in one holder class per group
 * ({@link QueueOperations}, {@link FlinkJobOperations}, ...).
 */
public final class Operations {
    private static final List<Class<?>> HOLDERS = List.of(
            PermissionOperations.class,
            QueueOperations.class,
            CatalogOperations.class,
            SqlJobOperations.class,
            ResourceOperations.class,
            FlinkJobOperations.class,
            BatchOperations.class,
            TemplateOperations.class,
            ConnectionOperations.class,
            VariableOperations.class,
            FlinkPlatformOperations.class);

    private static final List<Operation<?, ?>> ALL;
    private static final Map<String, Operation<?, ?>> BY_NAME;

    static {
        List<Operation<?, ?>> all = new ArrayList<>();
        Map<String, Operation<?, ?>> byName = new LinkedHashMap<>();
        for (Class<?> holder : HOLDERS) {
            for (Field f : holder.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Operation.class) {
                    try {
                        Operation<?, ?> op = (Operation<?, ?>) f.get(null);
                        if (byName.put(op.name(), op) != null) {
                            throw new IllegalStateException("Duplicate operation name " + op.name());
                        }
                        all.add(op);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        ALL = Collections.unmodifiableList(all);
        BY_NAME = Collections.unmodifiableMap(byName);
    }

    private Operations() {}

    /**
     * Every operation, grouped by holder class.
     *
     * @return an immutable list
     */
    public static List<Operation<?, ?>> all() {
        return ALL;
    }

    /**
     * The operation with the given name.
     *
     * @param name for example {@code CreateQueue}
     * @return the operation, or empty
     */
    public static Optional<Operation<?, ?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
