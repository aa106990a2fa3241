/**
 * {@code --profile load}: the packet gateway as a load generator, the accounting run of BENCHMARKS.md (Start, three
 * Interim-Updates and Stop per session with the full 3GPP attribute set, a window of requests in flight), reporting
 * what the yardstick's LoadGen reports: acknowledged requests per second, latency percentiles and losses.
 */
package org.simfleet.simulator.load;
