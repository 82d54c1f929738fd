package io.lakejob.sdk.model.queue;

import io.lakejob.sdk.internal.EnumRegistry;
import io.lakejob.sdk.model.ExtensibleEnum;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A day on which a queue scaling plan repeats ({@code repeat_day}, reference 6.6-6.10): {@code MONDAY}
 * to {@code SUNDAY}. Text is matched case-insensitively (the reference's own example sends
 * {@code friday}); unknown values from the service are kept.
 */
public final class Weekday extends ExtensibleEnum {
    private static final EnumRegistry<Weekday> REGISTRY = new EnumRegistry<>(Weekday::new);

    /** Monday. */
    public static final Weekday MONDAY = REGISTRY.known("MONDAY");
    /** Tuesday. */
    public static final Weekday TUESDAY = REGISTRY.known("TUESDAY");
    /** Wednesday. */
    public static final Weekday WEDNESDAY = REGISTRY.known("WEDNESDAY");
    /** Thursday. */
    public static final Weekday THURSDAY = REGISTRY.known("THURSDAY");
    /** Friday. */
    public static final Weekday FRIDAY = REGISTRY.known("FRIDAY");
    /** Saturday. */
    public static final Weekday SATURDAY = REGISTRY.known("SATURDAY");
    /** Sunday. */
    public static final Weekday SUNDAY = REGISTRY.known("SUNDAY");

    private Weekday(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value for the given text; unknown text gives an unknown value instead of failing.
     *
     * @param value the text, for example {@code MONDAY} or {@code friday}
     * @return the value, or {@code null} for {@code null}
     */
    public static Weekday of(String value) {
        return REGISTRY.of("repeat_day", value);
    }

    /**
     * The value for a {@link DayOfWeek}.
     *
     * @param day the day
     * @return the matching constant
     */
    public static Weekday of(DayOfWeek day) {
        return of(Objects.requireNonNull(day, "day").name());
    }

    /**
     * The matching {@link DayOfWeek}.
     *
     * @return the day
     * @throws IllegalStateException for a value this SDK version does not know
     */
    public DayOfWeek toDayOfWeek() {
        if (!isKnown()) {
            throw new IllegalStateException("Unknown weekday " + value());
        }
        return DayOfWeek.valueOf(value().toUpperCase(Locale.ROOT));
    }

    /**
     * The values this SDK version knows, Monday first.
     *
     * @return the known values
     */
    public static List<Weekday> knownValues() {
        return REGISTRY.values();
    }
}
