package org.simfleet.app.api;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Answers a page of a list with {@code X-Total-Count} and an RFC 8288 {@code Link} header
 * (first, prev, next, last), the pagination contract the emnify and GitHub APIs use.
 */
public final class Paged {

    private Paged() {}

    public static <T> ResponseEntity<List<T>> respond(List<T> items, long total, PageQuery q) {
        long lastPage = Math.max(1, (total + q.perPage() - 1) / q.perPage());
        List<String> links = new ArrayList<>();
        links.add(link(1, q, "first"));
        if (q.page() > 1) {
            links.add(link(Math.min(q.page() - 1, lastPage), q, "prev"));
        }
        if (q.page() < lastPage) {
            links.add(link(q.page() + 1, q, "next"));
        }
        links.add(link(lastPage, q, "last"));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(total))
                .header("Link", String.join(", ", links))
                .body(items);
    }

    private static String link(long page, PageQuery q, String rel) {
        String uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .replaceQueryParam("per_page", q.perPage())
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
