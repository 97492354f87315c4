package dev.warden.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** A person signed in to the console through its form, over REST Assured: the session and CSRF cookies. */
record ConsoleSession(String session, String csrf) {

    static Response signInResponse(String user, String password) {
        return given().redirects().follow(false).header("X-API-Key", "").contentType("application/x-www-form-urlencoded")
                .formParam("username", user).formParam("password", password).post("/console/login");
    }

    static ConsoleSession signIn(String user, String password) {
        Response signedIn = signInResponse(user, password);
        assertThat(signedIn.statusCode()).as("sign-in of " + user).isEqualTo(302);
        assertThat(signedIn.header("Location")).endsWith("/console");
        String session = signedIn.cookie("warden-console");
        assertThat(session).as("session cookie").isNotBlank();
        String csrf = given().redirects().follow(false).header("X-API-Key", "").cookie("warden-console", session).get("/console/login")
                .cookie("csrf-token");
        return new ConsoleSession(session, csrf);
    }

    /**
     * A request of this person's browser. The blank X-API-Key keeps testing/DefaultCredentials from adding its key,
     * which would be the caller instead (a key comes before a session); Warden ignores a blank key.
     */
    io.restassured.specification.RequestSpecification request() {
        return given().redirects().follow(false).header("X-API-Key", "").cookie("warden-console", session)
                .cookie("csrf-token", csrf);
    }

    /** A console form, posted as a browser does: the token in the form and in its cookie. */
    Response post(String path, Object... fields) {
        var spec = request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf);
        for (int i = 0; i < fields.length; i += 2) spec.formParam((String) fields[i], fields[i + 1]);
        return spec.post(path);
    }
}
