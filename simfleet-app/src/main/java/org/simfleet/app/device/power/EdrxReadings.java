package org.simfleet.app.device.power;

import java.util.List;

/** A module's eDRX answer read back: one setting per result line (a module answers one per radio mode). */
record EdrxReadings(List<EdrxAnswer> settings) {}
