package org.simfleet.app.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.simfleet.app.api.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Every error of a large request (an import, a bulk ICCID list), answered together and in line order.
 * The answer lists at most {@link #MAX_LISTED} of them, enough to fix a file by, and says how many there
 * are in all: a file with 100,000 bad lines would otherwise make an answer of several MB.
 */
final class InputErrors {

    static final int MAX_LISTED = 1000;

    /** @param order the line's index, or -1 for errors of the whole request, which come first */
    private record Entry(int order, ApiException.FieldError error) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(int order, String field, String reason) {
        entries.add(new Entry(order, new ApiException.FieldError(field, reason)));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Throws 422 with the first {@link #MAX_LISTED} errors and {@code total_errors}, if there is any. */
    void throwIfAny(String nothingWritten) {
        if (entries.isEmpty()) {
            return;
        }
        List<ApiException.FieldError> listed = entries.stream()
                .sorted(Comparator.comparingInt(Entry::order))
                .limit(MAX_LISTED)
                .map(Entry::error)
                .toList();
        int total = entries.size();
        String detail = total == 1
                ? listed.get(0).field() + ": " + listed.get(0).reason() + "; " + nothingWritten
                : total + " errors" + (total > MAX_LISTED ? ", the first " + MAX_LISTED + " listed" : "") + "; "
                        + nothingWritten;
        throw new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", detail, listed, Map.of("total_errors", total));
    }
}
