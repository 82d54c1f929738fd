package io.lakejob.sdk.model.resource;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The upload state of a resource package, group or module (reference 8.1-8.6). Unknown values from the service are kept. */
public final class ResourceStatus extends ExtensibleEnum {
    private static final EnumRegistry<ResourceStatus> REGISTRY = new EnumRegistry<>(ResourceStatus::new);

    /** Being uploaded. */
    public static final ResourceStatus UPLOADING = REGISTRY.known("UPLOADING");
    /** Uploaded. */
    public static final ResourceStatus READY = REGISTRY.known("READY");
    /** The upload failed. */
    public static final ResourceStatus FAILED = REGISTRY.known("FAILED");

    private ResourceStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static ResourceStatus of(String value) {
        return REGISTRY.of("status", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<ResourceStatus> knownValues() {
        return REGISTRY.values();
    }
}
