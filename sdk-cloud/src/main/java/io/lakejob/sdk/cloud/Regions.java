package io.lakejob.sdk.cloud;

import io.lakejob.sdk.exception.ConfigurationException;
import java.util.regex.Pattern;

/**
 * Endpoints from region names, such as {@code cn-north-4}: the DLI endpoint
 * {@code https://dli.<region>.myhuaweicloud.com} and the IAM endpoint
 * {@code https://iam.<region>.myhuaweicloud.com}.
 *
 * <p>Region names are checked strictly (lower-case letters, hyphens, a trailing number, for example
 * {@code cn-north-4}, {@code ap-southeast-1}, {@code ae-ad-1}), so a name can never change the host
 * the SDK talks to: {@code /}, {@code @}, {@code :}, {@code .}, {@code %}, white space and control
 * characters are all refused.
 */
public final class Regions {
    /** The DNS suffix of the public Huawei Cloud endpoints. */
    public static final String DNS_SUFFIX = "myhuaweicloud.com";

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]{1,20}){1,3}-[0-9]{1,3}");

    private Regions() {}

    /**
     * Whether a text is a well-formed region name.
     *
     * @param region the text, may be {@code null}
     * @return {@code true} for names like {@code cn-north-4}
     */
    public static boolean isValid(String region) {
        return region != null && region.length() <= 64 && REGION.matcher(region).matches();
    }

    /**
     * Checks a region name.
     *
     * @param region the region name
     * @return the same name
     * @throws ConfigurationException when the name is missing or malformed
     */
    public static String check(String region) {
        if (region == null || region.isEmpty()) {
            throw new ConfigurationException("A region name is required, for example cn-north-4");
        }
        if (!isValid(region)) {
            // Do not echo the text: it is not a region and may be anything.
            throw new ConfigurationException("The region name is not valid: it must look like cn-north-4 "
                    + "(lower-case letters and hyphens, then a number; no '/', '@', ':', '.', spaces or escapes)");
        }
        return region;
    }

    /**
     * The DLI endpoint of a region.
     *
     * @param region the region name, for example {@code cn-north-4}
     * @return for example {@code https://dli.cn-north-4.myhuaweicloud.com}
     * @throws ConfigurationException when the region name is malformed
     */
    public static String dliEndpoint(String region) {
        return "https://dli." + check(region) + "." + DNS_SUFFIX;
    }

    /**
     * The IAM endpoint of a region, where tokens are issued and projects listed.
     *
     * @param region the region name, for example {@code cn-north-4}
     * @return for example {@code https://iam.cn-north-4.myhuaweicloud.com}
     * @throws ConfigurationException when the region name is malformed
     */
    public static String iamEndpoint(String region) {
        return "https://iam." + check(region) + "." + DNS_SUFFIX;
    }
}
