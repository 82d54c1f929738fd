package io.lakejob.sdk.model.catalog;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** How a table preview runs (reference 7.2.5 {@code mode}). Unknown values from the service are kept. */
public final class PreviewMode extends ExtensibleEnum {
    private static final EnumRegistry<PreviewMode> REGISTRY = new EnumRegistry<>(PreviewMode::new);

    /** Return the rows in the answer (the default). */
    public static final PreviewMode SYNC = REGISTRY.known("SYNC");
    /** Start a job and return its id; the rows are fetched through the job. */
    public static final PreviewMode ASYNC = REGISTRY.known("ASYNC");

    private PreviewMode(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text (case-insensitive); unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static PreviewMode of(String value) {
        return REGISTRY.of("mode", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<PreviewMode> knownValues() {
        return REGISTRY.values();
    }
}
