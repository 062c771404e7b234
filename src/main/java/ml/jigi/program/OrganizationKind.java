package ml.jigi.program;

public enum OrganizationKind {
    accelerator, incubator, corporate, investor, public_agency, ngo
}
