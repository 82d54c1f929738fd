/** Internals of the REST transport: HTTP, JSON and the wire mapping of each operation. Not API. */
package io.lakejob.sdk.cloud.internal;
