package io.lakejob.sdk.flink.internal.format;

/** JSON string escaping for the few places that write JSON text by hand (result export lines, masking). */
public final class JsonText {
    private JsonText() {}

    /**
     * The characters of a JSON string literal for a value, without the quotes around it.
     *
     * @param s the value
     * @return the value with quotes, backslashes and control characters escaped
     */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        appendEscaped(sb, s);
        return sb.toString();
    }

    /**
     * Appends a JSON string literal, quotes included.
     *
     * @param sb where to append
     * @param s the value
     */
    public static void appendQuoted(StringBuilder sb, String s) {
        sb.append('"');
        appendEscaped(sb, s);
        sb.append('"');
    }

    private static void appendEscaped(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
