package io.lakejob.sdk.model.job;

import io.lakejob.sdk.exception.ValidationException;
import io.lakejob.sdk.internal.Validate;
import java.util.List;

/**
 * Grants DLI access to OBS buckets, to store job checkpoints and logs (reference 9.1,
 * {@code POST /v1.0/{project_id}/dli/obs-authorize}).
 *
 * @param obsBuckets the bucket names: at least one, none blank
 */
public record ObsAuthorizeRequest(List<String> obsBuckets) {
    /**
     * Validates the request.
     *
     * @param obsBuckets the bucket names
     */
    public ObsAuthorizeRequest {
        obsBuckets = Validate.list("obs_buckets", Validate.required("obs_buckets", obsBuckets));
        if (obsBuckets.isEmpty()) {
            throw new ValidationException("obs_buckets", "must name at least one bucket");
        }
        JobRules.strings("obs_buckets", obsBuckets);
    }

    /**
     * A request for the given buckets.
     *
     * @param obsBuckets the bucket names
     * @return the request
     */
    public static ObsAuthorizeRequest of(String... obsBuckets) {
        return new ObsAuthorizeRequest(obsBuckets == null ? null : java.util.Arrays.asList(obsBuckets));
    }
}
