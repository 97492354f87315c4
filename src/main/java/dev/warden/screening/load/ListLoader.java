package dev.warden.screening.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

import dev.warden.screening.list.WatchList;

/**
 * Loads one configured list: opens its location, unwraps bzip2, gzip or a zip holding one file, recognises the
 * format from the first bytes (never from the file name) and hands the stream to the matching reader.
 */
public final class ListLoader {
    private static final int PEEK = 8192;

    public enum Format { OFAC_ADVANCED_XML, UN_XML, OFAC_CSV, UK_ODS, FTM_JSON, WARDEN_CSV }

    /**
     * The largest list read, unpacked: the full OFAC advanced XML is about 120 MB, OpenSanctions' default
     * collection in FollowTheMoney JSON a few GB; anything larger is not a watch list.
     */
    static final long MAX_LIST_BYTES = 8L << 30;
    /** How long one list may take to read, download included. */
    static final Duration READ_DEADLINE = Duration.ofMinutes(20);

    public WatchList load(String listName, String location) throws IOException {
        ListSource source = ListSource.parse(location);
        String fallbackVersion = source.fileDate().orElse(LocalDate.now(ZoneOffset.UTC)).toString();
        try (InputStream raw = source.open();
                BufferedInputStream in = new BufferedInputStream(new BoundedRead(
                        unwrap(new BufferedInputStream(raw, 1 << 16)), location, MAX_LIST_BYTES, READ_DEADLINE), 1 << 16)) {
            return read(listName, source, in, fallbackVersion);
        }
    }

    private WatchList read(String listName, ListSource source, BufferedInputStream in, String fallbackVersion) throws IOException {
        String location = source.location();
        Format format = detect(in);
        if (format == null) throw new IOException(location + ": unrecognised list format (first bytes: '" + head(in) + "')");
        WatchList list = switch (format) {
            case OFAC_ADVANCED_XML -> new OfacAdvancedXmlReader().read(listName, location, in);
            case UN_XML -> new UnXmlReader().read(listName, location, in);
            case UK_ODS -> new UkOdsReader().read(listName, location, in);
            case FTM_JSON -> new FtmJsonReader().read(listName, location, in, fallbackVersion);
            case WARDEN_CSV -> new WardenCsvListReader().read(listName, location, new InputStreamReader(in, StandardCharsets.UTF_8));
            case OFAC_CSV -> new WatchList(listName, fallbackVersion, location, new OfacCsvReader().readFrom(source, in));
        };
        if (list.entries().isEmpty()) throw new IOException(location + ": the list has no entries");
        return list.version() == null ? new WatchList(listName, fallbackVersion, location, list.entries()) : list;
    }

    /**
     * Strips one compression layer: bzip2 (the OFAC XML mirror), gzip, or a zip holding one list file (an
     * OpenDocument spreadsheet is such a zip). A second layer is refused: no publisher sends one, and each layer
     * multiplies what a small download can unpack to.
     */
    static BufferedInputStream unwrap(BufferedInputStream in) throws IOException {
        String outer = compression(peek(in, 4));
        BufferedInputStream inner = unwrapOnce(in);
        String second = outer == null ? null : compression(peek(inner, 4));
        if (second != null) {
            throw new IOException("the list is compressed twice (" + second + " inside " + outer
                    + "); send it with one compression layer at most");
        }
        return inner;
    }

    private static String compression(byte[] head) {
        if (head.length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') return "bzip2";
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return "gzip";
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) return "zip";
        return null;
    }

    private static BufferedInputStream unwrapOnce(BufferedInputStream in) throws IOException {
        byte[] head = peek(in, 4);
        if (head.length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
            return new BufferedInputStream(new ReadAheadInputStream(new BZip2CompressorInputStream(in, true), "bzip2"), 1 << 16);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            // A zip: an OpenDocument spreadsheet (its content.xml is the sheet) or an archive holding one list.
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry file;
            while ((file = zip.getNextEntry()) != null) {
                String name = file.getName();
                if (file.isDirectory() || name.equals("mimetype") || name.startsWith("META-INF/")
                        || name.equals("meta.xml") || name.equals("styles.xml") || name.equals("settings.xml")) continue;
                return new BufferedInputStream(zip, 1 << 16);
            }
            throw new IOException("a zip file without a list in it");
        }
        return in;
    }

    static Format detect(BufferedInputStream in) throws IOException {
        byte[] bytes = peek(in, PEEK);
        String head = new String(bytes, StandardCharsets.UTF_8);
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        text = text.stripLeading();
        if (text.startsWith(WardenCsvListReader.FORMAT_MARKER)) return Format.WARDEN_CSV;
        if (text.startsWith("<")) {
            String root = rootElement(text);
            if (root == null) return null;
            if (root.equals("Sanctions")) return Format.OFAC_ADVANCED_XML;
            if (root.equals("CONSOLIDATED_LIST")) return Format.UN_XML;
            if (root.equals("document-content") && text.contains("opendocument")) return Format.UK_ODS;
            return null;
        }
        if (text.startsWith("{") && text.contains("\"schema\"")) return Format.FTM_JSON;
        if (text.matches("(?s)^-?\\d+,.*")) return Format.OFAC_CSV;
        return null;
    }

    /** The first element that is not the XML declaration, a comment or a doctype. */
    private static String rootElement(String text) {
        int at = 0;
        while ((at = text.indexOf('<', at)) >= 0) {
            char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            if (next != '?' && next != '!') {
                int end = at + 1;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                        && text.charAt(end) != '/') end++;
                String name = text.substring(at + 1, end);
                int colon = name.indexOf(':');
                return colon >= 0 ? name.substring(colon + 1) : name;
            }
            at++;
        }
        return null;
    }

    private static byte[] peek(BufferedInputStream in, int max) throws IOException {
        in.mark(max);
        byte[] buffer = new byte[max];
        int read = 0;
        int n;
        while (read < max && (n = in.read(buffer, read, max - read)) > 0) read += n;
        in.reset();
        return Arrays.copyOf(buffer, read);
    }

    private static String head(BufferedInputStream in) throws IOException {
        String text = new String(peek(in, 40), StandardCharsets.UTF_8);
        return text.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
