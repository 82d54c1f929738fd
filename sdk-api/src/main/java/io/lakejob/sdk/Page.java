package io.lakejob.sdk;

import java.util.List;
import java.util.OptionalLong;

/**
 * One page of a list operation. Every list response implements it, next to the fields the
 * reference documents for that response.
 *
 * @param <T> the element type
 */
public interface Page<T> {
    /**
     * The elements on this page, in the order the service returned them.
     *
     * @return an immutable list, never {@code null}
     */
    List<T> items();

    /**
     * The total number of elements across all pages, when the service reports it.
     *
     * @return the total, or empty
     */
    OptionalLong totalCount();
}
