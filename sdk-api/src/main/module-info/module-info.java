/**
 * The LakeJob SDK API: clients, requests and responses, errors, credentials and signers, and the
 * transport SPI. Everything is exported except {@code io.lakejob.sdk.internal}; transports are
 * found with {@link java.util.ServiceLoader} ({@code uses io.lakejob.sdk.spi.TransportProvider}).
 * No third-party type appears in the exported packages; slf4j is used inside only. The module is
 * open: the transports' JSON mappers read and write its records by reflection, as they could when
 * it was an automatic module.
 */
open module io.lakejob.sdk {
    requires org.slf4j;

    exports io.lakejob.sdk;
    exports io.lakejob.sdk.auth;
    exports io.lakejob.sdk.exception;
    exports io.lakejob.sdk.model;
    exports io.lakejob.sdk.model.batch;
    exports io.lakejob.sdk.model.catalog;
    exports io.lakejob.sdk.model.connection;
    exports io.lakejob.sdk.model.flink;
    exports io.lakejob.sdk.model.job;
    exports io.lakejob.sdk.model.permission;
    exports io.lakejob.sdk.model.queue;
    exports io.lakejob.sdk.model.resource;
    exports io.lakejob.sdk.model.sql;
    exports io.lakejob.sdk.model.template;
    exports io.lakejob.sdk.model.variable;
    exports io.lakejob.sdk.spi;

    uses io.lakejob.sdk.spi.TransportProvider;
}
