package io.lakejob.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lakejob.sdk.exception.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default chain's order, files, profiles, rotation and messages. The environment, the system
 * properties and the home folder are always injected: nothing here reads the real ones.
 */
class DefaultCredentialsChainTest {
    private static final String SK_PROPS = "SK-props-secret-0001";
    private static final String SK_ENV = "SK-env-secret-0002";
    private static final String SK_HW = "SK-huawei-env-secret-0003";
    private static final String SK_FILE = "SK-file-secret-0004";
    private static final String SK_HW_FILE = "SK-huawei-file-secret-0005";
    private static final String TOKEN_FILE = "STS-file-token-secret-0006";
    private static final List<String> SECRETS = List.of(SK_PROPS, SK_ENV, SK_HW, SK_FILE, SK_HW_FILE, TOKEN_FILE);

    @TempDir
    Path home;

    private final Map<String, String> props = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();

    private DefaultCredentialsChain chain() {
        return DefaultCredentialsChain.builder()
                .systemProperties(props)
                .environment(env)
                .userHome(home)
                .build();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = home.resolve(relative);
        Files.createDirectories(file.getParent());
        // Written next to it and renamed, as a tool rotating credentials would.
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text);
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static AkSkCredentials akSk(Credentials c) {
        assertThat(c).isInstanceOf(AkSkCredentials.class);
        return (AkSkCredentials) c;
    }

    @Test
    void orderIsSystemPropertiesEnvironmentOfficialEnvironmentProfileOfficialFile() throws IOException {
        props.put("lakejob.accessKey", "AK_PROPS");
        props.put("lakejob.secretKey", SK_PROPS);
        env.put("LAKEJOB_AK", "AK_ENV");
        env.put("LAKEJOB_SK", SK_ENV);
        env.put("HUAWEICLOUD_SDK_AK", "AK_HW");
        env.put("HUAWEICLOUD_SDK_SK", SK_HW);
        write(".lakejob/credentials", "[default]\nak = AK_FILE\nsk = " + SK_FILE + "\n");
        write(".huaweicloud/credentials", "[basic]\nak = AK_HW_FILE\nsk = " + SK_HW_FILE + "\n");

        assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_PROPS");
        props.clear();
        assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_ENV");
        env.remove("LAKEJOB_AK");
        env.put("LAKEJOB_SK", " ");
        assertThat(akSk(chain().resolve()).accessKey())
                .as("blank counts as unset")
                .isEqualTo("AK_HW");
        env.clear();
        DefaultCredentialsChain fromFile = chain();
        assertThat(akSk(fromFile.resolve()).secretKey()).isEqualTo(SK_FILE);
        assertThat(fromFile.credentialsSource().orElseThrow())
                .contains("key ak of profile 'default' in " + home.resolve(".lakejob/credentials"));
        Files.delete(home.resolve(".lakejob/credentials"));
        DefaultCredentialsChain official = chain();
        assertThat(akSk(official.resolve()).accessKey()).isEqualTo("AK_HW_FILE");
        assertThat(official.credentialsSource().orElseThrow()).contains("section [basic]");
    }

    @Test
    void temporaryCredentialsCarryTheirSecurityToken() throws IOException {
        write(".lakejob/credentials", "[default]\nak=AK_FILE\nsk=" + SK_FILE + "\nsecurity_token=" + TOKEN_FILE + "\n");
        assertThat(akSk(chain().resolve()).securityToken()).isEqualTo(TOKEN_FILE);
        env.put("HUAWEICLOUD_SDK_AK", "AK_HW");
        env.put("HUAWEICLOUD_SDK_SK", SK_HW);
        env.put("HUAWEICLOUD_SDK_SECURITY_TOKEN", "hw-token-value");
        assertThat(akSk(chain().resolve()).securityToken()).isEqualTo("hw-token-value");
    }

