package ml.jigi.code;

import ml.jigi.code.OrganizationKind;
public enum OrganizationKind {
    accelerator, incubator, corporate, investor, public_agency, ngo
}
