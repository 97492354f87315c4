package dev.warden.screening.load;

import java.util.Locale;

import dev.warden.screening.list.WatchListEntry.IdentifierKind;

/** Maps the free-text identifier labels of the lists ("SWIFT/BIC", "Tax ID No.", "IMO") to our kinds. */
public final class IdentifierKinds {
    private IdentifierKinds() {
    }

    public static IdentifierKind of(String label) {
        String l = label == null ? "" : label.toUpperCase(Locale.ROOT);
        if (l.contains("SWIFT") || l.equals("BIC") || l.contains("BIC CODE") || l.equals("SWIFT/BIC")) return IdentifierKind.BIC;
        if (l.contains("IBAN")) return IdentifierKind.IBAN;
        if (l.contains("IMO")) return IdentifierKind.IMO;
        if (l.contains("PASSPORT")) return IdentifierKind.PASSPORT;
        if (l.contains("TAX") || l.contains("INN") || l.contains("VAT") || l.contains("V.A.T") || l.contains("R.F.C")
                || l.contains("NIT") || l.contains("RUC") || l.contains("C.U.I.T")) return IdentifierKind.TAX;
        if (l.contains("NATIONAL ID") || l.contains("IDENTIFICATION NUMBER") || l.contains("CEDULA") || l.contains("D.N.I")
                || l.contains("SSN") || l.contains("C.U.R.P") || l.contains("NATIONAL FOREIGN ID")) return IdentifierKind.NATIONAL_ID;
        if (l.contains("REGIST") || l.contains("COMPANY NUMBER") || l.contains("LEGAL ENTITY NUMBER") || l.contains("OGRN")
                || l.contains("LEI") || l.contains("COMMERCIAL REGISTRY") || l.contains("ORGANIZATION ID")) return IdentifierKind.REGISTRATION;
        return IdentifierKind.OTHER;
    }
}
