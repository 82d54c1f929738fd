package io.lakejob.sdk.model.sql;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.List;

/** The character encoding of an exported result (field {@code encoding_type}). Unknown values from the service are kept. */
public final class EncodingType extends ExtensibleEnum {
    private static final EnumRegistry<EncodingType> REGISTRY = new EnumRegistry<>(EncodingType::new);

    /** UTF-8 (the default). */
    public static final EncodingType UTF_8 = REGISTRY.known("utf-8");
    /** GB 2312. */
    public static final EncodingType GB2312 = REGISTRY.known("gb2312");
    /** GBK. */
    public static final EncodingType GBK = REGISTRY.known("gbk");

    static {
        REGISTRY.alias("utf8", UTF_8);
    }

    private EncodingType(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text
     * @return the value, or {@code null} for {@code null}
     */
    public static EncodingType of(String value) {
        return REGISTRY.of("encoding_type", value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values
     */
    public static List<EncodingType> knownValues() {
        return REGISTRY.values();
    }
}
