package io.lakejob.sdk.spi;

/** The HTTP methods the DLI reference uses. */
public enum HttpMethod {
    /** Read. */
    GET,
    /** Create or submit. */
    POST,
    /** Replace or act. */
    PUT,
    /** Delete. */
    DELETE
}
