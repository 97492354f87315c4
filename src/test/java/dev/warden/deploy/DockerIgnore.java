package dev.warden.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * .dockerignore as Docker applies it: patterns relative to the context root with *, ?, ** and ! exceptions; a
 * path is left out when the last pattern that matches it or one of its parent folders is not an exception.
 */
record DockerIgnore(List<Rule> rules) {

    record Rule(Pattern pattern, boolean exception, String text) {
    }

    static DockerIgnore read(Path file) {
        List<Rule> rules = new ArrayList<>();
        if (!Files.exists(file)) return new DockerIgnore(rules);
        for (String line : Repo.read(file).split("\r?\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            boolean exception = text.startsWith("!");
            String glob = (exception ? text.substring(1) : text).strip().replaceAll("^/+", "").replaceAll("/+$", "");
            rules.add(new Rule(Pattern.compile(regex(glob)), exception, text));
        }
        return new DockerIgnore(rules);
    }

    /** Whether the file (relative to the context, with '/') is left out of the build context. */
    boolean excludes(String path) {
        boolean excluded = false;
        for (Rule rule : rules) {
            if (matchesOrParentMatches(rule.pattern(), path)) excluded = !rule.exception();
        }
        return excluded;
    }

    private static boolean matchesOrParentMatches(Pattern pattern, String path) {
        for (String p = path; !p.isEmpty(); p = p.contains("/") ? p.substring(0, p.lastIndexOf('/')) : "") {
            if (pattern.matcher(p).matches()) return true;
        }
        return false;
    }

    private static String regex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char ch = glob.charAt(i);
            if (ch == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slash = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                re.append(slash ? "(.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (ch == '*') {
                re.append("[^/]*");
            } else if (ch == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return re.toString();
    }
}
