package dev.warden.console;

/** The console's URL space, for the HTTP-level handlers that apply to it and nowhere else. */
final class ConsolePaths {
    static final String ROOT = "/console";
    static final String LOGIN = ROOT + "/login";
    static final String ASSETS = ROOT + "/assets/";
    /** Every path of the console, the root included. */
    static final String ALL = "/console(/.*)?";

    private ConsolePaths() {
    }
}
