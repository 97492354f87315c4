package dev.warden.screening.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Where a list comes from: {@code file:PATH} (a file, or a folder holding the OFAC CSV set), {@code
 * classpath:PATH} or an {@code https:} URL. Multi-file formats (the OFAC CSV set) open their other files as
 * siblings of the main one.
 */
public abstract sealed class ListSource permits ListSource.FileSource, ListSource.ClasspathSource, ListSource.HttpsSource {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public static ListSource parse(String location) {
        if (location.startsWith("file:")) return new FileSource(location, Path.of(location.substring(5)));
        if (location.startsWith("classpath:")) return new ClasspathSource(location, location.substring(10));
        if (location.startsWith("https:")) return new HttpsSource(location, URI.create(location));
        throw new IllegalArgumentException("unsupported list location '" + location + "' (file:, classpath: or https:)");
    }

    private final String location;

    ListSource(String location) {
        this.location = location;
    }

    public String location() {
        return location;
    }

    public abstract InputStream open() throws IOException;

    /** A file beside this one, for formats that come in several files; empty when it does not exist. */
    public abstract Optional<InputStream> sibling(String fileName) throws IOException;

    /** The last path segment, used only to pick the sibling names of the OFAC CSV set. */
    public abstract String fileName();

    /** The file's own date, the version of a list whose content carries none. */
    public abstract Optional<LocalDate> fileDate();

    @Override
    public String toString() {
        return location;
    }

    static final class FileSource extends ListSource {
        private final Path path;

        FileSource(String location, Path path) {
            super(location);
            // A folder stands for the OFAC CSV set inside it.
            this.path = Files.isDirectory(path) ? primaryIn(path) : path;
        }

        private static Path primaryIn(Path folder) {
            for (String name : List.of("sdn.csv", "SDN.CSV", "cons_prim.csv", "CONS_PRIM.CSV")) {
                if (Files.isRegularFile(folder.resolve(name))) return folder.resolve(name);
            }
            return folder.resolve("sdn.csv");
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        @Override
        public Optional<InputStream> sibling(String fileName) throws IOException {
            Path sibling = path.resolveSibling(fileName);
            return Files.isRegularFile(sibling) ? Optional.of(Files.newInputStream(sibling)) : Optional.empty();
        }

        @Override
        public String fileName() {
            return path.getFileName().toString();
        }

        @Override
        public Optional<LocalDate> fileDate() {
            try {
                return Optional.of(LocalDate.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneOffset.UTC));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    static final class ClasspathSource extends ListSource {
        private final String resource;

        ClasspathSource(String location, String resource) {
            super(location);
            this.resource = resource.startsWith("/") ? resource.substring(1) : resource;
        }

        @Override
        public InputStream open() throws IOException {
            InputStream in = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader().getResourceAsStream(resource) : null;
            if (in == null) in = ListSource.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) throw new IOException("not on the classpath: " + resource);
            return in;
        }

        @Override
        public Optional<InputStream> sibling(String fileName) {
            int slash = resource.lastIndexOf('/');
            String name = (slash < 0 ? "" : resource.substring(0, slash + 1)) + fileName;
            return Optional.ofNullable(ListSource.class.getClassLoader().getResourceAsStream(name));
        }

        @Override
        public String fileName() {
            return resource.substring(resource.lastIndexOf('/') + 1);
        }

        @Override
        public Optional<LocalDate> fileDate() {
            return Optional.empty();
        }
    }

    static final class HttpsSource extends ListSource {
        private final URI uri;

        HttpsSource(String location, URI uri) {
            super(location);
            this.uri = uri;
        }

        @Override
        public InputStream open() throws IOException {
            return get(uri).orElseThrow(() -> new IOException("HTTP 404 for " + uri));
        }

        @Override
        public Optional<InputStream> sibling(String fileName) throws IOException {
            return get(uri.resolve(fileName));
        }

        private static Optional<InputStream> get(URI target) throws IOException {
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(5)).GET().build();
            try {
                HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
                if (response.statusCode() == 404) {
                    response.body().close();
                    return Optional.empty();
                }
                if (response.statusCode() / 100 != 2) {
                    response.body().close();
                    throw new IOException("HTTP " + response.statusCode() + " for " + target);
                }
                return Optional.of(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching " + target, e);
            }
        }

        @Override
        public String fileName() {
            String path = uri.getPath() == null ? "" : uri.getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public Optional<LocalDate> fileDate() {
            return Optional.empty();
        }
    }
}
