package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The compression of exported data (field {@code compress}). Unknown values from the service are kept. */
public final class Compression extends ExtensibleEnum {
    private static final EnumRegistry<Compression> REGISTRY = new EnumRegistry<>(Compression::new);

    /** gzip. */
    public static final Compression GZIP = REGISTRY.known("gzip");
    /** bzip2. */
    public static final Compression BZIP2 = REGISTRY.known("bzip2");
    /** deflate. */
    public static final Compression DEFLATE = REGISTRY.known("deflate");
    /** No compression. */
    public static final Compression NONE = REGISTRY.known("none");

    private Compression(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static Compression of(String value) {
        return REGISTRY.of("compress", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<Compression> knownValues() {
        return REGISTRY.values();
    }
}
