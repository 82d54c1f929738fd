package io.lakejob.sdk.examples.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lakejob.sdk.auth.AkSkSigner;
import io.lakejob.sdk.auth.Credentials;
import io.lakejob.sdk.auth.SignableRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in of a DLI-compatible service, for the examples and the command line's tests:
 * the JDK's {@code HttpServer} on {@code 127.0.0.1}, answering the few operations they use with the
 * bodies of the DLI reference's examples.
 *
 * <p>What it does, and no more:
 *
 * <ul>
 *   <li>Authentication: every request must carry a valid AK/SK {@code SDK-HMAC-SHA256} signature
 *       (recomputed here with the SDK's signer over what was received) for the access key it was
 *       made with, or the token in the header it was made with; otherwise HTTP 401.
 *   <li>SQL statement jobs (7.3): submit (7.3.3; an unknown queue is the reference's
 *       {@code DLI.0002} error), status (7.3.7), preview (7.3.6, {@code page-size}), list (7.3.5,
 *       {@code page-size}/{@code current-page} and the {@code tags} filter), cancel (7.3.4), export
 *       result (7.3.10). It runs no SQL: a job is {@code RUNNING} at its first status read and
 *       {@code FINISHED} (or {@code FAILED}, see {@link #failNextJob}) at the second, and every query's
 *       result is the one given to {@link #result} (by default the 7.3.6 example's).
 *   <li>Queues (6.3: the example's queue {@code test}, and {@code default}); resources (8.2 list, 8.1
 *       upload of OBS paths).
 *   <li>Faults: {@link #loseNextAnswer()} keeps the next submit but breaks its answer off mid-body,
 *       as a connection lost after the service acted; error answers carry an {@code X-Request-Id}.
 * </ul>
 *
 * <pre>{@code
 * try (DliStandIn dli = DliStandIn.start("48cc2c48765f481480c7db940d6409d1", "AK", "SK")) {
 *     LakeJobClient client = LakeJobClient.builder().endpoint(dli.endpoint())...
 * }
 * }</pre>
 */
public final class DliStandIn implements AutoCloseable {
    /** The queues the stand-in knows. */
    public static final Set<String> QUEUES = Set.of("default", "test");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SQL_JOB =
            Pattern.compile("/v1\\.0/([^/]+)/jobs/([^/]+)(/status|/preview|/export-result)?");
    private static final Pattern AUTHORIZATION =
            Pattern.compile("SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]+)");

    /** One SQL statement job. */
    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final String statement;
        final String queue;
        final String type;
        final long start = System.currentTimeMillis();
        final List<Map<String, String>> tags;
        final String failure;
        volatile String status = "LAUNCHING";
        volatile int reads;

        Job(String statement, String queue, String type, List<Map<String, String>> tags, String failure) {
            this.statement = statement;
            this.queue = queue;
            this.type = type;
            this.tags = tags;
            this.failure = failure;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final String projectId;
    private final String accessKey;
    private final AkSkSigner signer;
    private final String tokenHeader;
    private final String token;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final List<Job> order = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean loseNext = new AtomicBoolean();
    private final AtomicLong requestIds = new AtomicLong();
    private volatile String failNext;
    private volatile List<Map<String, String>> schema = List.of(Map.of("c1", "int"), Map.of("c2", "string"));
    private volatile List<List<Object>> rows = List.of(List.of(23, "sda"));

    private DliStandIn(String projectId, String accessKey, String secretKey, String tokenHeader, String token)
            throws IOException {
        this.projectId = projectId;
        this.accessKey = accessKey;
        this.signer = accessKey == null ? null : new AkSkSigner(Credentials.akSk(accessKey, secretKey));
        this.tokenHeader = tokenHeader;
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dli-stand-in");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a stand-in that accepts AK/SK signatures made with these keys.
     *
     * @param projectId the project id of every path
     * @param accessKey the access key
     * @param secretKey the secret key
     * @return the running stand-in
     * @throws IOException when no loopback port can be bound
     */
    public static DliStandIn start(String projectId, String accessKey, String secretKey) throws IOException {
        return new DliStandIn(projectId, accessKey, secretKey, null, null);
    }

    /**
     * Starts a stand-in that accepts this token in this header (for example {@code token}, as
     * DolphinScheduler's API does).
     *
     * @param projectId the project id of every path
     * @param header the header
     * @param token the token
     * @return the running stand-in
     * @throws IOException when no loopback port can be bound
     */
    public static DliStandIn startWithToken(String projectId, String header, String token) throws IOException {
        return new DliStandIn(projectId, null, null, header, token);
    }

    /**
     * The endpoint to give the client: {@code http://127.0.0.1:<port>} (the REST transport allows
     * plain HTTP to loopback only).
     *
     * @return the endpoint
     */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Sets the result every query job has from now on.
     *
     * @param schema the columns, name to type, in order
     * @param rows the rows
     */
    public void result(Map<String, String> schema, List<List<Object>> rows) {
        List<Map<String, String>> s = new ArrayList<>();
        schema.forEach((k, v) -> s.add(Map.of(k, v)));
        this.schema = List.copyOf(s);
        this.rows = List.copyOf(rows);
    }

    /** The next submit is kept (the job runs), but its answer breaks off mid-body. */
    public void loseNextAnswer() {
        loseNext.set(true);
    }

    /**
     * The next job submitted ends {@code FAILED} with this message.
     *
     * @param message the job's message
     */
    public void failNextJob(String message) {
        failNext = message;
    }

    /**
     * The requests received so far, as {@code METHOD path?query}, oldest first.
     *
     * @return the requests
     */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /**
     * How many SQL jobs were submitted (a lost answer's included).
     *
     * @return the count
     */
    public int submittedJobs() {
        return order.size();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    // ---------------------------------------------------------------------------------------------

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            byte[] body;
            try (InputStream in = x.getRequestBody()) {
                body = in.readAllBytes();
            }
            String method = x.getRequestMethod();
            String path = x.getRequestURI().getPath();
            String rawQuery = x.getRequestURI().getRawQuery();
            requests.add(method + " " + path + (rawQuery == null ? "" : "?" + rawQuery));
            Map<String, String> query = query(rawQuery);
            if (!authorized(x, body, query)) {
                error(x, 401, "APIG.0301", "Incorrect IAM authentication information: verify aksk signature fail");
                return;
            }
            String prefix = "/v1.0/" + projectId;
            if (method.equals("POST") && path.equals(prefix + "/jobs/submit-job")) {
                submit(x, JSON.readTree(body));
            } else if (method.equals("GET") && path.equals(prefix + "/jobs")) {
                list(x, query);
            } else if (method.equals("GET") && path.equals(prefix + "/queues")) {
                send(x, 200, QUEUES_6_3);
            } else if (method.equals("GET") && path.equals("/v2.0/" + projectId + "/resources")) {
                send(x, 200, RESOURCES_8_2);
            } else if (method.equals("POST") && path.equals("/v2.0/" + projectId + "/resources")) {
                upload(x, JSON.readTree(body));
            } else {
                Matcher m = SQL_JOB.matcher(path);
                if (m.matches() && m.group(1).equals(projectId)) {
                    sqlJob(x, method, m.group(2), m.group(3) == null ? "" : m.group(3), query, body);
                } else {
                    error(x, 404, "DLI.0002", "No such API: " + method + " " + path);
                }
            }
        } catch (BrokenAnswer e) {
            // Closing the exchange with its body short closes the connection: the client reads a
            // premature end of the answer.
        } catch (RuntimeException e) {
            error(x, 500, "DLI.0999", "Stand-in failure: " + e);
        }
    }

    private boolean authorized(HttpExchange x, byte[] body, Map<String, String> query) {
        if (token != null) {
            return token.equals(x.getRequestHeaders().getFirst(tokenHeader));
        }
        String authorization = x.getRequestHeaders().getFirst("Authorization");
        Matcher m = authorization == null ? null : AUTHORIZATION.matcher(authorization);
        if (m == null || !m.matches() || !m.group(1).equals(accessKey)) {
            return false;
        }
        SignableRequest.Builder received = SignableRequest.builder()
                .method(x.getRequestMethod())
                .scheme("http")
                .host("127.0.0.1")
                .port(server.getAddress().getPort())
                .path(x.getRequestURI().getPath())
                .body(body);
        query.forEach(received::addQuery);
        for (String name : m.group(2).split(";")) {
            String value = x.getRequestHeaders().getFirst(name);
            if (value == null) {
                return false;
            }
            received.header(name, value);
        }
        byte[] expected = signer.signature(received.build()).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, m.group(3).getBytes(StandardCharsets.US_ASCII));
    }

    private void submit(HttpExchange x, JsonNode request) throws IOException {
        String sql = request.path("sql").asText("").strip();
        String queue =
                request.hasNonNull("queue_name") ? request.get("queue_name").asText() : "default";
        if (!QUEUES.contains(queue)) {
            error(x, 400, "DLI.0002", "There is no queue named " + queue);
            return;
        }
        List<Map<String, String>> tags = new ArrayList<>();
        for (JsonNode t : request.path("tags")) {
            tags.add(Map.of(
                    "key", t.path("key").asText(), "value", t.path("value").asText()));
        }
        String head = sql.isEmpty() ? "" : sql.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        String type = head.equals("SELECT") || head.equals("WITH") ? "QUERY" : head.equals("INSERT") ? "INSERT" : "DDL";
        Job job = new Job(sql, queue, type, List.copyOf(tags), failNext);
        failNext = null;
        jobs.put(job.id, job);
        order.add(job);
        ObjectNode answer = JSON.createObjectNode()
                .put("is_success", true)
                .put("message", "")
                .put("job_id", job.id)
                .put("job_type", type)
                .put("job_mode", "async");
        if (loseNext.getAndSet(false)) {
            // The service acted, and the answer was lost on the way: the headers promise a body that
            // never fully arrives.
            byte[] bytes = JSON.writeValueAsBytes(answer);
            x.sendResponseHeaders(200, bytes.length);
            OutputStream out = x.getResponseBody();
            out.write(bytes, 0, bytes.length / 3);
            out.flush();
            throw new BrokenAnswer();
        }
        send(x, 200, JSON.writeValueAsString(answer));
    }

    /** Ends an exchange without completing its answer (the connection is closed under it). */
    private static final class BrokenAnswer extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private void sqlJob(HttpExchange x, String method, String id, String what, Map<String, String> query, byte[] body)
            throws IOException {
        Job job = jobs.get(id);
        if (job == null) {
            error(x, 404, "DLI.0002", "The job " + id + " does not exist");
            return;
        }
        switch (method + what) {
            case "GET/status" -> {
                advance(job);
                ObjectNode answer = jobJson(job).put("is_success", true);
                answer.put("message", job.failure == null || !job.status.equals("FAILED") ? "" : job.failure);
                send(x, 200, JSON.writeValueAsString(answer));
            }
            case "GET/preview" -> {
                if (!job.status.equals("FINISHED") || !job.type.equals("QUERY")) {
                    error(x, 400, "DLI.0003", "The job " + id + " is " + job.status + ", not a finished query");
                    return;
                }
                int size = query.containsKey("page-size") ? Integer.parseInt(query.get("page-size")) : 1000;
                List<List<Object>> page = rows.subList(0, Math.min(size, rows.size()));
                ObjectNode answer = JSON.createObjectNode()
                        .put("is_success", true)
                        .put("message", "")
                        .put("job_id", id)
                        .put("job_type", "QUERY")
                        .put("row_count", page.size())
                        .put("input_size", 74);
                answer.set("schema", JSON.valueToTree(schema));
                answer.set("rows", JSON.valueToTree(page));
                send(x, 200, JSON.writeValueAsString(answer));
            }
            case "DELETE" -> {
                if (job.status.equals("FINISHED") || job.status.equals("FAILED")) {
                    error(x, 400, "DLI.0003", "The job " + id + " is " + job.status + " and cannot be cancelled");
                    return;
                }
                job.status = "CANCELLED";
                send(x, 200, "{\"is_success\": true, \"message\": \"\"}");
            }
            case "POST/export-result" -> {
                if (!job.status.equals("FINISHED")) {
                    error(x, 400, "DLI.0003", "The job " + id + " is " + job.status + ", not finished");
                    return;
                }
                JsonNode request = JSON.readTree(body);
                Job export = new Job(
                        "export " + id + " to " + request.path("data_path").asText(),
                        job.queue,
                        "QUERY",
                        List.of(),
                        null);
                jobs.put(export.id, export);
                order.add(export);
                send(
                        x,
                        200,
                        "{\"is_success\": true, \"message\": \"\", \"job_id\": \"" + export.id
                                + "\", \"job_mode\": \"async\"}");
            }
            default -> error(x, 405, "DLI.0002", "Not supported here: " + method + " " + what);
        }
    }

    /** RUNNING at the first status read, then the end. */
    private static void advance(Job job) {
        int read = ++job.reads;
        if (job.status.equals("LAUNCHING") && read >= 1) {
            job.status = "RUNNING";
        } else if (job.status.equals("RUNNING") && read >= 2) {
            job.status = job.failure == null ? "FINISHED" : "FAILED";
        }
    }

    private ObjectNode jobJson(Job job) {
        ObjectNode j = JSON.createObjectNode()
                .put("job_id", job.id)
                .put("job_type", job.type)
                .put("job_mode", "async")
                .put("queue_name", job.queue)
                .put("owner", "test")
                .put("start_time", job.start)
                .put("duration", Math.max(1, System.currentTimeMillis() - job.start))
                .put("status", job.status)
                .put("input_size", 22)
                .put("result_count", job.type.equals("QUERY") && job.status.equals("FINISHED") ? rows.size() : 0)
                .put("statement", job.statement);
        j.set("tags", JSON.valueToTree(job.tags));
        return j;
    }

    private void list(HttpExchange x, Map<String, String> query) throws IOException {
        String tags = query.get("tags");
        List<Job> matching = new ArrayList<>();
        for (Job j : order) {
            if (tags == null || j.tags.stream().anyMatch(t -> tags.contains(t.get("key") + "=" + t.get("value")))) {
                matching.add(j);
            }
        }
        int size = query.containsKey("page-size") ? Integer.parseInt(query.get("page-size")) : 10;
        int page = query.containsKey("current-page") ? Integer.parseInt(query.get("current-page")) : 1;
        ArrayNode list = JSON.createArrayNode();
        for (int i = (page - 1) * size; i < Math.min(matching.size(), page * size); i++) {
            list.add(jobJson(matching.get(i)).put("message", ""));
        }
        ObjectNode answer = JSON.createObjectNode()
                .put("is_success", true)
                .put("message", "")
                .put("job_count", matching.size());
        answer.set("jobs", list);
        send(x, 200, JSON.writeValueAsString(answer));
    }

    private void upload(HttpExchange x, JsonNode request) throws IOException {
        String group = request.path("group").asText("");
        ArrayNode names = JSON.createArrayNode();
        ArrayNode details = JSON.createArrayNode();
        long now = System.currentTimeMillis();
        for (JsonNode p : request.path("paths")) {
            String path = p.asText();
            if (!path.startsWith("https://") && !path.startsWith("obs://")) {
                error(x, 400, "DLI.0001", "paths must be OBS object URLs, was " + path);
                return;
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            names.add(name);
            details.add(JSON.createObjectNode()
                    .put("create_time", now)
                    .put("update_time", now)
                    .put("resource_type", request.path("kind").asText("jar"))
                    .put("resource_name", name)
                    .put("status", "READY")
                    .put("underlying_name", UUID.randomUUID() + "_" + name));
        }
        ObjectNode answer = JSON.createObjectNode().put("group_name", group).put("status", "READY");
        answer.set("resources", names);
        answer.set("details", details);
        answer.put("create_time", now).put("update_time", now);
        send(x, 200, JSON.writeValueAsString(answer));
    }

    private void error(HttpExchange x, int status, String code, String message) throws IOException {
        x.getResponseHeaders().set("X-Request-Id", "standin-" + requestIds.incrementAndGet());
        send(
                x,
                status,
                JSON.writeValueAsString(
                        JSON.createObjectNode().put("error_code", code).put("error_msg", message)));
    }

    private static void send(HttpExchange x, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        if (!x.getResponseHeaders().containsKey("X-Request-Id")) {
            x.getResponseHeaders().set("X-Request-Id", "standin-ok");
        }
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return q;
    }

    /** The reference's 6.3 example answer, and the default queue. */
    private static final String QUEUES_6_3 =
            """
            {
                "is_success": "true",
                "message": "",
                "queues": [
                    {
                        "queue_name": "test",
                        "owner": "testuser",
                        "description": "",
                        "create_time": 1562221422671,
                        "queue_type": "spark",
                        "cu_count": 16,
                        "resource_id": "26afb850-d3c9-42c1-81c0-583d1163e80f",
                        "cidr_in_vpc": "10.0.0.0/8",
                        "cidr_in_subnet": "10.0.0.0/24",
                        "cidr_in_mgntsubnet": "10.23.128.0/24",
                        "resource_mode": 1,
                        "platform": "x86_64",
                        "is_restarting": "false",
                        "labels": "multi_az=2",
                        "resource_type": "vm",
                        "cu_spec": 16
                    },
                    {
                        "queue_name": "default",
                        "owner": "DLI",
                        "description": "the default queue",
                        "create_time": 1562221422671,
                        "queue_type": "sql",
                        "cu_count": 16,
                        "resource_mode": 0,
                        "platform": "x86_64",
                        "is_restarting": "false",
                        "resource_type": "vm",
                        "cu_spec": 16
                    }
                ]
            }
            """;

    /** The reference's 8.2 example answer. */
    private static final String RESOURCES_8_2 =
            """
            {
                "resources": [
                    {
                        "create_time": 1521532893736,
                        "update_time": 1521552364503,
                        "resource_type": "jar",
                        "resource_name": "luxor-router-1.1.1.jar",
                        "status": "READY",
                        "underlying_name": "3efffb4f-40e9-455e-8b5a-a23b4d355e46_luxor-router-1.1.1.jar"
                    }
                ],
                "groups": [
                    {
                        "group_name": "groupTest",
                        "status": "READY",
                        "resources": ["person.csv"],
                        "details": [
                            {
                                "create_time": 1547091098668,
                                "update_time": 1547091098668,
                                "resource_type": "file",
                                "resource_name": "person.csv",
                                "status": "READY",
                                "underlying_name": "a4243a8c-bca6-4e77-a968-1f3b00217474_person.csv"
                            }
                        ],
                        "create_time": 1547090015131,
                        "update_time": 1547091098666
                    }
                ],
                "modules": []
            }
            """;
}
