package org.simfleet.simulator.device;

import java.util.List;
import java.util.Random;
import org.simfleet.simulator.network.Plmn;

/**
 * The networks devices visit: the home country's operators, European roaming partners, and the two the demo's
 * coverage policies refuse (UK 234-20 is blacklisted for trackers, 262-07 for meters), plus the USA outside Europe.
 */
final class Networks {

    static final Plmn HOME = new Plmn("262", "01");
    static final List<Plmn> GERMANY = List.of(HOME, new Plmn("262", "02"), new Plmn("262", "03"));
    static final List<Plmn> EUROPE = List.of(
            new Plmn("208", "01"),
            new Plmn("222", "10"),
            new Plmn("214", "07"),
            new Plmn("204", "08"),
            new Plmn("234", "15"),
            new Plmn("232", "01"),
            new Plmn("228", "01"));
    static final List<Plmn> FORBIDDEN = List.of(new Plmn("234", "20"), new Plmn("262", "07"), new Plmn("310", "260"));

    private Networks() {}

    /** Where a well-behaved device registers next: mostly at home, trackers and routers abroad too. */
    static Plmn next(Profile profile, Random r) {
        if (profile == Profile.METER || r.nextInt(100) < 60) {
            return GERMANY.get(r.nextInt(GERMANY.size()));
        }
        return EUROPE.get(r.nextInt(EUROPE.size()));
    }

    /** The network a device with {@link Quirk#BLACKLISTED_OPERATOR} wanders into. */
    static Plmn forbidden(Profile profile) {
        return switch (profile) {
            case METER -> FORBIDDEN.get(1);
            case TRACKER -> FORBIDDEN.get(0);
            case ROUTER -> FORBIDDEN.get(0);
        };
    }
}
