/**
 * What transport authors implement: {@link io.lakejob.sdk.spi.TransportProvider} (found with
 * {@link java.util.ServiceLoader}) and {@link io.lakejob.sdk.spi.Transport}, which executes the
 * {@link io.lakejob.sdk.spi.Operation}s catalogued in {@link io.lakejob.sdk.spi.Operations}.
 */
package io.lakejob.sdk.spi;
