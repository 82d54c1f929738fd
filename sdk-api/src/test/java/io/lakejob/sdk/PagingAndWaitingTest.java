package io.lakejob.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.internal.Waiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingAndWaitingTest {

    record SimplePage(List<Integer> items, Long total) implements Page<Integer> {
        @Override
        public OptionalLong totalCount() {
            return total == null ? OptionalLong.empty() : OptionalLong.of(total);
        }
    }

    static final List<Integer> DATA = IntStream.range(0, 10).boxed().collect(Collectors.toList());

    @Test
    void offsetPagingStopsAtTheReportedTotalWithoutAnExtraCall() {
        AtomicInteger calls = new AtomicInteger();
        PagedIterable<Integer> all = PagedIterable.byOffset(5, offset -> {
            calls.incrementAndGet();
            return new SimplePage(DATA.subList(offset, Math.min(offset + 5, 10)), 10L);
        });
        assertThat(all.stream().collect(Collectors.toList())).isEqualTo(DATA);
        assertThat(calls).hasValue(2);
        // Each iteration starts again.
        assertThat(all.stream().count()).isEqualTo(10);
        assertThat(calls).hasValue(4);
    }

    @Test
    void pageNumberPagingIsOneBasedAndStopsAtAnEmptyPage() {
        List<Integer> asked = new ArrayList<>();
        PagedIterable<Integer> all = PagedIterable.byPageNumber(5, page -> {
            asked.add(page);
            int from = (page - 1) * 5;
            return new SimplePage(from >= 10 ? List.of() : DATA.subList(from, from + 5), null);
        });
        assertThat(all).containsExactlyElementsOf(DATA);
        assertThat(asked).containsExactly(1, 2, 3);
        Iterator<Integer> it = PagedIterable.<Integer>single(() -> new SimplePage(List.of(), null))
                .iterator();
        assertThat(it.hasNext()).isFalse();
    }

    /** A clock that a sleeper moves forward: waiting takes no real time. */
    static final class FakeTime {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        final List<Duration> sleeps = new ArrayList<>();

        Clock clock() {
            return new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
        }

        void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }
    }

    @Test
    void waiterReportsEveryChangeAndReturnsAtTheTarget() {
        FakeTime time = new FakeTime();
        Iterator<String> statuses =
                List.of("init", "init", "running", "running", "done").iterator();
        List<String> changes = new ArrayList<>();
        String result = Waiter.await(
                "7",
                statuses::next,
                s -> s,
                Set.of("done"),
                Set.of("failed"),
                new WaitOptions(Duration.ofMinutes(1), Duration.ofSeconds(2)),
                (before, now, at) -> changes.add(before + "->" + now),
                time.clock(),
                time::sleep);
        assertThat(result).isEqualTo("done");
        assertThat(changes).containsExactly("null->init", "init->running", "running->done");
        assertThat(time.sleeps).hasSize(4).allMatch(d -> d.equals(Duration.ofSeconds(2)));
    }

    @Test
    void defaultPollingStartsFastAndBacksOffToTheInterval() {
        FakeTime time = new FakeTime();
        Iterator<String> statuses =
                List.of("a", "a", "a", "a", "a", "a", "a", "done").iterator();
        Waiter.await(
                "7",
                statuses::next,
                s -> s,
                Set.of("done"),
                Set.of(),
                WaitOptions.timeout(Duration.ofMinutes(1)),
                null,
                time.clock(),
                time::sleep);
        assertThat(time.sleeps)
                .containsExactly(
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(400),
                        Duration.ofMillis(800),
                        Duration.ofMillis(1600),
                        Duration.ofSeconds(2));
        assertThatThrownBy(() -> WaitOptions.timeout(Duration.ofMinutes(1))
                        .withPolling(Duration.ofSeconds(3), Duration.ofSeconds(1)))
                .isInstanceOf(io.lakejob.sdk.exception.ValidationException.class);
    }

    @Test
    void waiterFailsFastOnAnotherTerminalStateAndTimesOutWithoutOversleeping() {
        FakeTime time = new FakeTime();
        assertThatThrownBy(() -> Waiter.await(
                        "7",
                        () -> "failed",
                        s -> s,
                        Set.of("done"),
                        Set.of("failed"),
                        WaitOptions.timeout(Duration.ofMinutes(1)),
                        null,
                        time.clock(),
                        time::sleep))
                .isInstanceOf(JobStateException.class)
                .hasMessageContaining("failed");
        assertThat(time.sleeps).isEmpty();

        assertThatThrownBy(() -> Waiter.await(
                        "7",
                        () -> "running",
                        s -> s,
                        Set.of("done"),
                        Set.of("failed"),
                        new WaitOptions(Duration.ofSeconds(5), Duration.ofSeconds(2)),
                        null,
                        time.clock(),
                        time::sleep))
                .isInstanceOf(LakeJobTimeoutException.class)
                .hasMessageContaining("running");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }
}
