package org.simfleet.app.api;

import java.util.Map;

/**
 * One page of a list: {@code page} counts from 1, {@code per_page} up to 1,000 (large enough to
 * export a fleet in a few hundred requests, small enough that one answer stays under a few MB), and
 * a sort such as {@code iccid} or {@code -created_at} (descending) resolved against the columns a
 * resource allows.
 */
public record PageQuery(int page, int perPage, String orderBy, String lastColumn) {

    public static final int MAX_PER_PAGE = 1000;
    static final int DEFAULT_PER_PAGE = 100;

    /**
     * @param sortable API sort name → SQL column, so no request text ever reaches SQL
     * @param defaultSort the API sort used when the request names none
     */
    public static PageQuery of(
            Integer page, Integer perPage, String sort, Map<String, String> sortable, String defaultSort) {
        Validation v = new Validation();
        int p = page == null ? 1 : page;
        int pp = perPage == null ? DEFAULT_PER_PAGE : perPage;
        v.require(p >= 1, "page", "must be 1 or more");
        v.require(pp >= 1 && pp <= MAX_PER_PAGE, "per_page", "must be between 1 and " + MAX_PER_PAGE);
        StringBuilder order = new StringBuilder();
        String last = null;
        for (String part : (sort == null || sort.isBlank() ? defaultSort : sort).split(",")) {
            String name = part.strip();
            boolean desc = name.startsWith("-");
            if (desc) {
                name = name.substring(1);
            }
            String column = sortable.get(name);
            if (column == null) {
                v.reject(
                        "sort",
                        "'" + name + "' is not sortable; use one of " + sortable.keySet()
                                + ", '-' prefix for descending");
                continue;
            }
            order.append(order.isEmpty() ? "" : ", ").append(column).append(desc ? " DESC" : " ASC");
            last = column;
        }
        if (v.hasErrors()) {
            throw new ApiException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Bad request",
                    v.errors().get(0).field() + ": " + v.errors().get(0).reason(),
                    v.errors(),
                    Map.of());
        }
        return new PageQuery(p, pp, order.toString(), last);
    }

    public long offset() {
        return (long) (page - 1) * perPage;
    }

    /** ORDER BY ... LIMIT ... OFFSET ...; both databases accept this form. */
    public String sql(String tiebreaker) {
        return sql(tiebreaker, java.util.Set.of());
    }

    /**
     * As {@link #sql(String)}, but without the tiebreaker when the sort already ends on a unique column:
     * an extra sort key the index does not carry makes the database sort every matching row instead of
     * walking the index (a million-SIM search goes from milliseconds to half a second).
     */
    public String sql(String tiebreaker, java.util.Set<String> uniqueColumns) {
        String order = uniqueColumns.contains(lastColumn) ? orderBy : orderBy + ", " + tiebreaker;
        return " ORDER BY " + order + " LIMIT " + perPage + " OFFSET " + offset();
    }
}
