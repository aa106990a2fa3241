/**
 * The RADIUS library's contract with the application: the ports it implements ({@link
 * org.simfleet.radius.NasDirectory}, {@link org.simfleet.radius.AccessHandler}, {@link
 * org.simfleet.radius.AccountingHandler}) and the decoded request views and decisions that cross them. No Spring,
 * no SQL: the application wires these to its read model and its accounting store.
 */
package org.simfleet.radius;
