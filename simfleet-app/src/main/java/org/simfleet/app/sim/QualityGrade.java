package org.simfleet.app.sim;

/**
 * The temperature and durability grade of the SIM's chip, as SIM vendors sell them: COMMERCIAL (about
 * -25 to +85 °C, the default), INDUSTRIAL (-40 to +105 °C, more write cycles) and AUTOMOTIVE (AEC-Q100
 * qualified for vehicles).
 */
enum QualityGrade {
    COMMERCIAL,
    INDUSTRIAL,
    AUTOMOTIVE;

    static final QualityGrade DEFAULT = COMMERCIAL;
}
