package dev.warden.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.warden.rules.RuleFile;
import dev.warden.rules.RuleSources;

/** Rule folders as officers upload them: the bundled files, changed or added to, zipped under rules/. */
public final class RuleZips {
    private RuleZips() {
    }

    public static Map<String, String> bundled() {
        Map<String, String> files = new TreeMap<>();
        for (RuleFile f : RuleSources.readFolder(Path.of("rules")).files()) files.put(f.path(), f.text());
        return files;
    }

    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("rules/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