    @Test
    void halfSetCredentialsAreAnErrorNamingBothSettingsNotAReasonToLookFurther() throws IOException {
        write(".lakejob/credentials", "[default]\nak = AK_FILE\nsk = " + SK_FILE + "\n");
        env.put("LAKEJOB_SK", SK_ENV);
        Throwable t = catchThrowable(() -> chain().resolve());
        assertThat(t)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(
                        "environment variable LAKEJOB_SK is set but environment variable LAKEJOB_AK is not");
        assertThat(t.getMessage()).doesNotContain(SK_ENV);
    }

    @Test
    void noCredentialsAnywhereListsEveryPlaceInOrder() {
        Throwable t = catchThrowable(() -> chain().resolve());
        assertThat(t).isInstanceOf(ConfigurationException.class);
        String m = t.getMessage();
        assertThat(m)
                .contains("No credentials found")
                .containsSubsequence(
                        "system property lakejob.accessKey / system property lakejob.secretKey",
                        "environment variable LAKEJOB_AK / environment variable LAKEJOB_SK",
                        "environment variable HUAWEICLOUD_SDK_AK / environment variable HUAWEICLOUD_SDK_SK",
                        "profile 'default' in " + home.resolve(".lakejob/credentials") + " (no such file)",
                        "section [basic] in " + home.resolve(".huaweicloud/credentials") + " (no such file)")
                .contains("Credentials.akSk");
    }

    @Test
    void withoutAnyHomeTheFilesAreSkippedAndSaidSo() {
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .systemProperties(Map.of())
                .environment(Map.of())
                .build();
        assertThatThrownBy(chain::resolve).hasMessageContaining("(no home folder)");
        assertThat(chain.projectId()).isEmpty();
    }

    @Test
    void profileIsChosenByBuilderThenPropertyThenEnvironment() throws IOException {
        write(
                ".lakejob/credentials",
                """
                # comment
                ; another comment
                [default]
                ak = AK_DEFAULT
                sk = %s

                [staging]
                AK = AK_STAGING
                Sk = %s
                project_id = p-staging

                [profile ci]
                ak = AK_CI
                sk = %s
                """
                        .formatted(SK_FILE, SK_FILE, SK_FILE));
        assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_DEFAULT");
        env.put("LAKEJOB_PROFILE", "staging");
        assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_STAGING");
        assertThat(chain().projectId()).contains("p-staging");
        props.put("lakejob.profile", "ci");
        assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_CI");
        DefaultCredentialsChain chosen = DefaultCredentialsChain.builder()
                .systemProperties(props)
                .environment(env)
                .userHome(home)
                .profile("staging")
                .build();
        assertThat(chosen.profile()).isEqualTo("staging");
        assertThat(akSk(chosen.resolve()).accessKey()).isEqualTo("AK_STAGING");
    }

