/**
 * The REST transport of the LakeJob SDK: a DLI-compatible service over Apache HttpClient 5, with
 * Jackson and resilience4j. Exports {@code io.lakejob.sdk.cloud} (the provider, options, TLS and
 * proxy settings, {@code Reconcile}, {@code IamTokenProvider}); its internals
 * ({@code io.lakejob.sdk.cloud.internal} and its {@code codec}, {@code http} and {@code retry}
 * packages) are not exported. The packages whose records Jackson reads and writes are opened to it.
 */
module io.lakejob.sdk.cloud {
    requires transitive io.lakejob.sdk;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires io.github.resilience4j.circuitbreaker;
    requires io.github.resilience4j.core;
    requires io.github.resilience4j.ratelimiter;
    requires io.github.resilience4j.retry;
    requires java.net.http;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    requires org.slf4j;

    exports io.lakejob.sdk.cloud;

    opens io.lakejob.sdk.cloud to
            com.fasterxml.jackson.databind;
    opens io.lakejob.sdk.cloud.internal to
            com.fasterxml.jackson.databind;
    opens io.lakejob.sdk.cloud.internal.codec to
            com.fasterxml.jackson.databind;
    opens io.lakejob.sdk.cloud.internal.http to
            com.fasterxml.jackson.databind;

    provides io.lakejob.sdk.spi.TransportProvider with
            io.lakejob.sdk.cloud.CloudTransportProvider;
}
