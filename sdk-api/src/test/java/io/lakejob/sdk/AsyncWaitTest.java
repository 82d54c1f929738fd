package io.lakejob.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.JobStateException;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.LakeJobTimeoutException;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.DefaultLakeJobClient;
import io.lakejob.sdk.internal.Sleeper;
import io.lakejob.sdk.internal.WaitScheduler;
import io.lakejob.sdk.model.batch.BatchState;
import io.lakejob.sdk.model.batch.GetBatchStateResponse;
import io.lakejob.sdk.model.job.FlinkJobDetail;
import io.lakejob.sdk.model.job.GetFlinkJobResponse;
import io.lakejob.sdk.model.job.JobStatus;
import io.lakejob.sdk.model.sql.GetSqlJobStatusResponse;
import io.lakejob.sdk.model.sql.SqlJobStatus;
import io.lakejob.sdk.spi.BatchOperations;
import io.lakejob.sdk.spi.Capabilities;
import io.lakejob.sdk.spi.ClientConfiguration;
import io.lakejob.sdk.spi.FlinkJobOperations;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.OperationGroup;
import io.lakejob.sdk.spi.SqlJobOperations;
import io.lakejob.sdk.spi.StatusNotifier;
import io.lakejob.sdk.spi.StatusSubscription;
import io.lakejob.sdk.spi.Transport;
import io.lakejob.sdk.spi.TransportProvider;
import io.lakejob.sdk.testing.RecordingTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Waits that report every read, that a transport's notifications end at once, and their
 * asynchronous variants: polls on the client's scheduler, timeouts and terminal statuses through the
 * future, cancellation, the client closing. Time is a fake clock moved by a fake scheduler and sleeper.
 */
class AsyncWaitTest {
    /** A clock the fake scheduler and sleeper move. */
    static final class FakeClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advanceTo(Instant t) {
            if (t.isAfter(now)) {
                now = t;
            }
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    /** Runs tasks when the test says, moving the clock to each task's time. */
    static final class FakeScheduler implements WaitScheduler {
        private record Task(Instant due, long seq, Runnable body) {}

        private final FakeClock clock;
        private final PriorityQueue<Task> queue =
                new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::seq));
        final List<Duration> delays = new ArrayList<>();
        private long seq;
        boolean shutdown;

        FakeScheduler(FakeClock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized Runnable schedule(Runnable task, Duration delay) {
            if (shutdown) {
                throw new RejectedExecutionException("shut down");
            }
            Task t = new Task(clock.instant().plus(delay), seq++, task);
            queue.add(t);
            delays.add(delay);
            return () -> {
                synchronized (this) {
                    queue.remove(t);
                }
            };
        }

        @Override
        public synchronized void shutdown() {
            shutdown = true;
            queue.clear();
        }

        synchronized int pending() {
            return queue.size();
        }

        /** Runs the next task at its time; {@code false} when none is queued. */
        boolean runNext() {
            Task t;
            synchronized (this) {
                t = queue.poll();
            }
            if (t == null) {
                return false;
            }
            clock.advanceTo(t.due());
            t.body().run();
            return true;
        }

        void runAll() {
            for (int i = 0; i < 1000 && runNext(); i++) {
                // until the queue is empty
            }
        }
    }

    /** A transport that tells of changes of the jobs a test names, through subscriptions it counts. */
    static final class NotifyingTransport implements Transport {
        final RecordingTransport answers = new RecordingTransport();
        final List<Runnable> subscribers = new CopyOnWriteArrayList<>();
        final AtomicInteger open = new AtomicInteger();
        final List<OperationGroup> asked = new CopyOnWriteArrayList<>();
        volatile boolean notifies = true;

        void change() {
            subscribers.forEach(Runnable::run);
        }

        @Override
        public String name() {
            return "notifying";
        }

        @Override
        public Capabilities capabilities() {
            return answers.capabilities();
        }

