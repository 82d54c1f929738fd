package io.lakejob.sdk;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ValidationException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Options a user passes in are checked with the SDK's own error, naming the setting. */
class WaitOptionsTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void waitOptionsRefuseBadValuesWithValidationException() {
        assertThatThrownBy(() -> WaitOptions.timeout(Duration.ZERO))
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> org.assertj.core.api.Assertions.assertThat(e.field())
                                .isEqualTo("timeout"));
        assertThatThrownBy(() -> WaitOptions.timeout(null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new WaitOptions(MINUTE, Duration.ofSeconds(-1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("pollInterval");
        assertThatThrownBy(() -> new WaitOptions(MINUTE, null, Duration.ofSeconds(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("firstPollInterval");
        assertThatThrownBy(() -> WaitOptions.timeout(MINUTE).withPolling(Duration.ofSeconds(3), Duration.ofSeconds(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("firstPollInterval");
    }

    @Test
    void retryPolicyRefusesBadValuesWithValidationException() {
        assertThatThrownBy(() -> RetryPolicy.standard().withMaxAttempts(0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.standard().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> RetryPolicy.standard().withBackoff(null, Duration.ofSeconds(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("baseDelay");
    }
}
