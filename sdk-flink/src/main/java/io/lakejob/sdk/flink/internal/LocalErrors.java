package io.lakejob.sdk.flink.internal;

import io.lakejob.sdk.exception.ServiceException;

/** Service errors raised by the Flink transport, with the DLI error codes of reference 14.2. */
public final class LocalErrors {
    private LocalErrors() {}

    /** DLI.0001: a parameter failed a check the transport makes (HTTP 400). */
    public static ServiceException invalid(String field, String reason) {
        return new ServiceException(400, "DLI.0001", field + ": " + reason, null, false);
    }

    /** DLI.0002: the object does not exist (HTTP 400). */
    public static ServiceException notFound(String what) {
        return new ServiceException(400, "DLI.0002", what + " does not exist", null, false);
    }

    /** DLI.0006: the object already exists (HTTP 400). */
    public static ServiceException exists(String what) {
        return new ServiceException(400, "DLI.0006", what + " already exists", null, false);
    }

    /** DLI.0011: a file or folder the client may not read or write for requests (HTTP 400). */
    public static ServiceException forbidden(String field, String reason) {
        return new ServiceException(400, "DLI.0011", field + ": " + reason, null, false);
    }

    /** DLI.0012: the object is not available for this action now (HTTP 400). */
    public static ServiceException unavailable(String reason) {
        return new ServiceException(400, "DLI.0012", reason, null, false);
    }
}
