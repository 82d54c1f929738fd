package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The type of a resource file or group (reference 8.1 {@code kind}, 8.2, 8.3-8.5 {@code module_type}). Unknown values from the service are kept. */
public final class ResourceKind extends ExtensibleEnum {
    private static final EnumRegistry<ResourceKind> REGISTRY = new EnumRegistry<>(ResourceKind::new);

    /** A user jar file. */
    public static final ResourceKind JAR = REGISTRY.known("jar");
    /** A user Python file. */
    public static final ResourceKind PY_FILE = REGISTRY.known("pyFile");
    /** A user file; also used when one upload mixes several file types. */
    public static final ResourceKind FILE = REGISTRY.known("file");
    /** A user AI model file. */
    public static final ResourceKind MODEL_FILE = REGISTRY.known("modelFile");

    static {
        REGISTRY.alias("py_file", PY_FILE);
    }

    static {
        REGISTRY.alias("model_file", MODEL_FILE);
    }

    private ResourceKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static ResourceKind of(String value) {
        return REGISTRY.of("kind", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<ResourceKind> knownValues() {
        return REGISTRY.values();
    }
}