    @Test
    void aProfileNamedExplicitlyMustExist() throws IOException {
        write(".lakejob/credentials", "[default]\nak = AK_DEFAULT\nsk = " + SK_FILE + "\n");
        env.put("LAKEJOB_PROFILE", "prod");
        assertThatThrownBy(() -> chain().resolve())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("The profile 'prod' chosen by environment variable LAKEJOB_PROFILE is not in")
                .hasMessageContaining("[default]")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SK_FILE));
        // Credentials found before the profile file is reached win, as the order says.
        env.put("LAKEJOB_AK", "AK_ENV");
        env.put("LAKEJOB_SK", SK_ENV);
        assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_ENV");
        env.put("LAKEJOB_PROFILE", "../../etc/passwd");
        assertThatThrownBy(this::chain).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void theFilesCanBeMovedByPropertyOrEnvironment() throws IOException {
        Path elsewhere = write("elsewhere/creds.ini", "[default]\nak = AK_MOVED\nsk = " + SK_FILE + "\n");
        Path official = write("elsewhere/hw.ini", "[basic]\nak = AK_HW_MOVED\nsk = " + SK_HW_FILE + "\n");
        env.put("HUAWEICLOUD_SDK_CREDENTIALS_FILE", official.toString());
        assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_HW_MOVED");
        env.put("LAKEJOB_CREDENTIALS_FILE", elsewhere.toString());
        assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_MOVED");
        props.put("lakejob.credentialsFile", home.resolve("nothing-here").toString());
        assertThat(chain().sources()).anySatisfy(s -> assertThat(s)
                .contains(home.resolve("nothing-here").toString())
                .contains("no such file"));
    }

    @Test
    void projectIdRegionAndEndpointAreFoundEachOnTheirOwn() throws IOException {
        write(
                ".lakejob/credentials",
                "[default]\nak = AK_FILE\nsk = " + SK_FILE + "\nproject_id = p-file\nregion = cn-south-1\n");
        env.put("HUAWEICLOUD_SDK_PROJECT_ID", "p-hw");
        DefaultCredentialsChain chain = chain();
        assertThat(chain.projectId()).contains("p-hw");
        assertThat(chain.region()).contains("cn-south-1");
        assertThat(chain.endpoint()).contains("https://dli.cn-south-1.myhuaweicloud.com");
        env.put("LAKEJOB_REGION", "ap-southeast-3");
        props.put("lakejob.projectId", "p-props");
        assertThat(chain().projectId()).contains("p-props");
        assertThat(chain().endpoint()).contains("https://dli.ap-southeast-3.myhuaweicloud.com");
        env.put("LAKEJOB_ENDPOINT", "https://dli.example.internal");
        assertThat(chain().endpoint()).contains("https://dli.example.internal");
    }

    @Test
    void aMalformedRegionIsRefusedWithoutEchoingIt() {
        env.put("LAKEJOB_REGION", "evil.example.com/x");
        Throwable t = catchThrowable(() -> chain().endpoint());
        assertThat(t)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("environment variable LAKEJOB_REGION");
        assertThat(t.getMessage()).doesNotContain("evil");
    }

    @Test
    void nothingFoundForAProjectIdListsThePlaces() {
        DefaultCredentialsChain chain = chain();
        assertThat(chain.projectId()).isEmpty();
        assertThat(chain.lookedIn(DefaultCredentialsChain.Setting.PROJECT_ID))
                .containsSubsequence(
                        "system property lakejob.projectId",
                        "environment variable LAKEJOB_PROJECT_ID",
                        "environment variable HUAWEICLOUD_SDK_PROJECT_ID",
                        "key project_id of profile 'default'",
                        "key project_id of section [basic]");
        assertThat(chain.lookedIn(DefaultCredentialsChain.Setting.ENDPOINT))
                .contains("LAKEJOB_ENDPOINT")
                .contains("LAKEJOB_REGION")
                .doesNotContain("HUAWEICLOUD_SDK_REGION");
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aRewrittenFileIsPickedUpAfterTheRefreshIntervalOrAtOnceWhenRejected() throws IOException {
        write(".lakejob/credentials", "[default]\nak = AK_ONE\nsk = " + SK_FILE + "\n");
        MovableClock clock = new MovableClock();
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .systemProperties(props)
                .environment(env)
                .userHome(home)
                .clock(clock)
                .refreshInterval(Duration.ofSeconds(30))
                .build();
        Credentials first = chain.resolve();
        assertThat(akSk(first).accessKey()).isEqualTo("AK_ONE");

        write(".lakejob/credentials", "[default]\nak = AK_TWO\nsk = " + SK_FILE + "\n");
        clock.now = clock.now.plusSeconds(29);
        assertThat(chain.resolve()).as("within the interval: cached").isSameAs(first);
        clock.now = clock.now.plusSeconds(2);
        Credentials second = chain.resolve();
        assertThat(akSk(second).accessKey()).isEqualTo("AK_TWO");

        write(".lakejob/credentials", "[default]\nak = AK_THREE\nsk = " + SK_FILE + "\n");
        chain.invalidate(Credentials.akSk("AK_OTHER", SK_FILE));
        assertThat(chain.resolve())
                .as("invalidating other credentials changes nothing")
                .isSameAs(second);
        chain.invalidate(second);
        assertThat(akSk(chain.resolve()).accessKey())
                .as("rejected: looked up at once")
                .isEqualTo("AK_THREE");
    }

    @Test
    void unchangedValuesKeepTheSameInstance() throws IOException {
        write(".lakejob/credentials", "[default]\nak = AK_ONE\nsk = " + SK_FILE + "\n");
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .systemProperties(props)
                .environment(env)
                .userHome(home)
                .refreshInterval(Duration.ZERO)
                .build();
        Credentials first = chain.resolve();
        write(".lakejob/credentials", "# rewritten, same values\n[default]\nak = AK_ONE\nsk = " + SK_FILE + "\n");
        assertThat(chain.resolve()).isSameAs(first);
    }

    @Test
    void aBrokenRewriteKeepsThePreviousCredentials() throws IOException {
        write(".lakejob/credentials", "[default]\nak = AK_ONE\nsk = " + SK_FILE + "\n");
        DefaultCredentialsChain chain = DefaultCredentialsChain.builder()
                .systemProperties(props)
                .environment(env)
                .userHome(home)
                .refreshInterval(Duration.ZERO)
                .build();
        Credentials first = chain.resolve();
        write(".lakejob/credentials", "[default]\nak = AK_TWO\n" + SK_FILE + "\n");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(chain.resolve()).isSameAs(first);
        } finally {
            System.setErr(oldErr);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("keeping those from").contains("line 3").doesNotContain(SK_FILE);
        // A fresh chain has nothing to keep: it fails, naming the line, not its text.
        assertThatThrownBy(() -> chain().resolve())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("line 3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SK_FILE));
    }

    @Test
    void aFileOthersMayReadIsUsedWithAWarning() throws IOException {
        Path file = write(".lakejob/credentials", "[default]\nak = AK_ONE\nsk = " + SK_FILE + "\n");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            chain().resolve();
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("chmod");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertThat(akSk(chain().resolve()).accessKey()).isEqualTo("AK_ONE");
        } finally {
            System.setErr(oldErr);
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("may be read or written by other users (rw-r--r--)")
                .contains("chmod 600 " + file)
                .doesNotContain(SK_FILE);
    }

    @Test
    void unusableValuesNameThePlaceNotTheValue() {
        env.put("LAKEJOB_AK", "AK_ENV");
        env.put("LAKEJOB_SK", "bad\u00a0" + SK_ENV);
        Throwable t = catchThrowable(() -> chain().resolve());
        assertThat(t)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("environment variable LAKEJOB_AK and environment variable LAKEJOB_SK")
                .hasMessageContaining("secret_key");
        assertThat(t.getMessage()).doesNotContain(SK_ENV);
    }

    @Test
    void noSecretInToStringSourcesOrMessages() throws IOException {
        write(".lakejob/credentials", "[default]\nak=AK_FILE\nsk=" + SK_FILE + "\nsecurity_token=" + TOKEN_FILE + "\n");
        DefaultCredentialsChain chain = chain();
        StringBuilder seen = new StringBuilder(chain.toString());
        seen.append(chain.resolve()).append(chain).append(chain.sources()).append(chain.credentialsSource());
        for (DefaultCredentialsChain.Setting s : DefaultCredentialsChain.Setting.values()) {
            seen.append(chain.lookedIn(s));
        }
        assertThat(seen.toString()).contains("AK_FILE");
        for (String secret : SECRETS) {
            assertThat(seen.toString()).doesNotContain(secret);
        }
    }

    @Test
    void fixedCredentialsAreTheirOwnProvider() {
        AkSkCredentials fixed = Credentials.akSk("AK", SK_PROPS);
        CredentialsProvider provider = fixed;
        assertThat(provider.resolve()).isSameAs(fixed);
    }
}
