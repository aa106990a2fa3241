package org.simfleet.app.tenant;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes 401/403 as RFC 9457 problem+json from the security filters, where no controller advice runs. */
final class SecurityProblems {

    private SecurityProblems() {}

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail.replace("\"", "'") + "\"}");
    }
}
