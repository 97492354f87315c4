package dev.warden.reporting.fincen;

/** The filing institution's primary federal regulator, with its FinCEN code (PrimaryRegulatorTypeCode). */
public enum PrimaryRegulator {
    FEDERAL_RESERVE("1"), FDIC("2"), NCUA("3"), OCC("4"), SEC("6"), IRS("7"), CFTC("9"), FHFA("13"),
    NOT_APPLICABLE("99");

    private final String code;

    PrimaryRegulator(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
