package org.simfleet.app.sim;

/**
 * The physical form of a SIM. Plug-in sizes are those of ETSI TS 102 221 §4.0 (2FF, 3FF, 4FF); MFF2 is
 * the soldered machine form factor of ETSI TS 102 671. TRIPLE_CUT, one card punched for 2FF, 3FF and
 * 4FF, is what IoT SIMs usually ship as, so it is the default.
 */
enum FormFactor {
    MINI_2FF,
    MICRO_3FF,
    NANO_4FF,
    TRIPLE_CUT,
    MFF2;

    static final FormFactor DEFAULT = TRIPLE_CUT;
}
