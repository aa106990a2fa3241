package org.simfleet.app.config;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Collects what a person starting Simfleet needs to read (the URL, logins created on this start) and
 * prints it once the server is ready, below the framework's own log lines where it is seen.
 */
@Component
public class StartupBanner {

    private final List<String> lines = new ArrayList<>();

    public synchronized void add(String line) {
        lines.add(line);
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : -1;
        StringBuilder out = new StringBuilder("\n==================== Simfleet is running ====================\n");
        out.append("  API:      http://localhost:").append(port).append("/api/v1\n");
        out.append("  API docs: http://localhost:").append(port).append("/api/v1/docs\n");
        synchronized (this) {
            lines.forEach(l -> out.append("  ").append(l).append('\n'));
            lines.clear();
        }
        out.append("=============================================================\n");
        System.out.println(out);
    }
}
