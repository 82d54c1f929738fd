/**
 * Request, response and enumeration types shared by several client groups. Each group has its
 * own sub-package ({@code model.queue}, {@code model.job}, ...).
 *
 * <p>Conventions: requests are immutable records with a {@code builder()}, a {@code toBuilder()}
 * and validation of every documented rule in their constructor (so in {@code build()}), raising
 * {@link io.lakejob.sdk.exception.ValidationException} naming the field. Optional values are
 * {@code null} when not set; lists and maps are never {@code null}. Responses are immutable
 * records carrying every field the reference documents.
 */
package io.lakejob.sdk.model;
