package org.simfleet.simulator.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Faults on demand while a simulation runs, typed on the simulator's standard input one per line: {@code restart}
 * (the packet gateway restarts and sends Accounting-On), {@code loss 0.05} (that share of its datagrams is lost from
 * now on), {@code smsc-drop 15} (the SMSC drops the platform's SMPP connection and refuses binds for 15 s) and
 * {@code status}. Each command is carried out on the simulation's own thread.
 */
final class Console {

    /** What the console acts on; {@link Simulation} through {@link #of}. */
    interface Controls {
        void restartGateway();

        void packetLoss(double share);

        /** False when the simulation runs no SMSC. */
        boolean dropSmsc(Duration refuseBindsFor);

        String status();
    }

    static final String HELP = "commands: restart | loss SHARE (0 to below 1) | smsc-drop SECONDS | status | help";

    private final Controls controls;
    private final PrintStream out;

    Console(Controls controls, PrintStream out) {
        this.controls = controls;
        this.out = out;
    }

    static Controls of(Simulation sim) {
        return new Controls() {
            @Override
            public void restartGateway() {
                sim.clock().post(sim.gateway()::restart);
            }

            @Override
            public void packetLoss(double share) {
                sim.loss().set(share);
            }

            @Override
            public boolean dropSmsc(Duration refuseBindsFor) {
                if (sim.sms() == null) {
                    return false;
                }
                sim.sms().smsc().dropConnections(refuseBindsFor);
                return true;
            }

            @Override
            public String status() {
                // the summary reads the simulation's state, which only its own thread may touch
                var summary = new java.util.concurrent.CompletableFuture<String>();
                sim.clock().post(() -> summary.complete(sim.summary()));
                try {
                    return summary.get(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    return "simulate: the simulation did not answer within 5 s";
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "simulate: interrupted";
                }
            }
        };
    }

    /** Reads commands until the input ends, on a daemon thread of its own. */
    void start(BufferedReader in) {
        Thread t = new Thread(
                () -> {
                    try {
                        for (String line; (line = in.readLine()) != null; ) {
                            out.println(execute(line));
                        }
                    } catch (IOException e) {
                        out.println("simulate: console closed: " + e.getMessage());
                    }
                },
                "simulate-console");
        t.setDaemon(true);
        t.start();
    }

    /** Carries out one command line; answers what to print. */
    String execute(String line) {
        String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
        try {
            return switch (words[0]) {
                case "" -> "";
                case "restart" -> {
                    controls.restartGateway();
                    yield "simulate: gateway restarting (Accounting-On)";
                }
                case "loss" -> {
                    double share = Double.parseDouble(argument(words, "loss SHARE"));
                    controls.packetLoss(share);
                    yield "simulate: packet loss now " + share;
                }
                case "smsc-drop" -> {
                    long seconds = Long.parseLong(argument(words, "smsc-drop SECONDS"));
                    if (seconds < 0) {
                        throw new IllegalArgumentException("smsc-drop takes seconds from 0 up, not " + seconds);
                    }
                    yield controls.dropSmsc(Duration.ofSeconds(seconds))
                            ? "simulate: SMSC dropped the SMPP connection, refusing binds for " + seconds + " s"
                            : "simulate: no SMSC in this run (start it with --smsc-port)";
                }
                case "status" -> controls.status();
                case "help" -> HELP;
                default -> "simulate: unknown command " + words[0] + "; " + HELP;
            };
        } catch (NumberFormatException e) {
            return "simulate: " + words[0] + " takes a number, not " + words[1];
        } catch (IllegalArgumentException e) {
            return "simulate: " + e.getMessage();
        }
    }

    private static String argument(String[] words, String usage) {
        if (words.length != 2) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        return words[1];
    }
}
