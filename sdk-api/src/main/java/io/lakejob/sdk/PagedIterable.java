package io.lakejob.sdk;

import io.lakejob.sdk.exception.LakeJobException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every element of a list operation, fetched page by page as the iteration advances. Each
 * iteration starts again from the first page. Fetching stops at an empty page, a page shorter
 * than the page size, or when the reported total is reached.
 *
 * <p>Two paging styles exist in the reference: {@code limit}/{@code offset} and
 * {@code page-size}/{@code current-page} (1-based). Both are built from a function that fetches
 * one page.
 *
 * @param <T> the element type
 */
public final class PagedIterable<T> implements Iterable<T> {
    /** A safety bound: no list is followed past this many pages. */
    public static final int MAX_PAGES = 100_000;

    private final int pageSize;
    private final IntFunction<? extends Page<T>> fetchByIndex;

    private PagedIterable(int pageSize, IntFunction<? extends Page<T>> fetchByIndex) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive, was " + pageSize);
        }
        this.pageSize = pageSize;
        this.fetchByIndex = fetchByIndex;
    }

    /**
     * Pages with {@code limit}/{@code offset}: the function gets the offset of the page to fetch
     * (0, pageSize, 2 * pageSize, ...).
     *
     * @param pageSize the limit sent with each call
     * @param fetchAtOffset fetches the page starting at the given offset
     * @param <T> element type
     * @return a lazy iterable
     */
    public static <T> PagedIterable<T> byOffset(int pageSize, IntFunction<? extends Page<T>> fetchAtOffset) {
        return new PagedIterable<>(pageSize, index -> fetchAtOffset.apply(Math.multiplyExact(index, pageSize)));
    }

    /**
     * Pages with {@code page-size}/{@code current-page}: the function gets the 1-based number of
     * the page to fetch.
     *
     * @param pageSize the page size sent with each call
     * @param fetchPage fetches the page with the given 1-based number
     * @param <T> element type
     * @return a lazy iterable
     */
    public static <T> PagedIterable<T> byPageNumber(int pageSize, IntFunction<? extends Page<T>> fetchPage) {
        return new PagedIterable<>(pageSize, index -> fetchPage.apply(index + 1));
    }

    /**
     * For a list operation that is not paged: one call returns everything.
     *
     * @param fetch fetches the only page
     * @param <T> element type
     * @return a lazy iterable
     */
    public static <T> PagedIterable<T> single(java.util.function.Supplier<? extends Page<T>> fetch) {
        return new PagedIterable<>(Integer.MAX_VALUE, index -> index == 0 ? fetch.get() : null);
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int pageIndex;
            private long seen;
            private Iterator<T> current = List.<T>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (last) {
                        return false;
                    }
                    if (pageIndex >= MAX_PAGES) {
                        throw new LakeJobException("List did not end after " + MAX_PAGES + " pages");
                    }
                    Page<T> page = fetchByIndex.apply(pageIndex++);
                    if (page == null) {
                        last = true;
                        return false;
                    }
                    List<T> items = page.items();
                    seen += items.size();
                    last = items.isEmpty()
                            || items.size() < pageSize
                            || pageSize == Integer.MAX_VALUE
                            || (page.totalCount().isPresent()
                                    && seen >= page.totalCount().getAsLong());
                    current = items.iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The elements as a sequential, lazy stream.
     *
     * @return a stream that fetches pages as it is consumed
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }
}
