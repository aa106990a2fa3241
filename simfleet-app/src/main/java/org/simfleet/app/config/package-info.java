/**
 * Wiring only: beans that several features share (the clock) and startup output. No business rules.
 */
package org.simfleet.app.config;
