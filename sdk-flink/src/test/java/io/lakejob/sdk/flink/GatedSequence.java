package io.lakejob.sdk.flink;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiter;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.table.connector.ChangelogMode;
import org.apache.flink.table.connector.source.DynamicTableSource;
import org.apache.flink.table.connector.source.ScanTableSource;
import org.apache.flink.table.connector.source.SourceProvider;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.factories.DynamicTableSourceFactory;
import org.apache.flink.table.factories.FactoryUtil;
import org.apache.flink.table.runtime.typeutils.InternalTypeInfo;
import org.apache.flink.table.types.logical.BigIntType;
import org.apache.flink.table.types.logical.RowType;

/**
 * A test source whose progress the test controls: table connector {@code lakejob-gated-sequence}
 * emits {@code k} = 1..{@code end} once each (Flink's data generator source, so the position is in
 * the source's checkpointed state and a restored run continues where its savepoint left it), but each
 * of a run's source subtasks only its share of what the gate named {@code gate} has allowed so far
 * (the allowance divided by the source's parallelism: shared fairly, so every subtask's watermark
 * moves); past that the source waits, idle, with checkpoints and savepoints passing. A test that stops a job mid-stream opens the gate by
 * a step, waits for the step's rows, and stops: the job cannot run to its end first, however slow the
 * machine. Gates live in the test JVM (jobs run on the embedded cluster).
 */
public final class GatedSequence {
    private static final Map<String, Gate> GATES = new ConcurrentHashMap<>();

    private GatedSequence() {}

    /**
     * The gate with a name, made closed on first use.
     *
     * @param name the gate's name
     * @return the gate
     */
    public static Gate gate(String name) {
        return GATES.computeIfAbsent(name, n -> new Gate());
    }

    /** How many events may pass: each subtask of a run may pass {@code allowed / parallelism}. */
    public static final class Gate {
        private long allowed;
        private long passed;
        private CompletableFuture<Void> opened = new CompletableFuture<>();

        /**
         * Lets {@code n} more events through.
         *
         * @param n how many
         */
        public void allow(long n) {
            CompletableFuture<Void> wake;
            synchronized (this) {
                allowed = Math.addExact(allowed, n);
                wake = opened;
                opened = new CompletableFuture<>();
            }
            wake.complete(null);
        }

        /** Lets every further event through. */
        public void open() {
            allow(Long.MAX_VALUE / 2);
        }

        /** @return how many events have passed */
        public synchronized long passed() {
            return passed;
        }

        /**
         * Lets a subtask's events through within its share.
         *
         * @param own how many events this subtask passed (updated)
         * @param parallelism how many subtasks share the allowance
         * @param events how many it asks for
         * @return when they may pass
         */
        synchronized CompletionStage<Void> acquire(long[] own, int parallelism, long events) {
            if (own[0] < allowed / parallelism) {
                own[0] += events;
                passed += events;
                return CompletableFuture.completedFuture(null);
            }
            // Asked again once the gate moves.
            return opened.thenCompose(ignored -> acquire(own, parallelism, events));
        }
    }

    /** Asks the gate before each event ({@code acquire()} on Flink 1.x, {@code acquire(int)} on 2.x). */
    @SuppressWarnings({"rawtypes", "unused"})
    static final class GateLimiter implements RateLimiter {
        private final String gate;
        private final int parallelism;
        private final long[] own = new long[1];

        GateLimiter(String gate, int parallelism) {
            this.gate = gate;
            this.parallelism = Math.max(1, parallelism);
        }

        @Override
        public CompletionStage<Void> acquire() {
            return gate(gate).acquire(own, parallelism, 1);
        }

        /**
         * Flink 2's form, for a number of events.
         *
         * @param events how many
         * @return when they may pass
         */
        public CompletionStage<Void> acquire(int events) {
            return gate(gate).acquire(own, parallelism, events);
        }
    }

    @SuppressWarnings("rawtypes")
    static final class GateStrategy implements RateLimiterStrategy {
        private static final long serialVersionUID = 1L;
        private final String gate;

        GateStrategy(String gate) {
            this.gate = gate;
        }

        @Override
        public RateLimiter createRateLimiter(int parallelism) {
            return new GateLimiter(gate, parallelism);
        }
    }

    /** The table factory, found through {@code META-INF/services}. */
    public static final class Factory implements DynamicTableSourceFactory {
        static final ConfigOption<Long> END =
                ConfigOptions.key("end").longType().noDefaultValue();
        static final ConfigOption<String> GATE =
                ConfigOptions.key("gate").stringType().noDefaultValue();

        @Override
        public String factoryIdentifier() {
            return "lakejob-gated-sequence";
        }

        @Override
        public Set<ConfigOption<?>> requiredOptions() {
            return Set.of(END, GATE);
        }

        @Override
        public Set<ConfigOption<?>> optionalOptions() {
            return Set.of();
        }

        @Override
        public DynamicTableSource createDynamicTableSource(Context context) {
            FactoryUtil.TableFactoryHelper helper = FactoryUtil.createTableFactoryHelper(this, context);
            helper.validate();
            return new Source(helper.getOptions().get(END), helper.getOptions().get(GATE));
        }
    }

    static final class Source implements ScanTableSource {
        private final long end;
        private final String gate;

        Source(long end, String gate) {
            this.end = end;
            this.gate = gate;
        }

        @Override
        public ChangelogMode getChangelogMode() {
            return ChangelogMode.insertOnly();
        }

        @Override
        @SuppressWarnings("unchecked")
        public ScanRuntimeProvider getScanRuntimeProvider(ScanContext context) {
            DataGeneratorSource<RowData> source = new DataGeneratorSource<>(
                    i -> GenericRowData.of(i + 1),
                    end,
                    new GateStrategy(gate),
                    InternalTypeInfo.of(RowType.of(new BigIntType())));
            return SourceProvider.of(source);
        }

        @Override
        public DynamicTableSource copy() {
            return new Source(end, gate);
        }

        @Override
        public String asSummaryString() {
            return "lakejob-gated-sequence(" + gate + ")";
        }
    }
}
