package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The sort order of a SQL job list (query parameter {@code order}). Unknown values from the service are kept. */
public final class SqlJobOrder extends ExtensibleEnum {
    private static final EnumRegistry<SqlJobOrder> REGISTRY = new EnumRegistry<>(SqlJobOrder::new);

    /** Newest submission first (the default). */
    public static final SqlJobOrder START_TIME_DESC = REGISTRY.known("start_time_desc");
    /** Oldest submission first. */
    public static final SqlJobOrder START_TIME_ASC = REGISTRY.known("start_time_asc");
    /** Longest running first. */
    public static final SqlJobOrder DURATION_DESC = REGISTRY.known("duration_desc");
    /** Shortest running first. */
    public static final SqlJobOrder DURATION_ASC = REGISTRY.known("duration_asc");

    private SqlJobOrder(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static SqlJobOrder of(String value) {
        return REGISTRY.of("order", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<SqlJobOrder> knownValues() {
        return REGISTRY.values();
    }
}
