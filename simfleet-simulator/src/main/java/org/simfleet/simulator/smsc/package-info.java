/**
 * An SMPP 3.4 SMSC for demos, tests and benchmarks, on jSMPP's server side: binds, submit_sm answered with fresh
 * message ids, simulated handsets that decide each MT's fate, delivery receipts, injected MO messages and faults on
 * demand.
 */
package org.simfleet.simulator.smsc;
