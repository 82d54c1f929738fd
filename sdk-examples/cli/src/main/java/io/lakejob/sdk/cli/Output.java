package io.lakejob.sdk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lakejob.sdk.exception.LakeJobException;
import io.lakejob.sdk.exception.OutcomeUnknownException;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.model.ExtensibleEnum;
import io.lakejob.sdk.model.flink.ResultRow;
import io.lakejob.sdk.model.flink.SqlExecutionResult;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a command prints: its result on stdout (text for people, or exactly one JSON document with
 * {@code --output json}), progress and errors on stderr. Nothing printed here comes from
 * credentials: results hold what the service answered, errors the SDK's messages (which never
 * hold secrets).
 */
final class Output {
    /** The format of results. */
    enum Format {
        /** Lines for people and for {@code grep}. */
        text,
        /** One JSON object on stdout. */
        json
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;
    private Format format = Format.text;
    private boolean quiet;

    Output(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    void format(Format format) {
        this.format = format;
    }

    boolean json() {
        return format == Format.json;
    }

    void quiet(boolean quiet) {
        this.quiet = quiet;
    }

    PrintStream err() {
        return err;
    }

    /**
     * Prints a command's result.
     *
     * @param json the result as JSON (values: strings, numbers, booleans, lists, maps, or SDK enums and
     *     instants, printed as text)
     * @param text prints the result for people
     */
    void result(Map<String, Object> json, Consumer<PrintStream> text) {
        if (format == Format.json) {
            out.println(toJson(json));
        } else {
            text.accept(out);
        }
        out.flush();
    }

    /** A progress line on stderr (unless {@code --quiet}). */
    void progress(String line) {
        if (!quiet) {
            err.println("lakejob: " + line);
            err.flush();
        }
    }

    /** A warning on stderr, even with {@code --quiet}. */
    void warn(String line) {
        err.println("lakejob: warning: " + line);
        err.flush();
    }

    /**
     * Reports a failure: a line on stderr and, with {@code --output json}, an {@code error} object on
     * stdout.
     *
     * @param code the exit code
     * @param e the failure
     */
    void error(int code, Throwable e) {
        String message = message(e);
        err.println("lakejob: error: " + message);
        if (code == ExitCodes.INTERNAL) {
            e.printStackTrace(err);
        }
        err.flush();
        if (format == Format.json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("exitCode", code);
            error.put("kind", ExitCodes.name(code));
            error.put("type", e.getClass().getSimpleName());
            error.put("message", message);
            if (e instanceof ServiceException s) {
                error.put("httpStatus", s.statusCode());
                error.put("errorCode", s.errorCode());
                error.put("errorMessage", s.errorMessage());
                error.put("requestId", s.requestId());
            }
            if (e instanceof OutcomeUnknownException o) {
                error.put("operation", o.operation());
                error.put("clientToken", o.clientToken());
            }
            if (e instanceof LakeJobException l) {
                error.put("retryable", l.retryable());
            }
            out.println(toJson(Map.of("error", error)));
            out.flush();
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (e instanceof ServiceException s && s.requestId() != null && (m == null || !m.contains(s.requestId()))) {
            m = (m == null ? "" : m) + " (request id " + s.requestId() + ")";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    static String toJson(Map<String, Object> value) {
        try {
            return JSON.writeValueAsString(plain(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** SDK enums, instants and other objects become text; maps and lists are copied. */
    static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v;
        }
        if (v instanceof ExtensibleEnum e) {
            return e.value();
        }
        if (v instanceof Instant i) {
            return i.toString();
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put(String.valueOf(k), plain(x)));
            return copy;
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(x -> copy.add(plain(x)));
            return copy;
        }
        return v.toString();
    }

    /** A result's columns and rows as JSON: {@code {"columns": [...], "rows": [[...], ...]}}. */
    static Map<String, Object> rows(SqlExecutionResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("columns", r.columns());
        List<List<Object>> rows = new ArrayList<>();
        for (ResultRow row : r.rows()) {
            rows.add(row.values());
        }
        m.put("rows", rows);
        m.put("truncated", r.truncated());
        return m;
    }

    /** Prints columns and rows as the quick start does: {@code a | b} lines, header first. */
    static void printRows(PrintStream out, List<String> columns, List<List<Object>> rows) {
        out.println(String.join(" | ", columns));
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object v : row) {
                cells.add(String.valueOf(v));
            }
            out.println(String.join(" | ", cells));
        }
    }

    static void printRows(PrintStream out, SqlExecutionResult r) {
        List<List<Object>> rows = new ArrayList<>();
        for (ResultRow row : r.rows()) {
            rows.add(row.values());
        }
        printRows(out, r.columns(), rows);
    }

    /** {@code key: value} lines, skipping nulls. */
    static void printFields(PrintStream out, Map<String, Object> fields) {
        fields.forEach((k, v) -> {
            if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                out.println(k + ": " + plain(v));
            }
        });
    }
}
