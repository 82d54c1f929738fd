package io.lakejob.sdk.cloud.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Tolerant readers and writers shared by the permission, queue plan, catalog and variable codecs:
 * lists that arrive as one value or as comma-separated text, enumerations kept when unknown, and
 * required arrays written even when empty.
 */
final class CatalogWire {
    private CatalogWire() {}

    /**
     * A value documented as an array of strings: an array (items as text, nulls and blanks
     * dropped), one string (split at {@code ,} when {@code splitText}), or a single scalar.
     *
     * @param node the value, or {@code null}
     * @param splitText whether one string holds a comma-separated list
     * @return the texts, never {@code null}
     */
    static List<String> texts(JsonNode node, boolean splitText) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                String t = text(n);
                if (t != null && !t.isBlank()) {
                    out.add(t.trim());
                }
            }
            return out;
        }
        String t = text(node);
        if (t == null) {
            return out;
        }
        if (splitText) {
            for (String part : t.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        } else if (!t.isBlank()) {
            out.add(t.trim());
        }
        return out;
    }

    /**
     * Enumeration values from an array of strings (or one string); unknown values are kept,
     * blank ones dropped.
     *
     * @param node the value, or {@code null}
     * @param of the enumeration's factory
     * @param <E> the enumeration
     * @return the values, never {@code null}
     */
    static <E> List<E> enums(JsonNode node, Function<String, E> of) {
        List<E> out = new ArrayList<>();
        for (String t : texts(node, false)) {
            out.add(of.apply(t));
        }
        return out;
    }

    /**
     * A scalar as text; a container as its JSON; {@code null} for null or missing.
     *
     * @param node the value
     * @return the text or {@code null}
     */
    static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /**
     * A required array for a request body: written even when empty (the service reads an empty
     * list as "none", for example an {@code update} that revokes every privilege), with
     * enumerations as their wire values.
     *
     * @param values the values
     * @return a new list
     */
    static List<Object> requiredArray(Collection<?> values) {
        List<Object> out = new ArrayList<>(values.size());
        for (Object v : values) {
            out.add(v instanceof ExtensibleEnum e ? e.value() : v);
        }
        return out;
    }
}
