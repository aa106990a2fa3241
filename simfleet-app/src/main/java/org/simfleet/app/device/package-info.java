/**
 * Getting devices online: a catalogue of cellular modules, GPS trackers, routers and phones with the exact commands
 * each takes to set an APN, and {@link org.simfleet.app.device.ApnConfigurations}, which renders them for one APN so
 * that a person can type them or the SMS feature can send them. Reading the catalogue and rendering change nothing.
 */
package org.simfleet.app.device;
