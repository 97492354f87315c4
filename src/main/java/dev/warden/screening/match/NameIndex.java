package dev.warden.screening.match;


import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Token blocking over every listed name: each name is filed under its words and under the first four letters of
 * each word (so a typo late in a word still finds it). A query collects the names that share keys with it,
 * weighted by how rare each key is, and only the best-weighted few are scored with {@link NameScorer}: a query
 * touches a few posting lists, never every name.
 */
public final class NameIndex {
    /** Names scored per query at most; the rest share only common words with it. */
    public static final int DEFAULT_CANDIDATES = 48;
    private static final int PREFIX = 4;

    private final String[][] tokens;
    private final Map<String, int[]> postings;
    private final int size;
    private final ThreadLocal<float[]> weights;

    /** @param names normalised tokens of each name; a name's position is its id in {@link #candidates} */
    public NameIndex(List<String[]> names) {
        this.size = names.size();
        this.tokens = names.toArray(String[][]::new);
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

    public int size() {
        return size;
    }

    static Set<String> keys(String[] tokens) {
        Set<String> keys = new LinkedHashSet<>();
        for (String token : tokens) {
            if (token.length() < 2) continue;
            keys.add(token);
            if (token.length() >= PREFIX) keys.add("^" + token.substring(0, PREFIX));
        }
        return keys;
    }

    /** Ids of the names most likely to match, best first, at most {@code limit}. */
    public int[] candidates(String[] query, int limit) {
        float[] weight = weights.get();
        IntList touched = new IntList();
        for (String key : keys(query)) {
            int[] ids = postings.get(key);
            if (ids == null) continue;
            float idf = (float) Math.log(1.0 + (double) size / ids.length);
            for (int id : ids) {
                if (weight[id] == 0) touched.add(id);
                weight[id] += idf;
            }
        }
        int n = touched.size;
        int[] ids = Arrays.copyOf(touched.values, n);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = weight[ids[i]];
            weight[ids[i]] = 0;
        }
        if (n <= limit) return sortByWeight(ids, w, n);
        // Keep the best-weighted: find the limit-th weight and take everything above it.
        float[] sorted = w.clone();
        Arrays.sort(sorted);
        float cut = sorted[n - limit];
        int[] kept = new int[limit];
        float[] keptW = new float[limit];
        int k = 0;
        for (int i = 0; i < n && k < limit; i++) {
            if (w[i] > cut) {
                kept[k] = ids[i];
                keptW[k++] = w[i];
            }
        }
        for (int i = 0; i < n && k < limit; i++) {
            if (w[i] == cut) {
                kept[k] = ids[i];
                keptW[k++] = w[i];
            }
        }
        return sortByWeight(kept, keptW, k);
    }

    private static int[] sortByWeight(int[] ids, float[] w, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Float.compare(w[b], w[a]));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = ids[order[i]];
        return out;
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
