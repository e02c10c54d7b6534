package ru.praktika.library.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whole answers of the library's public pages and API as an anonymous visitor gets them, by their ETag (which holds
 * the library's change generation, the full URL and the instance's start), so a search answered once is sent again
 * without building it: the page of a search costs several times its SQL in templates (docs/benchmarks.md). Bounded by
 * a number of answers and a number of bytes, the least recently used going first; a new generation empties it.
 */
final class PageCache {

    /** An answer kept. */
    record Page(String contentType, String contentLanguage, byte[] body) {}

    /** A larger answer is not kept. */
    static final int MAX_PAGE_BYTES = 512 * 1024;

    private final int maxPages;
    private final long maxBytes;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long generation = Long.MIN_VALUE;

    PageCache(int maxPages, long maxBytes) {
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
    }

    synchronized Page get(long generation, String etag) {
        if (generation != this.generation) {
            return null;
        }
        return pages.get(etag);
    }

    synchronized void put(long generation, String etag, Page page) {
        if (maxPages == 0 || page.body().length > MAX_PAGE_BYTES) {
            return;
        }
        if (generation != this.generation) {
            pages.clear();
            bytes = 0;
            this.generation = generation;
        }
        Page old = pages.put(etag, page);
        bytes += page.body().length - (old == null ? 0 : old.body().length);
        Iterator<Map.Entry<String, Page>> eldest = pages.entrySet().iterator();
        while ((pages.size() > maxPages || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return pages.size();
    }
}
