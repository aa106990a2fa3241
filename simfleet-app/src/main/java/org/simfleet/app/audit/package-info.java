/**
 * The audit log: who changed what, from where, when, the old and the new value and whether it
 * succeeded. Entries are written in the transaction of the change they describe, so a change and its
 * entry are kept or lost together.
 */
package org.simfleet.app.audit;
