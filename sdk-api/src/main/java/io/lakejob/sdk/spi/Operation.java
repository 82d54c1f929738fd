package io.lakejob.sdk.spi;

import java.util.Objects;

/**
 * One operation of the API: its stable name, where the reference documents it, its REST
 * binding (method and path template) and its request and response types. Transports execute
 * operations; the REST transport reads the binding, the Flink transport maps the name to a
 * handler. Instances are constants of {@link Operations}.
 *
 * @param <Q> the request type
 * @param <R> the response type
 */
public final class Operation<Q, R> {
    private final String name;
    private final String section;
    private final OperationGroup group;
    private final HttpMethod method;
    private final String pathTemplate;
    private final Class<Q> requestType;
    private final Class<R> responseType;
    private final boolean idempotent;

    private Operation(
            String name,
            String section,
            OperationGroup group,
            HttpMethod method,
            String pathTemplate,
            Class<Q> requestType,
            Class<R> responseType) {
        this.name = Objects.requireNonNull(name, "name");
        this.section = Objects.requireNonNull(section, "section");
        this.group = Objects.requireNonNull(group, "group");
        this.method = method;
        this.pathTemplate = pathTemplate;
        this.requestType = Objects.requireNonNull(requestType, "requestType");
        this.responseType = Objects.requireNonNull(responseType, "responseType");
        this.idempotent = method == null || method != HttpMethod.POST;
    }

    /**
     * An operation of the DLI REST reference.
     *
     * @param name the stable name, for example {@code CreateQueue}
     * @param section the reference section, for example {@code 6.1}
     * @param group the client group it belongs to
     * @param method the HTTP method
     * @param pathTemplate the path, for example {@code /v1.0/{project_id}/queues}
     * @param requestType the request class
     * @param responseType the response class
     * @param <Q> request type
     * @param <R> response type
     * @return the operation
     */
    public static <Q, R> Operation<Q, R> rest(
            String name,
            String section,
            OperationGroup group,
            HttpMethod method,
            String pathTemplate,
            Class<Q> requestType,
            Class<R> responseType) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        return new Operation<>(name, section, group, method, pathTemplate, requestType, responseType);
    }

    /**
     * An operation with no REST binding in the DLI reference (a Flink-platform operation from
     * the Dinky OpenAPI).
     *
     * @param name the stable name, for example {@code ExecuteSql}
     * @param source where it is documented, for example {@code dinky:executeSql}
     * @param group the client group it belongs to
     * @param requestType the request class
     * @param responseType the response class
     * @param <Q> request type
     * @param <R> response type
     * @return the operation
     */
    public static <Q, R> Operation<Q, R> platform(
            String name, String source, OperationGroup group, Class<Q> requestType, Class<R> responseType) {
        return new Operation<>(name, source, group, null, null, requestType, responseType);
    }

    /**
     * The stable operation name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The reference section (for example {@code 9.2}) or source (for example {@code dinky:explainSql}).
     *
     * @return the section
     */
    public String section() {
        return section;
    }

    /**
     * The client group the operation belongs to.
     *
     * @return the group
     */
    public OperationGroup group() {
        return group;
    }

    /**
     * The HTTP method, or {@code null} for an operation without REST binding.
     *
     * @return the method
     */
    public HttpMethod method() {
        return method;
    }

    /**
     * The path template with {@code {project_id}} and other parameters, or {@code null} for an
     * operation without REST binding.
     *
     * @return the template
     */
    public String pathTemplate() {
        return pathTemplate;
    }

    /**
     * Whether the operation has a REST binding in the DLI reference.
     *
     * @return {@code true} for DLI operations
     */
    public boolean hasRestBinding() {
        return method != null;
    }

    /**
     * Whether sending the request twice has the same effect as once (every method but POST).
     *
     * @return {@code true} when a retry after an ambiguous failure is safe
     */
    public boolean idempotent() {
        return idempotent;
    }

    /**
     * The request class.
     *
     * @return the class
     */
    public Class<Q> requestType() {
        return requestType;
    }

    /**
     * The response class.
     *
     * @return the class
     */
    public Class<R> responseType() {
        return responseType;
    }

    @Override
    public String toString() {
        return name
                + (method == null ? " (" + section + ")" : " (" + section + " " + method + " " + pathTemplate + ")");
    }
}
