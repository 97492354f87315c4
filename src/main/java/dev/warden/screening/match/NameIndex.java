package dev.warden.screening.match;


import java.util.Arrays;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Token blocking over every listed name: each name is filed under its words and under the first four letters of
 * each word (so a typo late in a word still finds it). A query collects the names that share keys with it,
 * weighted by how rare each key is, and only the best-weighted few are scored with {@link NameScorer}: a query
 * touches a few posting lists, never every name.
 */
public final class NameIndex {
    /** Names scored per query at most; the rest share only common words with it. */
    public static final int DEFAULT_CANDIDATES = 24;
    private static final int PREFIX = 4;

    private final String[][] tokens;
    private final boolean[][] surnames;
    private final Map<String, int[]> postings;
    private final int size;
    private final ThreadLocal<float[]> weights;
    private static final int[] NONE = new int[0];

    /** @param names each listed name's tokens; a name's position is its id in {@link #candidates} */
    public NameIndex(List<NameTokens> names) {
        this.size = names.size();
        this.tokens = names.stream().map(NameTokens::tokens).toArray(String[][]::new);
        this.surnames = names.stream().map(NameTokens::surname).toArray(boolean[][]::new);
        Map<String, IntList> lists = new HashMap<>();
        for (int id = 0; id < size; id++) {
            for (String key : keys(tokens[id])) lists.computeIfAbsent(key, k -> new IntList()).add(id);
        }
        Map<String, int[]> built = new HashMap<>(lists.size() * 2);
        lists.forEach((key, ids) -> built.put(key, ids.toArray()));
        this.postings = built;
        this.weights = ThreadLocal.withInitial(() -> new float[size]);
    }

    public String[] tokens(int id) {
        return tokens[id];
    }

    /** Which tokens of the name are its surname, or null when the list does not say. */
    public boolean[] surname(int id) {
        return surnames[id];
    }

    /** How many listed names contain this word (0 for a word no list uses, or a single letter). */
    public int frequency(String token) {
        int[] ids = postings.get(token);
        return ids == null ? 0 : ids.length;
    }

    public int size() {
        return size;
    }

    /** The words of a name and the first letters of each, each key once. */
    static List<String> keys(String[] tokens) {
        List<String> keys = new ArrayList<>(2 * tokens.length);
        for (String token : tokens) {
            if (token.length() < 2) continue;
            if (!keys.contains(token)) keys.add(token);
            if (token.length() >= PREFIX) {
                String prefix = "^" + token.substring(0, PREFIX);
                if (!keys.contains(prefix)) keys.add(prefix);
            }
        }
        return keys;
    }

    /** Ids of the names most likely to match, best first, at most {@code limit}. */
    public int[] candidates(String[] query, int limit) {
        List<String> keys = keys(query);
        int[][] lists = new int[keys.size()][];
        // Keys that a twentieth of all names share (a first name such as MOHAMMED) say little and cost the most
        // to walk; they count only when the query has nothing rarer.
        int common = Math.max(1000, size / 20);
        boolean rareKey = false, anyKey = false;
        for (int k = 0; k < lists.length; k++) {
            int[] ids = lists[k] = postings.get(keys.get(k));
            if (ids == null) continue;
            anyKey = true;
            if (ids.length <= common) rareKey = true;
        }
        // Most queries against a small index (a list's changed entries) share no key with any name.
        if (!anyKey) return NONE;
        float[] weight = weights.get();
        IntList touched = new IntList();
        for (int[] ids : lists) {
            if (ids == null || (rareKey && ids.length > common)) continue;
            float idf = (float) Math.log(1.0 + (double) size / ids.length);
            for (int id : ids) {
                if (weight[id] == 0) touched.add(id);
                weight[id] += idf;
            }
        }
        TopK top = new TopK(limit);
        for (int i = 0; i < touched.size; i++) {
            int id = touched.values[i];
            top.offer(id, weight[id]);
            weight[id] = 0;
        }
        return top.bestFirst();
    }

    /** The k best-weighted ids, kept in a min-heap so choosing them costs n log k, not a sort of all n. */
    static final class TopK {
        private final int[] ids;
        private final float[] w;
        private int size;

        TopK(int k) {
            ids = new int[k];
            w = new float[k];
        }

        void offer(int id, float weight) {
            if (size < ids.length) {
                ids[size] = id;
                w[size] = weight;
                up(size++);
            } else if (weight > w[0]) {
                ids[0] = id;
                w[0] = weight;
                down(0);
            }
        }

        int[] bestFirst() {
            int[] out = new int[size];
            for (int i = size - 1; i >= 0; i--) {
                out[i] = ids[0];
                ids[0] = ids[size - 1];
                w[0] = w[size - 1];
                size--;
                down(0);
            }
            return out;
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (w[parent] <= w[i]) return;
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int left = 2 * i + 1, right = left + 1, least = i;
                if (left < size && w[left] < w[least]) least = left;
                if (right < size && w[right] < w[least]) least = right;
                if (least == i) return;
                swap(i, least);
                i = least;
            }
        }

        private void swap(int a, int b) {
            int id = ids[a];
            ids[a] = ids[b];
            ids[b] = id;
            float x = w[a];
            w[a] = w[b];
            w[b] = x;
        }
    }

    /** A growable int array: the postings of 50,000 names without boxing. */
    static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

}
