package io.lakejob.sdk.auth;

import io.lakejob.sdk.exception.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests with {@code SDK-HMAC-SHA256}, the AK/SK algorithm of Huawei Cloud API
 * gateways: a canonical request (method, canonical URI ending in {@code /}, sorted encoded
 * query, signed headers), hashed into a string to sign, HMAC-SHA256 with the secret key.
 * Each call sets a fresh {@code X-Sdk-Date}.
 */
public final class AkSkSigner implements Signer {
    /** The algorithm name in the {@code Authorization} header. */
    public static final String ALGORITHM = "SDK-HMAC-SHA256";

    /** The largest body the gateway accepts on an AK/SK-signed request: 12 MiB. */
    public static final int MAX_SIGNED_BODY_BYTES = 12 * 1024 * 1024;

    /** The header carrying the signing time. */
    public static final String DATE_HEADER = "X-Sdk-Date";

    /** The header carrying the security token of temporary credentials. */
    public static final String SECURITY_TOKEN_HEADER = "X-Security-Token";

    private static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String EMPTY_BODY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    });

    private final AkSkCredentials credentials;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /**
     * Creates a signer for the given credentials.
     *
     * @param credentials the AK/SK credentials
     */
    public AkSkSigner(AkSkCredentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.key = new SecretKeySpec(credentials.secretKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /**
     * Formats an instant as {@code X-Sdk-Date} does: {@code yyyyMMdd'T'HHmmss'Z'} in UTC.
     *
     * @param instant the time
     * @return the formatted time
     */
    public static String formatDate(Instant instant) {
        java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return DATE_FORMAT.format(instant);
        }
        char[] c = new char[16];
        digits(c, 0, t.getYear(), 4);
        digits(c, 4, t.getMonthValue(), 2);
        digits(c, 6, t.getDayOfMonth(), 2);
        c[8] = 'T';
        digits(c, 9, t.getHour(), 2);
        digits(c, 11, t.getMinute(), 2);
        digits(c, 13, t.getSecond(), 2);
        c[15] = 'Z';
        return new String(c);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    @Override
    public SignableRequest sign(SignableRequest request, Instant now) {
        if (request.bodyLength() > MAX_SIGNED_BODY_BYTES) {
            throw new ValidationException(
                    "body",
                    "is " + request.bodyLength() + " bytes; AK/SK-signed requests are limited to "
                            + MAX_SIGNED_BODY_BYTES + " bytes (12 MiB): use token authentication for larger bodies");
        }
        Map<String, String> added = new HashMap<>(4);
        added.put(DATE_HEADER, formatDate(now));
        if (request.header("Host") == null) {
            added.put("Host", request.hostHeader());
        }
        if (credentials.securityToken() != null) {
            added.put(SECURITY_TOKEN_HEADER, credentials.securityToken());
        }
        SignableRequest dated = request.withHeaders(added, "Authorization");
        String authorization = ALGORITHM + " Access=" + credentials.accessKey() + ", SignedHeaders="
                + signedHeaders(dated) + ", Signature=" + signature(dated);
        return dated.withHeaders(Map.of("Authorization", authorization), null);
    }

    /**
     * The hex signature of a request that already carries its {@code X-Sdk-Date} and
     * {@code Host} headers.
     *
     * @param dated the request
     * @return the lower-case hex signature
     */
    public String signature(SignableRequest dated) {
        // doFinal resets the Mac, so each thread keeps one keyed instance.
        return hex(macs.get().doFinal(stringToSign(dated).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The string to sign: the algorithm, the {@code X-Sdk-Date} value and the hex SHA-256 of the
     * canonical request, one a line.
     *
     * @param dated a request carrying {@code X-Sdk-Date}
     * @return the string to sign
     */
    public static String stringToSign(SignableRequest dated) {
        String date = dated.header(DATE_HEADER);
        if (date == null) {
            throw new IllegalArgumentException("request has no " + DATE_HEADER + " header");
        }
        return ALGORITHM + "\n" + date + "\n"
                + sha256Hex(canonicalRequest(dated).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The canonical request, exactly as the signature covers it.
     *
     * @param request the request (with its {@code Host} and {@code X-Sdk-Date} headers)
     * @return the canonical request
     */
    public static String canonicalRequest(SignableRequest request) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(request.method()).append('\n');
        sb.append(canonicalUri(request)).append('\n');
        sb.append(canonicalQuery(request)).append('\n');
        List<String> names = signedHeaderNames(request);
        for (String name : names) {
            sb.append(name).append(':').append(request.header(name)).append('\n');
        }
        sb.append('\n').append(String.join(";", names)).append('\n');
        byte[] body = request.bodyUnsafe();
        sb.append(body.length == 0 ? EMPTY_BODY_HASH : sha256Hex(body));
        return sb.toString();
    }

    /**
     * The signed header names joined with {@code ;}.
     *
     * @param request the request
     * @return for example {@code host;x-sdk-date}
     */
    public static String signedHeaders(SignableRequest request) {
        return String.join(";", signedHeaderNames(request));
    }

    private static List<String> signedHeaderNames(SignableRequest request) {
        List<String> names = new ArrayList<>();
        for (String name : request.headers().keySet()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("content-type") && !lower.contains("_")) {
                names.add(lower);
            }
        }
        names.sort(null);
        return names;
    }

    private static String canonicalUri(SignableRequest request) {
        String path = request.encodedPath();
        return path.endsWith("/") ? path : path + "/";
    }

    private static String canonicalQuery(SignableRequest request) {
        List<String[]> pairs = new ArrayList<>(request.query().size());
        for (Map.Entry<String, String> e : request.query()) {
            pairs.add(
                    new String[] {SignableRequest.percentEncode(e.getKey()), SignableRequest.percentEncode(e.getValue())
                    });
        }
        // Stable sort by encoded key: repeated keys keep the caller's order.
        pairs.sort((a, b) -> a[0].compareTo(b[0]));
        StringBuilder sb = new StringBuilder();
        for (String[] p : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    private static String sha256Hex(byte[] data) {
        return hex(SHA256.get().digest(data));
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    @Override
    public String toString() {
        return "AkSkSigner[accessKey=" + credentials.accessKey() + "]";
    }
}
