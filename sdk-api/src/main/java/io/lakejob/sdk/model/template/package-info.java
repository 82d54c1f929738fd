/**
 * Requests and responses of the Flink job template operations (reference chapter 11): create,
 * update, delete and list templates. Template ids are {@code long}.
 */
package io.lakejob.sdk.model.template;
