package dev.warden.console;

import static io.restassured.RestAssured.given;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Console pages as an officer's browser gets them: signed in with the officer's key, HTML parsed with jsoup. */
public final class ConsolePages {
    public static final String OFFICER_KEY = "test-officer";
    public static final String HOSTILE = "<script>alert(1)</script>";
    /** Any script but the layout's htmx from the jar: an inline one, or one that came from the data. */
    public static final String FOREIGN_SCRIPT = "script:not([src=/webjars/htmx.org/dist/htmx.min.js])";

    private ConsolePages() {
    }

    public static RequestSpecification officer() {
        return given().header("X-API-Key", OFFICER_KEY).redirects().follow(false);
    }

    /** GETs a page, checks its status, and parses it. */
    public static Document page(RequestSpecification request, String path, int status) {
        Response response = request.get(path);
        response.then().statusCode(status).contentType(org.hamcrest.Matchers.startsWith("text/html"));
        return Jsoup.parse(response.asString());
    }

    /** The page GOT with its CSRF cookie and the token of its forms, for a POST that follows. */
    public record Csrf(String cookie, String token) {
        public static Csrf from(String path) {
            Response response = officer().get(path);
            response.then().statusCode(200);
            String token = Jsoup.parse(response.asString()).select("input[name=csrf-token]").attr("value");
            return new Csrf(response.getCookie("csrf-token"), token);
        }

        public RequestSpecification post() {
            return officer().cookie("csrf-token", cookie).formParam("csrf-token", token);
        }
    }
}
