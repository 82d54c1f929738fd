package io.lakejob.sdk.cloud.internal.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the {@code Retry-After} header (RFC 9110 10.2.3): either a number of seconds or an
 * HTTP date. The date form is measured against the answer's own {@code Date} header when it has
 * one (both come from the server's clock, so client clock skew cancels out), else against the
 * client's clock.
 */
public final class RetryAfter {
    private RetryAfter() {}

    /**
     * The pause a {@code Retry-After} value asks for.
     *
     * @param value the header value, or {@code null}
     * @param serverDate the answer's {@code Date} header, or {@code null}
     * @param now the client's current time, used when {@code serverDate} is absent or unreadable
     * @return the pause (zero for a date in the past), or {@code null} when the value is absent or
     *     unreadable
     */
    public static Duration parse(String value, String serverDate, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Duration.ofSeconds(Long.parseLong(v));
            } catch (NumberFormatException | ArithmeticException e) {
                // Absurdly long: far past any cap.
                return Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
            }
        }
        Instant at = httpDate(v);
        if (at == null) {
            return null;
        }
        Instant base = httpDate(serverDate);
        Duration d = Duration.between(base == null ? now : base, at);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * Parses an HTTP date ({@code IMF-fixdate}, for example {@code Sun, 06 Nov 1994 08:49:37 GMT}).
     *
     * @param value the text, or {@code null}
     * @return the instant, or {@code null} when absent or unreadable
     */
    public static Instant httpDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Formats an instant as an HTTP date.
     *
     * @param instant the time
     * @return for example {@code Mon, 1 Jan 2024 00:00:08 GMT}
     */
    public static String format(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
    }
}
