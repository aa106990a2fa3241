package org.simfleet.app.portal;

/** Where a paged list is: this page, how many there are, and the range of rows shown. */
public record Pages(int page, int perPage, long total) {

    public static Pages of(int page, int perPage, long total) {
        return new Pages(page, perPage, total);
    }

    public long last() {
        return Math.max(1, (total + perPage - 1) / perPage);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < last();
    }

    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * perPage + 1;
    }

    public long through() {
        return Math.min(total, (long) page * perPage);
    }
}
