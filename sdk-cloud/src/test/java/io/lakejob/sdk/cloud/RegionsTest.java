package io.lakejob.sdk.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lakejob.sdk.exception.ConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Endpoints from region names, and the strict region-name check. */
class RegionsTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "cn-north-4",
                "cn-east-3",
                "ap-southeast-1",
                "ae-ad-1",
                "eu-west-101",
                "la-north-2",
                "cn-southwest-2",
                "af-south-1",
                "na-mexico-1"
            })
    void validRegions(String region) {
        assertThat(Regions.isValid(region)).isTrue();
        assertThat(Regions.dliEndpoint(region)).isEqualTo("https://dli." + region + ".myhuaweicloud.com");
        assertThat(Regions.iamEndpoint(region)).isEqualTo("https://iam." + region + ".myhuaweicloud.com");
        assertThat(io.lakejob.sdk.cloud.internal.http.Endpoint.parse(Regions.dliEndpoint(region), false)
                        .host())
                .isEqualTo("dli." + region + ".myhuaweicloud.com");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "cn",
                "cn-north",
                "CN-NORTH-4",
                "cn-north-4/",
                "cn-north-4/../x",
                "a@b-c-1",
                "cn-north-4:443",
                "cn-north-4.evil.com",
                "evil.com#cn-north-4",
                "cn-north-4?x=1",
                "cn north-4",
                "cn-north-4\r\n",
                "cn-north-4\u0000",
                "%2e%2e-x-1",
                "cn\\north-4",
                "cn-north-4 ",
                "cn--4",
                "cn-north-4-"
            })
    void invalidRegionsAreRejected(String region) {
        assertThat(Regions.isValid(region)).isFalse();
        assertThatThrownBy(() -> Regions.dliEndpoint(region)).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> Regions.iamEndpoint(region)).isInstanceOf(ConfigurationException.class);
    }

    @org.junit.jupiter.api.Test
    void nullAndLongRegions() {
        assertThat(Regions.isValid(null)).isFalse();
        assertThatThrownBy(() -> Regions.dliEndpoint(null)).isInstanceOf(ConfigurationException.class);
        assertThat(Regions.isValid("cn-" + "a".repeat(100) + "-1")).isFalse();
    }
}
