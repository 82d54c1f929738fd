package io.lakejob.sdk.cloud;

import com.fasterxml.jackson.databind.JsonNode;
import io.lakejob.sdk.auth.TokenProvider;
import io.lakejob.sdk.cloud.internal.http.Endpoint;
import io.lakejob.sdk.cloud.internal.http.IamHttp;
import io.lakejob.sdk.exception.ConfigurationException;
import io.lakejob.sdk.exception.ServiceException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a project id by project name (usually the region name, for example {@code cn-north-4}) with
 * IAM's {@code GET /v3/projects?name=<name>} (reference 14.3), authenticated with a token in
 * {@code X-Auth-Token}. The token never appears in messages or logs.
 */
public final class ProjectLookup {
    private static final String WHAT = "IAM project lookup";

    private final IamHttp http;

    private ProjectLookup(IamHttp http) {
        this.http = http;
    }

    /**
     * A lookup against an IAM endpoint.
     *
     * @param iamEndpoint for example {@code https://iam.cn-north-4.myhuaweicloud.com} ({@code http://}
     *     only on loopback)
     * @return the lookup
     * @throws ConfigurationException when the endpoint is unusable
     */
    public static ProjectLookup of(String iamEndpoint) {
        return new ProjectLookup(
                new IamHttp(Endpoint.parse(iamEndpoint, false), Duration.ofSeconds(10), Duration.ofSeconds(30)));
    }

    /**
     * Finds the id of the project with exactly this name.
     *
     * @param iamEndpoint the IAM endpoint
     * @param token a valid IAM token
     * @param projectName the project name, for example {@code cn-north-4}
     * @return the project id, or empty when IAM knows no such project
     * @throws ConfigurationException when the endpoint or an argument is unusable
     * @throws ServiceException when IAM answers with an error
     * @throws io.lakejob.sdk.exception.TransportException when IAM cannot be reached
     */
    public static Optional<String> find(String iamEndpoint, String token, String projectName) {
        return of(iamEndpoint).find(token, projectName);
    }

    /**
     * Finds the id of the project with exactly this name, using a token from a provider (for example an
     * {@link IamTokenProvider}).
     *
     * @param tokens the token provider
     * @param projectName the project name
     * @return the project id, or empty when IAM knows no such project
     */
    public Optional<String> find(TokenProvider tokens, String projectName) {
        Objects.requireNonNull(tokens, "tokens");
        return find(tokens.token().value(), projectName);
    }

    /**
     * Finds the id of the project with exactly this name.
     *
     * @param token a valid IAM token
     * @param projectName the project name
     * @return the project id, or empty when IAM knows no such project
     * @throws ConfigurationException when the token or the name is blank or holds control characters
     * @throws ServiceException when IAM answers with an error or an unreadable body
     */
    public Optional<String> find(String token, String projectName) {
        if (token == null || token.isBlank() || token.chars().anyMatch(Character::isISOControl)) {
            throw new ConfigurationException("The project lookup needs a token without control characters");
        }
        if (projectName == null
                || projectName.isBlank()
                || projectName.length() > 128
                || projectName.chars().anyMatch(Character::isISOControl)) {
            throw new ConfigurationException("The project name must be 1 to 128 characters without control characters");
        }
        IamHttp.Answer answer = http.send(
                WHAT,
                "GET",
                new String[] {"v3", "projects"},
                Map.of("name", projectName),
                Map.of("X-Auth-Token", token),
                null);
        if (!answer.ok()) {
            throw IamHttp.error(WHAT, answer, token);
        }
        JsonNode tree = IamHttp.tree(answer);
        JsonNode projects = tree == null ? null : tree.get("projects");
        if (projects == null || !(projects.isArray() || projects.isObject())) {
            throw new ServiceException(
                    answer.status(), null, WHAT + ": the answer has no \"projects\" list", answer.requestId(), false);
        }
        Iterable<JsonNode> items = projects.isArray() ? projects : java.util.List.of(projects);
        for (JsonNode p : items) {
            JsonNode id = p == null ? null : p.path("id");
            if (p != null
                    && p.isObject()
                    && projectName.equals(p.path("name").asText())
                    && id.isValueNode()
                    && !id.asText().isBlank()) {
                return Optional.of(id.asText());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "ProjectLookup[endpoint=" + http.endpoint().scheme() + "://"
                + http.endpoint().host() + "]";
    }
}
