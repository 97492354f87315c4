package dev.warden.reporting.fincen;

import dev.warden.reporting.PostalAddress;

/**
 * Who sends the batch to BSA E-Filing (party 35) and its contact person (party 37): {@code controlCode} is the
 * Transmitter Control Code FinCEN assigned.
 */
record Transmitter(String name, String tin, String controlCode, PostalAddress address, String phone,
        String contactName) {
}
