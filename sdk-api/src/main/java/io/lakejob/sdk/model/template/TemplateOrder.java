package io.lakejob.sdk.model.template;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The sort order of a template listing ({@code order}). */
public final class TemplateOrder extends ExtensibleEnum {
    private static final EnumRegistry<TemplateOrder> REGISTRY = new EnumRegistry<>(TemplateOrder::new);

    /** Ascending. */
    public static final TemplateOrder ASC = REGISTRY.known("asc");
    /** Descending (the default). */
    public static final TemplateOrder DESC = REGISTRY.known("desc");

    private TemplateOrder(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static TemplateOrder of(String value) {
        return REGISTRY.of("order", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<TemplateOrder> knownValues() {
        return REGISTRY.values();
    }
}
