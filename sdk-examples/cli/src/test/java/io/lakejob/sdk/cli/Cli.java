package io.lakejob.sdk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakejob.sdk.LakeJobClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code lakejob} in this JVM with a given environment, capturing what it prints. */
final class Cli {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one command did. */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not one JSON document:\n" + out + "\nstderr:\n" + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> env;
    private final Map<String, String> properties;
    private final ClientFactory factory;

    Cli(Map<String, String> env, Map<String, String> properties, ClientFactory factory) {
        this.env = env;
        this.properties = properties;
        this.factory = factory;
    }

    /** A command line whose every command uses this client, which it never closes. */
    static Cli sharing(LakeJobClient client, Map<String, String> env) {
        LakeJobClient notClosed = (LakeJobClient) Proxy.newProxyInstance(
                Cli.class.getClassLoader(), new Class<?>[] {LakeJobClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(client, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        Map<String, String> withEndpoint = new HashMap<>(env);
        withEndpoint.putIfAbsent("LAKEJOB_ENDPOINT", "flink:local");
        return new Cli(withEndpoint, Map.of("user.home", "/nonexistent-home"), (builder, endpoint) -> notClosed);
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> props = new HashMap<>(properties);
        int exit = new Lakejob(
                        env,
                        props,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        factory)
                .execute(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
