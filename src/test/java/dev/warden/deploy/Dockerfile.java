package dev.warden.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The instructions of a Dockerfile that the tests check: FROM, USER, ENV, EXPOSE and COPY, with line
 * continuations, comments, flags (--chown, --from, ...) and the JSON form of COPY.
 */
record Dockerfile(List<Instruction> instructions) {

    record Instruction(int line, String keyword, String arguments) {
    }

    /** A COPY or ADD from the build context (not from another stage): its sources and where they go. */
    record Copy(int line, List<String> sources, String destination) {
    }

    static Dockerfile read(Path file) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        int start = 0;
        String[] lines = Repo.read(file).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("#")) continue;
            if (pending.isEmpty()) {
                if (line.isBlank()) continue;
                start = i + 1;
            }
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            pending.append(line);
            String text = pending.toString().strip();
            pending.setLength(0);
            int space = text.indexOf(' ');
            instructions.add(new Instruction(start, (space < 0 ? text : text.substring(0, space)).toUpperCase(),
                    space < 0 ? "" : text.substring(space + 1).strip()));
        }
        return new Dockerfile(instructions);
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    Optional<String> last(String keyword) {
        List<String> all = all(keyword);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every ENV, in order (a later one wins): KEY=VALUE pairs, quotes removed, or the old form KEY VALUE. */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String args : all("ENV")) {
            List<String> words = words(args);
            if (!words.isEmpty() && !words.get(0).contains("=")) {
                env.put(words.get(0), args.substring(args.indexOf(words.get(0)) + words.get(0).length()).strip());
                continue;
            }
            for (String word : words) {
                int eq = word.indexOf('=');
                env.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return env;
    }

    /** COPY and ADD from the build context, flags dropped; those with --from copy from a stage and are left out. */
    List<Copy> copies() {
        List<Copy> copies = new ArrayList<>();
        for (Instruction i : instructions) {
            if (!i.keyword().equals("COPY") && !i.keyword().equals("ADD")) continue;
            List<String> words = i.arguments().startsWith("[") ? json(i.arguments()) : words(i.arguments());
            if (words.stream().anyMatch(w -> w.startsWith("--from="))) continue;
            List<String> paths = words.stream().filter(w -> !w.startsWith("--")).toList();
            if (paths.size() < 2) throw new IllegalArgumentException("line " + i.line() + ": " + i.keyword() + " needs a source and a destination");
            copies.add(new Copy(i.line(), paths.subList(0, paths.size() - 1), paths.get(paths.size() - 1)));
        }
        return copies;
    }

    /** Words split on blanks, with "double" and 'single' quoted parts kept together and unquoted. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char ch : text.toCharArray()) {
            if (quote != 0) {
                if (ch == quote) quote = 0;
                else word.append(ch);
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                inWord = true;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(ch);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        return words;
    }

    private static List<String> json(String array) {
        try {
            return List.of(new ObjectMapper().readValue(array, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON array: " + array, e);
        }
    }
}
