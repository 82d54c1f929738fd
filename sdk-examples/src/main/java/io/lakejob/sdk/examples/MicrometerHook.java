package io.lakejob.sdk.examples;

import io.lakejob.sdk.ExecutionHook;
import io.lakejob.sdk.exception.ServiceException;
import io.lakejob.sdk.exception.TransportException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;

/**
 * An {@link ExecutionHook} that records every attempt of a client in a Micrometer timer,
 * {@value #TIMER}, tagged with the transport, the operation, the outcome and the HTTP status:
 *
 * <pre>{@code
 * LakeJobClient client = LakeJobClient.builder()
 *         .endpoint("https://dli.cn-north-4.myhuaweicloud.com")
 *         .addExecutionHook(new MicrometerHook(meterRegistry))
 *         .build();
 * }</pre>
 *
 * <p>Outcomes: {@code success}; {@code service_error} (the service answered with an error: the
 * {@code status} tag says which, the {@code error_code} tag the service's code); {@code io_error}
 * (no answer); {@code error} (anything else, for example an unreadable answer). Tags stay few: the
 * operation names are a fixed set, and the request id is never a tag.
 */
public final class MicrometerHook implements ExecutionHook {
    /** The timer's name. */
    public static final String TIMER = "lakejob.client.attempt";

    private final MeterRegistry registry;

    /**
     * Records into a registry.
     *
     * @param registry the registry
     */
    public MicrometerHook(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void afterResponse(Response response) {
        timer(response.transport(), response.operation(), "success", Integer.toString(response.statusCode()), "none")
                .record(response.duration());
    }

    @Override
    public void onError(Failure failure) {
        String outcome;
        String status = "0";
        String errorCode = "none";
        if (failure.exception() instanceof ServiceException e) {
            outcome = "service_error";
            status = Integer.toString(e.statusCode());
            errorCode = e.errorCode() == null ? "none" : e.errorCode();
        } else if (failure.exception() instanceof TransportException) {
            outcome = "io_error";
        } else {
            outcome = "error";
        }
        timer(failure.transport(), failure.operation(), outcome, status, errorCode)
                .record(failure.duration());
    }

    private Timer timer(String transport, String operation, String outcome, String status, String errorCode) {
        return Timer.builder(TIMER)
                .description("One attempt of a LakeJob SDK call")
                .tag("transport", transport)
                .tag("operation", operation)
                .tag("outcome", outcome)
                .tag("status", status)
                .tag("error_code", errorCode)
                .register(registry);
    }
}
