/**
 * Benchmarks of the platform's hot paths, run by {@code ./simfleet bench}, never by {@code ./simfleet test}
 * (the {@code *Benchmark} classes are excluded from the normal test run). Each prints its figures beside a
 * baseline measured in the same run; BENCHMARKS.md records the latest.
 */
package org.simfleet.app.bench;
