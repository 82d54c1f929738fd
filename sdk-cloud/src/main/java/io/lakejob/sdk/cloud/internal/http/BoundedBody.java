package io.lakejob.sdk.cloud.internal.http;

import io.lakejob.sdk.cloud.CloudOptions;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.spi.ClientConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads an answer body into memory up to a limit ({@link CloudOptions#MAX_RESPONSE_BYTES}) and
 * no further.
 */
public final class BoundedBody {
    /** The smallest limit accepted: 1 KiB. */
    static final int MIN_LIMIT = 1024;

    /** The largest limit accepted: 2047 MiB (a Java array holds at most about 2 GiB). */
    static final int MAX_LIMIT = 2047 * 1024 * 1024;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,10})\\s*(k|m|g|kib|mib|gib)?");

    private BoundedBody() {}

    /** The body is larger than the limit; nothing more of it was read. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        /** The body's declared length, or -1 when it was not declared. */
        public final long declared;

        public TooLarge(long declared) {
            super(null, null);
            this.declared = declared;
        }
    }

    /**
     * The configured limit.
     *
     * @param c the configuration
     * @return the limit in bytes
     * @throws ConfigurationException when the property is not a size from 1 KiB to 2047 MiB
     */
    public static int limit(ClientConfiguration c) {
        String raw = c.property(CloudOptions.MAX_RESPONSE_BYTES, null);
        if (raw == null) {
            return CloudOptions.DEFAULT_MAX_RESPONSE_BYTES;
        }
        Matcher m = SIZE.matcher(raw.trim().toLowerCase(Locale.ROOT));
        long bytes = -1;
        if (m.matches()) {
            long unit = m.group(2) == null
                    ? 1
                    : switch (m.group(2).charAt(0)) {
                        case 'k' -> 1024L;
                        case 'm' -> 1024L * 1024;
                        default -> 1024L * 1024 * 1024;
                    };
            bytes = Long.parseLong(m.group(1)) * unit;
        }
        if (bytes < MIN_LIMIT || bytes > MAX_LIMIT) {
            throw new ConfigurationException(CloudOptions.MAX_RESPONSE_BYTES
                    + " must be a size from 1 KiB to 2047 MiB, in bytes or with k, m or g (binary), was '" + raw
                    + "'");
        }
        return (int) bytes;
    }

    /**
     * Reads a whole body of at most {@code limit} bytes. A declared length over the limit is refused
     * before anything is read; otherwise reading stops at the first byte past the limit. When it
     * throws, the stream is left unread and unclosed: the caller discards the connection before
     * anything closes the stream (closing it would read the rest, to reuse the connection).
     *
     * @param entity the body, or {@code null}
     * @param limit the most bytes to read
     * @param beforeRefusing called before {@link TooLarge} is thrown (to discard the connection)
     * @return the bytes
     * @throws TooLarge when the body is larger than the limit
     * @throws IOException when reading fails
     */
    public static byte[] read(HttpEntity entity, int limit, Runnable beforeRefusing) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > limit) {
            beforeRefusing.run();
            throw new TooLarge(declared);
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return new byte[0];
        }
        byte[] buf = new byte[declared >= 0 ? (int) declared : Math.min(8192, limit)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                // Full: is there more? Read one byte before growing, so that a body of exactly its
                // declared length is never copied.
                int b = in.read();
                if (b < 0) {
                    return buf;
                }
                if (n >= limit) {
                    beforeRefusing.run();
                    throw new TooLarge(declared);
                }
                buf = Arrays.copyOf(buf, (int) Math.min(limit, Math.max(8192L, buf.length * 2L)));
                buf[n++] = (byte) b;
                continue;
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                return n == buf.length ? buf : Arrays.copyOf(buf, n);
            }
            n += r;
        }
    }
}
