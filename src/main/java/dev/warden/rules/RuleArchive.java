package dev.warden.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Candidate rule sets as officers upload them for validation: a whole folder as zip or tar (optionally gzipped),
 * or one file that replaces (or adds to) the file at the same path of the serving set.
 */
public final class RuleArchive {
    /**
     * An archive is read entry by entry within these bounds, never whole: a rule folder is a few hundred files
     * of text, so a zip of zeros that inflates a thousandfold is refused before it can fill the heap.
     */
    public static final int MAX_FILES = 2_000;
    public static final int MAX_ENTRY_BYTES = 4 << 20;
    public static final int MAX_TOTAL_BYTES = 32 << 20;
    /** Unpacked bytes per uploaded byte, beyond a first megabyte that any ratio may reach. */
    public static final int MAX_RATIO = 100;

    /** The archive exceeds a bound; answered 413, naming the bound. */
    public static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private RuleArchive() {
    }

    /** A whole folder upload chosen by Content-Type; null when the type is neither zip nor tar. */
    public static RuleSources fromUpload(String contentType, byte[] body) throws IOException {
        if (contentType.startsWith("application/zip")) return fromZip(body);
        if (contentType.startsWith("application/x-tar") || contentType.startsWith("application/gzip")) return fromTar(body);
        return null;
    }

    public static RuleSources fromZip(byte[] zip) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        Budget budget = new Budget(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory()) add(files, entry.getName(), budget.read(entry.getName(), in));
            }
        }
        return sources("upload (zip)", files);
    }

    public static RuleSources fromTar(byte[] tar) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        Budget budget = new Budget(tar.length);
        InputStream raw = new ByteArrayInputStream(tar);
        boolean gzipped = tar.length > 2 && (tar[0] & 0xff) == 0x1f && (tar[1] & 0xff) == 0x8b;
        try (TarArchiveInputStream in = new TarArchiveInputStream(gzipped ? new GzipCompressorInputStream(raw) : raw)) {
            TarArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isFile()) add(files, entry.getName(), budget.read(entry.getName(), in));
            }
        }
        return sources("upload (tar)", files);
    }

    /** The serving set with one file put in place (same path replaced, new path added). */
    public static RuleSources withFile(RuleSources base, String path, byte[] content) {
        String clean = clean(path);
        List<RuleFile> files = new ArrayList<>(base.files().stream().filter(f -> !f.path().equals(clean)).toList());
        files.add(new RuleFile(clean, content));
        files.sort(java.util.Comparator.comparing(RuleFile::path));
        return new RuleSources("upload (" + clean + " on " + base.version() + ")", List.copyOf(files));
    }

    /** What may still be unpacked from one archive. */
    private static final class Budget {
        private final long allowed;
        private long read;

        Budget(int archiveBytes) {
            allowed = Math.min(MAX_TOTAL_BYTES, Math.max(1L << 20, (long) archiveBytes * MAX_RATIO));
        }

        byte[] read(String name, InputStream entry) throws IOException {
            byte[] content = entry.readNBytes(MAX_ENTRY_BYTES + 1);
            if (content.length > MAX_ENTRY_BYTES) {
                throw new TooLarge("the entry " + name + " unpacks to more than " + MAX_ENTRY_BYTES + " bytes");
            }
            read += content.length;
            if (read > allowed) {
                throw new TooLarge("the archive unpacks to more than " + allowed + " bytes (at most " + MAX_RATIO
                        + " times its size, and " + MAX_TOTAL_BYTES + " bytes in all)");
            }
            return content;
        }
    }

    private static void add(List<RuleFile> files, String name, byte[] content) throws IOException {
        if (files.size() >= MAX_FILES) throw new TooLarge("the archive holds more than " + MAX_FILES + " files");
        String path = clean(name);
        if (!path.isEmpty() && !path.startsWith(".") && !path.contains("/.")) files.add(new RuleFile(path, content));
    }

    /** Archives made with "zip -r rules.zip rules" carry the folder name: drop one shared top folder. */
    private static RuleSources sources(String origin, List<RuleFile> files) {
        String prefix = files.isEmpty() || !files.get(0).path().contains("/") ? null
                : files.get(0).path().substring(0, files.get(0).path().indexOf('/') + 1);
        boolean shared = prefix != null && files.stream().allMatch(f -> f.path().startsWith(prefix))
                && files.stream().noneMatch(f -> f.path().substring(prefix.length()).isEmpty());
        boolean topIsRuleFolder = prefix != null && List.of("sanctions/", "kyc/", "layering/", "policy/", "tables/",
                "lists/", "tests/").contains(prefix);
        List<RuleFile> stripped = shared && !topIsRuleFolder
                ? files.stream().map(f -> new RuleFile(f.path().substring(prefix.length()), f.content())).toList()
                : files;
        return new RuleSources(origin, stripped.stream().sorted(java.util.Comparator.comparing(RuleFile::path)).toList());
    }

    private static String clean(String name) {
        String path = name.replace('\\', '/');
        while (path.startsWith("./") || path.startsWith("/")) path = path.substring(path.startsWith("./") ? 2 : 1);
        if (path.contains("../") || path.equals("..")) throw new IllegalArgumentException("path leaves the folder: " + name);
        return path;
    }
}
