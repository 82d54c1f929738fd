package io.lakejob.sdk.cloud.internal.codec;

/**
 * A wire type that carries the answer's {@code is_success} flag. Codecs whose wire type has it
 * read a successful answer straight into that type ({@link RestCodec.Builder#decodeAs}); a
 * {@code false} there sends the answer through the general path, which turns it into the error.
 */
interface WireResult {
    /**
     * The answer's {@code is_success}.
     *
     * @return the flag, or {@code null} when the answer has none
     */
    Boolean isSuccess();
}
