package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.LakeJobClient;
import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.spi.Operation;
import io.lakejob.sdk.spi.Operations;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reliability target 10: a corpus of traversal and injection names is rejected by validation before
 * any I/O, for every String path parameter of every operation in the catalogue
 * ({@link Operations#all()}), found by reflection on the request records: the canonical constructor
 * (which {@code build()} calls) throws a {@link ValidationException} naming that parameter, so no
 * request object, hence no request, can exist. The client's convenience forms are checked too, and
 * WireMock receives nothing.
 */
class TraversalTest extends WireSupport {
    static final List<String> CORPUS = List.of(
            "../x",
            "..",
            ".",
            "a/b",
            "/",
            "a\\b",
            "%2e%2e",
            "%2E%2E",
            "%2F",
            "a%2Fb",
            "..%2f",
            "%00",
            "../../etc/passwd",
            "a/../b",
            "x\r\nX-Injected: 1",
            "\r\n",
            "a\nb",
            "x\u0000",
            "\u0000",
            "a\tb",
            "\t",
            "",
            " ",
            "   ",
            "a".repeat(10_000));

    private static final Pattern PARAM = Pattern.compile("\\{([a-z_]+)}");

    /** A path parameter backed by a String record component. */
    record Target(Operation<?, ?> operation, String param, int index, Object[] baseline) {}

    static String camel(String snake) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }

    static Constructor<?> canonical(Class<?> type) throws NoSuchMethodException {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
        }
        return type.getDeclaredConstructor(types);
    }

    static Object construct(Class<?> type, Object[] args) throws Throwable {
        try {
            return canonical(type).newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Finds every (operation, String path parameter) pair and a valid baseline for its request. */
    static List<Target> targets(List<String> withoutBaseline, List<String> nonString) throws Exception {
        List<Target> out = new ArrayList<>();
        for (Operation<?, ?> op : Operations.all()) {
            if (!op.hasRestBinding() || !op.requestType().isRecord()) {
                continue;
            }
            Matcher m = PARAM.matcher(op.pathTemplate());
            while (m.find()) {
                String param = m.group(1);
                if (param.equals("project_id")) {
                    continue;
                }
                RecordComponent[] rcs = op.requestType().getRecordComponents();
                int index = -1;
                for (int i = 0; i < rcs.length; i++) {
                    if (rcs[i].getName().equals(camel(param))) {
                        index = i;
                    }
                }
                if (index < 0) {
                    throw new AssertionError(op.name() + ": no request component for path parameter " + param);
                }
                if (rcs[index].getType() != String.class) {
                    nonString.add(
                            op.name() + "." + param + ":" + rcs[index].getType().getSimpleName());
                    continue;
                }
                Object[] baseline = FuzzTest.baseline(op.requestType(), index, "abc1");
                if (baseline == null) {
                    withoutBaseline.add(op.name() + "." + param);
                    baseline = FuzzTest.nulls(op.requestType());
                }
                out.add(new Target(op, param, index, baseline));
            }
        }
        return out;
    }

    @Test
    void everyStringPathParameterRejectsTheWholeCorpus() throws Exception {
        List<String> withoutBaseline = new ArrayList<>();
        List<String> nonString = new ArrayList<>();
        List<Target> targets = targets(withoutBaseline, nonString);
        // The catalogue's String path parameters (queue, database, table, user, resource, SQL job,
        // batch, connection, variable names and ids): at least these must be found.
        assertThat(targets)
                .extracting(Target::param)
                .contains(
                        "queue_name",
                        "database_name",
                        "table_name",
                        "user_name",
                        "resource_name",
                        "job_id",
                        "batch_id",
                        "connection_id",
                        "var_name");
        assertThat(withoutBaseline)
                .as("operations whose request could not be built validly")
                .isEmpty();
        List<String> accepted = new ArrayList<>();
        int cases = 0;
        for (Target t : targets) {
            int index = t.index();
            for (String bad : CORPUS) {
                Object[] args = t.baseline().clone();
                args[index] = bad;
                cases++;
                Throwable thrown;
                try {
                    construct(t.operation().requestType(), args);
                    thrown = null;
                } catch (Throwable e) {
                    thrown = e;
                }
                if (!(thrown instanceof ValidationException ve) || !ve.field().equals(t.param())) {
                    accepted.add(t.operation().name() + "." + t.param() + " <- " + printable(bad) + " : "
                            + (thrown == null ? "accepted" : thrown));
                }
            }
        }
        // Every traversal and injection name is rejected, and so are blank and over-long names.
        assertThat(accepted)
                .as("%d cases over %d parameters", cases, targets.size())
                .isEmpty();
        assertThat(requests()).isEmpty();
    }

    @Test
    void convenienceFormsOfTheClientRejectBeforeSending() {
        try (LakeJobClient client = client()) {
            for (String bad : CORPUS) {
                for (Runnable call : List.<Runnable>of(
                        () -> client.queues().get(bad), () -> client.queues().delete(bad), () -> client.queues()
                                .listPlans(bad))) {
                    assertThat(catchThrowable(call::run))
                            .as("%s", printable(bad))
                            .isInstanceOf(ValidationException.class);
                }
            }
        }
        assertThat(requests()).isEmpty();
    }

    static String printable(String s) {
        String shown = s.length() > 40 ? s.substring(0, 20) + "...(" + s.length() + " chars)" : s;
        StringBuilder sb = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            sb.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append('"').toString();
    }
}
