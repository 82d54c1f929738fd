/**
 * The Flink transport: the API's operations executed on Apache Flink. Add this module (and
 * Flink itself, which is {@code provided}) and use the endpoint {@code flink:local}.
 */
package io.lakejob.sdk.flink;
