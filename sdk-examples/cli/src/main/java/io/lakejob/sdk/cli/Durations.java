package io.lakejob.sdk.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Durations on the command line ({@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}, {@code 500ms}, {@code PT10M}) and in progress lines. */
final class Durations implements CommandLine.ITypeConverter<Duration> {
    /** What "no timeout" waits: long enough for any scheduler task. */
    static final Duration UNLIMITED = Duration.ofDays(3650);

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h|d)");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("none") || v.equals("0")) {
            return UNLIMITED;
        }
        Matcher m = SIMPLE.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d =
                    switch (m.group(2)) {
                        case "ms" -> Duration.ofMillis(n);
                        case "s" -> Duration.ofSeconds(n);
                        case "m", "min" -> Duration.ofMinutes(n);
                        case "h" -> Duration.ofHours(n);
                        default -> Duration.ofDays(n);
                    };
            if (!d.isZero()) {
                return d;
            }
        } else {
            try {
                Duration d = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new CommandLine.TypeConversionException(
                "'" + value + "' is not a duration: use for example 90s, 10m, 2h, 1d, 500ms or none");
    }

    /**
     * A duration for people: {@code 850 ms}, {@code 12.3 s}, {@code 2 min 05 s}, {@code 1 h 02 min}.
     *
     * @param d the duration
     * @return the text
     */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = ms / 1000;
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