        @Override
        public <Q, R> R execute(Operation<Q, R> operation, Q request) {
            return answers.execute(operation, request);
        }

        @Override
        public Optional<StatusNotifier> statusNotifier(OperationGroup group) {
            asked.add(group);
            if (!notifies) {
                return Optional.empty();
            }
            return Optional.of((jobId, onChange) -> {
                subscribers.add(onChange);
                open.incrementAndGet();
                StatusSubscription s = new StatusSubscription() {
                    private boolean closed;

                    @Override
                    public synchronized void close() {
                        if (!closed) {
                            closed = true;
                            subscribers.remove(onChange);
                            open.decrementAndGet();
                        }
                    }
                };
                return Optional.of(s);
            });
        }

        @Override
        public void close() {}
    }

    final FakeClock clock = new FakeClock();
    final FakeScheduler scheduler = new FakeScheduler(clock);
    final List<Duration> sleeps = new ArrayList<>();
    final NotifyingTransport transport = new NotifyingTransport();
    LakeJobClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** The configuration the builder makes, with the fake clock. */
    private ClientConfiguration configuration() {
        AtomicReference<ClientConfiguration> seen = new AtomicReference<>();
        LakeJobClient.builder()
                .endpoint("test:waits")
                .clock(clock)
                .transport(new TransportProvider() {
                    @Override
                    public String name() {
                        return "waits";
                    }

                    @Override
                    public boolean isCompatibleWith(String endpoint) {
                        return true;
                    }

                    @Override
                    public String describe() {
                        return "captures the configuration";
                    }

                    @Override
                    public Transport create(ClientConfiguration configuration) {
                        seen.set(configuration);
                        return new RecordingTransport();
                    }
                })
                .build()
                .close();
        return seen.get();
    }

    private LakeJobClient client(WaitScheduler waitScheduler) {
        Sleeper sleeper = d -> {
            sleeps.add(d);
            clock.advance(d);
        };
        client = new DefaultLakeJobClient(configuration(), transport, sleeper, waitScheduler);
        return client;
    }

    private LakeJobClient client() {
        return client(scheduler);
    }

    private static GetFlinkJobResponse detail(long id, String status) {
        return new GetFlinkJobResponse(
                true,
                "",
                FlinkJobDetail.builder().jobId(id).status(JobStatus.of(status)).build());
    }

    /** The job's status answers in order (the last one repeats); runs {@code onRead} at each read. */
    private void script(Runnable onRead, String... statuses) {
        Deque<String> q = new ArrayDeque<>(List.of(statuses));
        transport.answers.answer(FlinkJobOperations.GET_FLINK_JOB, r -> {
            onRead.run();
            return detail(r.jobId(), q.size() > 1 ? q.poll() : q.peek());
        });
    }

    private void script(String... statuses) {
        script(() -> {}, statuses);
    }

    private int reads() {
        return transport.answers.calls().size();
    }

    /** Records every change and every read. */
    static final class Recorder<S> implements StatusListener<S> {
        final List<String> changes = new CopyOnWriteArrayList<>();
        final List<WaitProgress<S>> polls = new CopyOnWriteArrayList<>();

        @Override
        public void onChange(S previous, S current, Instant at) {
            changes.add(previous + "->" + current);
        }

        @Override
        public void onPoll(WaitProgress<S> progress) {
            polls.add(progress);
        }
    }

