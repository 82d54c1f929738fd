/** The REST transport for DLI-compatible services. */
package io.lakejob.sdk.cloud;
