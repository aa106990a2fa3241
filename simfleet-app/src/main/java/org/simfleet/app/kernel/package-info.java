/**
 * The value types every feature shares: SIM and device identifiers that validate themselves on
 * construction. Nothing else lives here, so features stay independent of each other.
 */
package org.simfleet.app.kernel;
