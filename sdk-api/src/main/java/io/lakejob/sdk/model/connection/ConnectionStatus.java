package io.lakejob.sdk.model.connection;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The state of an enhanced datasource connection or of one queue's part of it (reference 12.3, 12.4, table 12-16). Unknown values from the service are kept. */
public final class ConnectionStatus extends ExtensibleEnum {
    private static final EnumRegistry<ConnectionStatus> REGISTRY = new EnumRegistry<>(ConnectionStatus::new);

    /** Being created. */
    public static final ConnectionStatus CREATING = REGISTRY.known("CREATING");
    /** Created; the destination is reachable. */
    public static final ConnectionStatus ACTIVE = REGISTRY.known("ACTIVE");
    /** Creation failed. */
    public static final ConnectionStatus FAILED = REGISTRY.known("FAILED");
    /** Deleted (a list filter value of 12.3). */
    public static final ConnectionStatus DELETED = REGISTRY.known("DELETED");

    private ConnectionStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static ConnectionStatus of(String value) {
        return REGISTRY.of("status", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<ConnectionStatus> knownValues() {
        return REGISTRY.values();
    }
}
