package io.lakejob.sdk.cloud.internal.codec;

import io.lakejob.sdk.exception.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a path template such as {@code /v1.0/{project_id}/queues/{queue_name}} with raw values.
 * Each template is parsed once (the operations' templates are constants) into segments of
 * literal text and placeholder names.
 */
public final class PathTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)\\}");

    private static final Map<String, Part[][]> PARSED = new ConcurrentHashMap<>();

    /** Literal text, or (when {@code name} is set) a placeholder. */
    private record Part(String text, String name) {}

    private PathTemplate() {}

    /**
     * The raw path segments: literals kept, each placeholder replaced by its raw value (the
     * value stays one segment even if it contains {@code /}: it is encoded later, once).
     *
     * @param template the template
     * @param values the value of a placeholder name, or {@code null}
     * @return the segments
     * @throws ValidationException naming the placeholder whose value is missing or empty
     */
    public static List<String> expand(String template, Function<String, String> values) {
        Part[][] segments = PARSED.computeIfAbsent(template, PathTemplate::parse);
        List<String> out = new ArrayList<>(segments.length);
        for (Part[] segment : segments) {
            if (segment.length == 1) {
                out.add(resolve(segment[0], values));
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (Part p : segment) {
                sb.append(resolve(p, values));
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String resolve(Part p, Function<String, String> values) {
        if (p.name() == null) {
            return p.text();
        }
        String value = values.apply(p.name());
        if (value == null || value.isEmpty()) {
            throw new ValidationException(p.name(), "is required");
        }
        return value;
    }

    private static Part[][] parse(String template) {
        List<Part[]> segments = new ArrayList<>();
        for (String segment : template.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(segment);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    parts.add(new Part(segment.substring(at, m.start()), null));
                }
                parts.add(new Part(null, m.group(1)));
                at = m.end();
            }
            if (at < segment.length() || parts.isEmpty()) {
                parts.add(new Part(segment.substring(at), null));
            }
            segments.add(parts.toArray(Part[]::new));
        }
        return segments.toArray(Part[][]::new);
    }
}
