package ml.jigi.code;

import ml.jigi.code.OrganizationKind;
public enum OrganizationKind {
    accelerator, incubator, corporate, investor, mentor_network, public_agency, ngo;

    /** The kinds whose people may be partners (introductions only, no programs). */
    public boolean hasPartners() {
        return this == corporate || this == investor || this == mentor_network;
    }
}