    private static Throwable failure(CompletableFuture<?> f) {
        assertThat(f).isCompletedExceptionally();
        try {
            f.join();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("not failed");
    }

    // ---------------------------------------------------------------- progress

    @Test
    void theListenerSeesEveryReadWithElapsedTimeAndTheNextPoll() {
        transport.notifies = false;
        script("job_submitting", "job_submitting", "job_running", "job_finish");
        Recorder<JobStatus> seen = new Recorder<>();
        client().jobs()
                .waitUntil(
                        7L,
                        Set.of(JobStatus.JOB_FINISH),
                        new WaitOptions(Duration.ofMinutes(1), Duration.ofMillis(100), Duration.ofSeconds(1)),
                        seen);
        assertThat(seen.changes)
                .containsExactly("null->job_submitting", "job_submitting->job_running", "job_running->job_finish");
        assertThat(seen.polls)
                .extracting(WaitProgress::poll, p -> p.status().value(), WaitProgress::elapsed, WaitProgress::nextPoll)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "job_submitting", Duration.ZERO, Duration.ofMillis(100)),
                        org.assertj.core.groups.Tuple.tuple(
                                2, "job_submitting", Duration.ofMillis(100), Duration.ofMillis(200)),
                        org.assertj.core.groups.Tuple.tuple(
                                3, "job_running", Duration.ofMillis(300), Duration.ofMillis(400)),
                        org.assertj.core.groups.Tuple.tuple(4, "job_finish", Duration.ofMillis(700), null));
        assertThat(seen.polls).allMatch(p -> p.jobId().equals("7") && !p.notified());
        assertThat(seen.polls.get(3).last()).isTrue();
        assertThat(seen.polls.get(3).at()).isEqualTo(clock.instant());
    }

    @Test
    void onEveryPollListensToReadsOnly() {
        transport.notifies = false;
        script("job_running", "job_finish");
        List<String> reads = new ArrayList<>();
        client().jobs()
                .waitUntil(
                        7L,
                        Set.of(JobStatus.JOB_FINISH),
                        WaitOptions.timeout(Duration.ofMinutes(1)),
                        StatusListener.onEveryPoll(p -> reads.add(p.poll() + ":" + p.status())));
        assertThat(reads).containsExactly("1:job_running", "2:job_finish");
        assertThatThrownBy(() -> StatusListener.onEveryPoll(null)).isInstanceOf(ValidationException.class);
    }

    // ---------------------------------------------------------------- notified synchronous waits

    @Test
    void aNotificationEndsTheSynchronousPauseAndThePollIntervalIsOnlyASafetyNet() {
        AtomicInteger n = new AtomicInteger();
        // The job changes during the second read; the transport tells of it at once.
        script(
                () -> {
                    if (n.incrementAndGet() == 2) {
                        transport.change();
                    }
                },
                "job_running",
                "job_running",
                "job_finish");
        Recorder<JobStatus> seen = new Recorder<>();
        GetFlinkJobResponse r = client().jobs()
                .waitUntil(7L, Set.of(JobStatus.JOB_FINISH), WaitOptions.timeout(Duration.ofMinutes(1)), seen);
        assertThat(r.status()).isEqualTo(JobStatus.JOB_FINISH);
        assertThat(transport.asked).containsExactly(OperationGroup.FLINK_JOBS);
        // With a notifier the pause is the poll interval (2 s), not the 50 ms back-off, and the
        // notified read follows without a pause.
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(seen.polls).extracting(WaitProgress::notified).containsExactly(false, false, true);
        assertThat(seen.polls.get(0).nextPoll()).isEqualTo(Duration.ofSeconds(2));
        assertThat(transport.open).hasValue(0);
    }

    @Test
    void aTransportThatCannotTellForAJobLeavesTheWaitPollingWithBackOff() {
        transport.notifies = false;
        script("job_running", "job_running", "job_running", "job_finish");
        client().jobs().waitUntil(7L, JobStatus.JOB_FINISH, Duration.ofMinutes(1));
        assertThat(sleeps).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
    }

    // ---------------------------------------------------------------- asynchronous waits

    @Test
    void anAsynchronousWaitPollsOnTheSchedulerWithTheSameBackOff() {
        transport.notifies = false;
        script("job_submitting", "job_running", "job_running", "job_finish");
        Recorder<JobStatus> seen = new Recorder<>();
        CompletableFuture<GetFlinkJobResponse> f = client().jobs()
                .waitUntilAsync(7L, Set.of(JobStatus.JOB_FINISH), WaitOptions.timeout(Duration.ofMinutes(1)), seen);
        // Nothing was read on the caller's thread.
        assertThat(reads()).isZero();
        assertThat(f).isNotDone();
        scheduler.runAll();
        assertThat(f).isCompleted();
        assertThat(f.join().status()).isEqualTo(JobStatus.JOB_FINISH);
        assertThat(scheduler.delays)
                .containsExactly(Duration.ZERO, Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(seen.changes)
                .containsExactly("null->job_submitting", "job_submitting->job_running", "job_running->job_finish");
        assertThat(seen.polls).extracting(WaitProgress::elapsed).last().isEqualTo(Duration.ofMillis(350));
        assertThat(sleeps).isEmpty();
    }

    @Test
    void anAsynchronousWaitTimesOutThroughTheFutureWithoutReadingPastTheDeadline() {
        transport.notifies = false;
        script("job_submitting");
        CompletableFuture<GetFlinkJobResponse> f =
                client().jobs().waitUntilAsync(5L, JobStatus.JOB_RUNNING, Duration.ofSeconds(5));
        scheduler.runAll();
        assertThat(failure(f))
                .isInstanceOfSatisfying(LakeJobTimeoutException.class, e -> assertThat(e.timeout())
                        .isEqualTo(Duration.ofSeconds(5)))
                .hasMessageContaining("job_submitting");
        // The same pauses as the synchronous wait: 50 ms doubling up to 2 s, never past 5 s.
        assertThat(scheduler.delays)
                .containsExactly(
                        Duration.ZERO,
                        Duration.ofMillis(50),
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(400),
                        Duration.ofMillis(800),
                        Duration.ofMillis(1600),
                        Duration.ofMillis(1850));
        assertThat(reads()).isEqualTo(8);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void anotherTerminalStatusFailsTheFutureWithTheSynchronousError() {
        transport.notifies = false;
        script("job_submitting", "job_submit_fail");
        CompletableFuture<GetFlinkJobResponse> f =
                client().jobs().waitUntilAsync(5L, JobStatus.JOB_RUNNING, Duration.ofMinutes(1));
        scheduler.runAll();
        assertThat(failure(f)).isInstanceOfSatisfying(JobStateException.class, e -> {
            assertThat(e.jobId()).isEqualTo("5");
            assertThat(e.status()).isEqualTo("job_submit_fail");
        });
    }

    @Test
    void invalidArgumentsAndFailedReadsComeOnlyThroughTheFuture() {
        script("job_running");
        JobClient jobs = client().jobs();
        CompletableFuture<GetFlinkJobResponse> badId =
                jobs.waitUntilAsync(0L, JobStatus.JOB_RUNNING, Duration.ofSeconds(1));
        CompletableFuture<GetFlinkJobResponse> noTarget =
                jobs.waitUntilAsync(1L, (JobStatus) null, Duration.ofSeconds(1));
        CompletableFuture<GetFlinkJobResponse> noTimeout = jobs.waitUntilAsync(1L, JobStatus.JOB_RUNNING, null);
        CompletableFuture<GetFlinkJobResponse> noOptions =
                jobs.waitUntilAsync(1L, Set.of(JobStatus.JOB_RUNNING), (WaitOptions) null, null);
        assertThat(failure(badId)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo("job_id"));
        assertThat(failure(noTarget)).isInstanceOf(ValidationException.class);
        assertThat(failure(noTimeout)).isInstanceOf(ValidationException.class);
        assertThat(failure(noOptions)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                .isEqualTo("options"));
        assertThat(reads()).isZero();

        transport.answers.answer(FlinkJobOperations.GET_FLINK_JOB, r -> {
            throw new LakeJobException("read failed");
        });
        CompletableFuture<GetFlinkJobResponse> broken =
                jobs.waitUntilAsync(1L, JobStatus.JOB_RUNNING, Duration.ofSeconds(1));
        scheduler.runAll();
        assertThat(failure(broken)).isInstanceOf(LakeJobException.class).hasMessage("read failed");
        assertThat(transport.open).hasValue(0);
    }

    @Test
    void aNotificationCompletesTheFutureAtOnceAndCancelsThePendingPoll() {
        script("job_running");
        Recorder<JobStatus> seen = new Recorder<>();
        CompletableFuture<GetFlinkJobResponse> f = client().jobs()
                .waitUntilAsync(7L, Set.of(JobStatus.JOB_FINISH), WaitOptions.timeout(Duration.ofMinutes(1)), seen);
        scheduler.runNext();
        // Read once; the safety-net read is 2 s away.
        assertThat(reads()).isEqualTo(1);
        assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ofSeconds(2));
        assertThat(transport.open).hasValue(1);
        script("job_finish");
        transport.change();
        // The timed read was replaced by an immediate one.
        assertThat(scheduler.pending()).isEqualTo(1);
        assertThat(scheduler.delays).last().isEqualTo(Duration.ZERO);
        Instant before = clock.instant();
        scheduler.runNext();
        assertThat(f.join().status()).isEqualTo(JobStatus.JOB_FINISH);
        assertThat(clock.instant()).isEqualTo(before);
        assertThat(seen.polls).extracting(WaitProgress::notified).containsExactly(false, true);
        assertThat(transport.open).hasValue(0);
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void aChangeDuringAReadIsReadAgainRightAfterIt() {
        AtomicInteger n = new AtomicInteger();
        Deque<String> q = new ArrayDeque<>(List.of("job_running", "job_finish"));
        transport.answers.answer(FlinkJobOperations.GET_FLINK_JOB, r -> {
            String s = q.size() > 1 ? q.poll() : q.peek();
            if (n.incrementAndGet() == 1) {
                // The job ends while its status is being read; the read still saw it running.
                transport.change();
            }
            return detail(r.jobId(), s);
        });
        CompletableFuture<GetFlinkJobResponse> f =
                client().jobs().waitUntilAsync(7L, JobStatus.JOB_FINISH, Duration.ofMinutes(1));
        scheduler.runNext();
        assertThat(scheduler.delays).containsExactly(Duration.ZERO, Duration.ZERO);
        scheduler.runNext();
        assertThat(f.join().status()).isEqualTo(JobStatus.JOB_FINISH);
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void cancellingTheFutureStopsThePolling() {
        script("job_running");
        CompletableFuture<GetFlinkJobResponse> f =
                client().jobs().waitUntilAsync(7L, JobStatus.JOB_FINISH, Duration.ofMinutes(1));
        scheduler.runNext();
        assertThat(scheduler.pending()).isEqualTo(1);
        assertThat(f.cancel(true)).isTrue();
        assertThat(scheduler.pending()).isZero();
        assertThat(transport.open).hasValue(0);
        transport.change();
        scheduler.runAll();
        assertThat(reads()).isEqualTo(1);
        assertThatThrownBy(f::join).isInstanceOf(CancellationException.class);
    }

    @Test
    void closingTheClientFailsTheWaitsStillRunningAndStopsTheScheduler() {
        script("job_running");
        CompletableFuture<GetFlinkJobResponse> f =
                client().jobs().waitUntilAsync(7L, JobStatus.JOB_FINISH, Duration.ofMinutes(1));
        scheduler.runNext();
        client.close();
        assertThat(failure(f)).isInstanceOf(LakeJobException.class).hasMessageContaining("closed");
        assertThat(scheduler.shutdown).isTrue();
        assertThat(transport.open).hasValue(0);
        CompletableFuture<GetFlinkJobResponse> later =
                client.jobs().waitUntilAsync(7L, JobStatus.JOB_FINISH, Duration.ofMinutes(1));
        assertThat(failure(later)).isInstanceOf(LakeJobException.class).hasMessageContaining("closed");
    }

    @Test
    void sqlJobAndBatchWaitsHaveAsynchronousVariantsToo() {
        transport.notifies = false;
        Deque<SqlJobStatus> sql = new ArrayDeque<>(List.of(SqlJobStatus.RUNNING, SqlJobStatus.FAILED));
        transport.answers.answer(SqlJobOperations.GET_SQL_JOB_STATUS, r -> GetSqlJobStatusResponse.builder()
                .isSuccess(true)
                .message(sql.peek() == SqlJobStatus.FAILED ? "Statement at line 1: boom" : "")
                .jobId(r.jobId())
                .status(sql.size() > 1 ? sql.poll() : sql.peek())
                .build());
        Deque<BatchState> batch = new ArrayDeque<>(List.of(BatchState.STARTING, BatchState.SUCCESS));
        transport.answers.answer(
                BatchOperations.GET_BATCH_STATE,
                r -> new GetBatchStateResponse(r.batchId(), batch.size() > 1 ? batch.poll() : batch.peek()));
        LakeJobClient c = client();
        CompletableFuture<GetSqlJobStatusResponse> finished =
                c.sql().waitUntilFinishedAsync("job-1", Duration.ofMinutes(1));
        CompletableFuture<GetBatchStateResponse> success =
                c.batches().waitUntilAsync("b-1", BatchState.SUCCESS, Duration.ofMinutes(1));
        scheduler.runAll();
        assertThat(failure(finished)).isInstanceOfSatisfying(JobStateException.class, e -> {
            assertThat(e.status()).isEqualTo("FAILED");
            assertThat(e.getMessage()).contains("service message: Statement at line 1: boom");
        });
        assertThat(success.join().state()).isEqualTo(BatchState.SUCCESS);
        assertThat(transport.asked).containsExactlyInAnyOrder(OperationGroup.SQL_JOBS, OperationGroup.BATCHES);
        assertThat(failure(c.sql().waitUntilAsync("job-1", (SqlJobStatus) null, Duration.ofMinutes(1))))
                .isInstanceOf(ValidationException.class);
        assertThat(failure(c.batches().waitUntilAsync("b-1", BatchState.SUCCESS, Duration.ZERO)))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.field()).isEqualTo("timeout"));
    }

    @Test
    void manyAsynchronousWaitsShareTheClientsFewDaemonThreads() throws Exception {
        CountDownLatch everyWaitRead = new CountDownLatch(50);
        script(everyWaitRead::countDown, "job_running");
        LakeJobClient c = client(WaitScheduler.daemon(2));
        List<CompletableFuture<GetFlinkJobResponse>> waits = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            waits.add(c.jobs()
                    .waitUntilAsync(
                            i,
                            Set.of(JobStatus.JOB_FINISH),
                            new WaitOptions(Duration.ofHours(1), Duration.ofHours(1)),
                            null));
        }
        // Every wait has read once and now holds no thread until its next poll.
        assertThat(everyWaitRead.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reads()).isEqualTo(50);
        List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("lakejob-wait-"))
                .filter(Thread::isAlive)
                .toList();
        assertThat(threads).hasSizeLessThanOrEqualTo(2).allMatch(Thread::isDaemon);
        // One notification ends them all at once.
        script("job_finish");
        transport.change();
        CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(transport.open).hasValue(0);
        c.close();
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(t.isAlive()).isFalse();
        }
    }

    @Test
    void anImplementationWrittenBeforeAsynchronousWaitsStillCompilesAndFailsOnlyThroughTheFuture() {
        // A JobClient implemented outside the SDK (a test double, a decorator) inherits the defaults.
        JobClient legacy = (JobClient) java.lang.reflect.Proxy.newProxyInstance(
                JobClient.class.getClassLoader(), new Class<?>[] {JobClient.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new AssertionError("not called: " + method.getName());
                });
        assertThat(failure(legacy.waitUntilAsync(1L, JobStatus.JOB_RUNNING, Duration.ofSeconds(1))))
                .isInstanceOf(io.lakejob.sdk.exception.NotSupportedException.class)
                .hasMessageContaining("waitUntilAsync");
    }
}
