package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** What an export does when its target folder exists (field {@code export_mode}). Unknown values from the service are kept. */
public final class ExportMode extends ExtensibleEnum {
    private static final EnumRegistry<ExportMode> REGISTRY = new EnumRegistry<>(ExportMode::new);

    /** Fail if the folder exists (the default). */
    public static final ExportMode ERROR_IF_EXISTS = REGISTRY.known("ErrorIfExists");
    /** Delete the existing files and write new ones. */
    public static final ExportMode OVERWRITE = REGISTRY.known("Overwrite");

    private ExportMode(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static ExportMode of(String value) {
        return REGISTRY.of("export_mode", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<ExportMode> knownValues() {
        return REGISTRY.values();
    }
}
