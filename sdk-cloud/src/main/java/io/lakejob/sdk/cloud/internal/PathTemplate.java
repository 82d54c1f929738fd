package io.lakejob.sdk.cloud.internal;

import io.lakejob.sdk.exception.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills a path template such as {@code /v1.0/{project_id}/queues/{queue_name}} with raw values. */
final class PathTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)\\}");

    private PathTemplate() {}

    /**
     * The raw path segments: literals kept, each placeholder replaced by its raw value (the
     * value stays one segment even if it contains {@code /}: it is encoded later, once).
     *
     * @param template the template
     * @param values the values by name
     * @return the segments
     */
    static List<String> expand(String template, Map<String, String> values) {
        List<String> out = new ArrayList<>();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            Matcher m = PLACEHOLDER.matcher(segment);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = values.get(name);
                if (value == null || value.isEmpty()) {
                    throw new ValidationException(name, "is required");
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(value));
            }
            m.appendTail(sb);
            out.add(sb.toString());
        }
        return out;
    }
}
