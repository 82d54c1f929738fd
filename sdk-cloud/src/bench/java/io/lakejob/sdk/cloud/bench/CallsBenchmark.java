package io.lakejob.sdk.cloud.bench;

import com.huaweicloud.sdk.dli.v1.DliClient;
import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.auth.AkSkSigner;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.SignableRequest;
import io.lakejob.sdk.model.queue.ListQueuesRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Calls per second of one client, in a JVM of its own ({@link BenchMain} forks one per client and
 * round): ListQueues (6.3, {@code GET /v1.0/{project}/queues}) against a {@link LoopbackStub} in the
 * same JVM answering the reference's example. The clients: ours
 * ({@code LakeJobClient.queues().list}), the official {@code DliClient.listQueues}, and a bare pooled
 * HttpClient 5 sending the same path with headers signed by our signer and reading the body as
 * bytes (no JSON parsing), the floor our transport's overhead is measured against. Every client
 * pools up to {@value #POOL} connections (ours and the bare one in all and per host; the official
 * one through an OkHttp {@code ConnectionPool} of {@value #POOL} idle connections instead of
 * OkHttp's default 5); the stub counts the connections that carried requests.
 *
 * <p>A fork runs 1 thread, then 16 threads, all sharing the one client. Each phase samples the
 * calls completed every iteration (the threads run on across iterations) and warms up until the
 * throughput is flat: at least {@code minWarmup} iterations, then until the mean of the last three
 * is within {@value #FLAT} of the three before (at most {@code maxWarmup}); then it measures
 * {@code measured} iterations. It also takes the CPU time of the client's threads and of the stub's
 * over the measured iterations, per call: the cost of the client itself, far less noisy than
 * calls per second on a shared 2-core machine.
 *
 * <p>Not JMH, on purpose: JMH's warm-up is a fixed count (at 16 threads on 2 cores the compiler
 * threads starve and the throughput of a cold fork still rose after 30 s), and it fixes the thread
 * count per fork, which warmed every client twice. Output: one {@code PHASE} line per thread count.
 *
 * <p>Arguments: client ({@code lakejob}, {@code official} or {@code bareHttpClient}), iteration
 * milliseconds, minimum and maximum warm-up iterations, measured iterations.
 */
public final class CallsBenchmark {
    /** The connections every client may keep to the stub. */
    static final int POOL = 64;

    /** How close the last three warm-up iterations must be to the three before them. */
    static final double FLAT = 0.03;

    /** The thread counts, in the order run. */
    static final int[] THREADS = {1, 16};

    /** One call of a client; returns something of the answer so nothing is optimised away. */
    private interface Client extends AutoCloseable {
        int call() throws Exception;

        @Override
        void close() throws IOException;
    }

    private CallsBenchmark() {}

    /**
     * Entry point of a fork.
     *
     * @param args client, iteration ms, min warm-up, max warm-up, measured
     * @throws Exception when a client fails
     */
    public static void main(String[] args) throws Exception {
        String name = args[0];
        long iterationMs = Long.parseLong(args[1]);
        int minWarmup = Integer.parseInt(args[2]);
        int maxWarmup = Integer.parseInt(args[3]);
        int measured = Integer.parseInt(args[4]);
        try (LoopbackStub stub = LoopbackStub.start();
                Client client = client(name, stub)) {
            if (client.call() <= 0) {
                throw new IllegalStateException(name + " did not read the stub's answer");
            }
            for (int threads : THREADS) {
                stub.resetConnections();
                System.out.println(phase(client, stub, threads, iterationMs, minWarmup, maxWarmup, measured));
            }
        }
        System.exit(0);
    }

    private static String phase(
            Client client, LoopbackStub stub, int threads, long iterationMs, int minWarmup, int maxWarmup, int measured)
            throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        LongAdder calls = new LongAdder();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(
                    () -> {
                        try {
                            start.await();
                            while (!stop.get()) {
                                if (client.call() <= 0) {
                                    throw new IllegalStateException("empty answer");
                                }
                                calls.increment();
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                            stop.set(true);
                        }
                    },
                    "client-" + i);
            t.start();
            workers.add(t);
        }
        List<Double> warm = new ArrayList<>();
        List<Double> meas = new ArrayList<>();
        start.countDown();
        long last = 0;
        long lastAt = System.nanoTime();
        long clientCpu0 = 0;
        long stubCpu0 = 0;
        long calls0 = 0;
        boolean warmedUp = false;
        while (meas.size() < measured && failures.isEmpty()) {
            Thread.sleep(iterationMs);
            long now = calls.sum();
            long at = System.nanoTime();
            double rate = (now - last) * 1e9 / (at - lastAt);
            last = now;
            lastAt = at;
            if (!warmedUp) {
                warm.add(rate);
                warmedUp = warm.size() >= Math.max(minWarmup, 6) && flat(warm) || warm.size() >= maxWarmup;
                if (warmedUp) {
                    clientCpu0 = cpu(mx, workers);
                    stubCpu0 = stubCpu(mx);
                    calls0 = now;
                }
            } else {
                meas.add(rate);
            }
        }
        long clientCpu = cpu(mx, workers) - clientCpu0;
        long stubCpu = stubCpu(mx) - stubCpu0;
        long measuredCalls = calls.sum() - calls0;
        stop.set(true);
        for (Thread t : workers) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("a call failed", failures.get(0));
        }
        return String.format(
                Locale.ROOT,
                "PHASE threads=%d warm=%s measured=%s flat=%s clientCpuNsPerCall=%.0f stubCpuNsPerCall=%.0f"
                        + " connections=%d",
                threads,
                join(warm),
                join(meas),
                flat(warm),
                clientCpu / (double) measuredCalls,
                stubCpu / (double) measuredCalls,
                stub.connections());
    }

    /** Whether the mean of the last three iterations is within {@link #FLAT} of the three before. */
    static boolean flat(List<Double> it) {
        int n = it.size();
        if (n < 6) {
            return false;
        }
        double last = (it.get(n - 1) + it.get(n - 2) + it.get(n - 3)) / 3;
        double before = (it.get(n - 4) + it.get(n - 5) + it.get(n - 6)) / 3;
        return Math.abs(last / before - 1) <= FLAT;
    }

    private static long cpu(ThreadMXBean mx, List<Thread> threads) {
        long sum = 0;
        for (Thread t : threads) {
            sum += Math.max(0, mx.getThreadCpuTime(t.getId()));
        }
        return sum;
    }

    private static long stubCpu(ThreadMXBean mx) {
        long sum = 0;
        for (long id : mx.getAllThreadIds()) {
            ThreadInfo info = mx.getThreadInfo(id);
            if (info != null && info.getThreadName().startsWith("stub")) {
                sum += Math.max(0, mx.getThreadCpuTime(id));
            }
        }
        return sum;
    }

    private static String join(List<Double> values) {
        StringJoiner j = new StringJoiner(",");
        values.forEach(v -> j.add(String.format(Locale.ROOT, "%.0f", v)));
        return j.toString();
    }

    private static Client client(String name, LoopbackStub stub) {
        switch (name) {
            case "lakejob": {
                LakeJobClient ours = Fixtures.lakeJob(stub.endpoint(), POOL);
                ListQueuesRequest request = ListQueuesRequest.builder().build();
                return new Client() {
                    @Override
                    public int call() {
                        return ours.queues().list(request).queues().size();
                    }

                    @Override
                    public void close() {
                        ours.close();
                    }
                };
            }
            case "official": {
                DliClient official = Fixtures.official(stub.endpoint(), POOL);
                return new Client() {
                    @Override
                    public int call() {
                        return official.listQueues(new com.huaweicloud.sdk.dli.v1.model.ListQueuesRequest())
                                .getQueues()
                                .size();
                    }

                    @Override
                    public void close() {}
                };
            }
            case "bareHttpClient":
                return bare(stub);
            default:
                throw new IllegalArgumentException("unknown client " + name);
        }
    }

    /** A bare pooled HttpClient 5: sign with our signer, send, read the body bytes. */
    private static Client bare(LoopbackStub stub) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(POOL)
                .setMaxConnPerRoute(POOL)
                .build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(pool)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        AkSkSigner signer = new AkSkSigner(Credentials.akSk(Fixtures.AK, Fixtures.SK));
        SignableRequest unsigned = SignableRequest.builder()
                .method("GET")
                .scheme("http")
                .host("127.0.0.1")
                .port(stub.port())
                .path("/v1.0/" + Fixtures.PROJECT + "/queues")
                .header("Content-Type", "application/json")
                .header("User-Agent", "bare-httpclient5")
                .header("X-Project-Id", Fixtures.PROJECT)
                .build();
        SignableRequest request =
                unsigned.toBuilder().header("Host", unsigned.hostHeader()).build();
        return new Client() {
            @Override
            public int call() throws IOException {
                SignableRequest signed = signer.sign(request, Instant.now());
                HttpGet get = new HttpGet(URI.create(signed.uri()));
                signed.headers().forEach(get::setHeader);
                return http.execute(get, response -> {
                    if (response.getCode() != 200) {
                        throw new IOException("HTTP " + response.getCode());
                    }
                    return EntityUtils.toByteArray(response.getEntity()).length;
                });
            }

            @Override
            public void close() throws IOException {
                http.close();
                pool.close();
            }
        };
    }
}
