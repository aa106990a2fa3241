package org.simfleet.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the Simfleet platform: REST API, persistence and the features that live beside them. */
@SpringBootApplication
@EnableScheduling
public class SimfleetApplication {

    public static void main(String[] args) {
        SpringApplication.run(SimfleetApplication.class, args);
    }
}
