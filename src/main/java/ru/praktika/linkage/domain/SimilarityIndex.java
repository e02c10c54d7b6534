package ru.praktika.linkage.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Near duplicates and similar practices without comparing all pairs: MinHash signatures with locality-sensitive
 * hashing (LSH). Two signatures per practice:
 * <ul>
 *   <li>of its 3-stem shingles — their Jaccard similarity says "the same text, edited" (near duplicate at
 *       {@value #NEAR_DUPLICATE} or more); 64 hashes in 16 bands of 4;
 *   <li>of its set of stems — "about the same things" (similar at {@value #SIMILAR} or more); 64 hashes in 32 bands
 *       of 2.
 * </ul>
 * A query looks only at practices sharing a band bucket, then estimates the similarity from the signatures.
 */
final class SimilarityIndex {

    static final double NEAR_DUPLICATE = 0.5;
    static final double SIMILAR = 0.15;
    private static final int HASHES = 64;
    private static final int PRIME = 2_147_483_647;

    private final int[] a = new int[HASHES * 2];
    private final int[] b = new int[HASHES * 2];
    private final Map<Long, int[]> shingleSignatures = new ConcurrentHashMap<>();
    private final Map<Long, int[]> wordSignatures = new ConcurrentHashMap<>();
    private final Map<Long, List<Long>> buckets = new ConcurrentHashMap<>();

    /**
     * A practice that looks alike.
     *
     * @param id the other practice
     * @param similarity estimated Jaccard similarity, 0..1
     */
    record Match(long id, double similarity) {}

    SimilarityIndex() {
        Random random = new Random(42);
        for (int i = 0; i < a.length; i++) {
            a[i] = 1 + random.nextInt(PRIME - 1);
            b[i] = random.nextInt(PRIME - 1);
        }
    }

    int size() {
        return shingleSignatures.size();
    }

    /** The MinHash signatures of a text's stems, computed outside the index's lock (any thread). */
    record Signatures(int[] shingles, int[] words) {}

    Signatures signatures(List<String> stems) {
        return new Signatures(
                signature(shingles(stems), 0),
                signature(new HashSet<>(stems.stream().map(String::hashCode).toList()), HASHES));
    }

    void put(long id, List<String> stems) {
        put(id, signatures(stems));
    }

    synchronized void put(long id, Signatures signatures) {
        remove(id);
        int[] shingles = signatures.shingles();
        int[] words = signatures.words();
        shingleSignatures.put(id, shingles);
        wordSignatures.put(id, words);
        for (long key : keys(shingles, words)) {
            buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
        }
    }

    synchronized void remove(long id) {
        int[] shingles = shingleSignatures.remove(id);
        int[] words = wordSignatures.remove(id);
        if (shingles != null) {
            for (long key : keys(shingles, words)) {
                List<Long> list = buckets.get(key);
                if (list != null) {
                    list.remove(id);
                    if (list.isEmpty()) {
                        buckets.remove(key);
                    }
                }
            }
        }
    }

    synchronized void clear() {
        shingleSignatures.clear();
        wordSignatures.clear();
        buckets.clear();
    }

    /** Near duplicates of an indexed practice, most alike first. */
    List<Match> nearDuplicates(long id) {
        return matches(id, shingleSignatures, NEAR_DUPLICATE, true);
    }

    /** Practices about the same things, most alike first. */
    List<Match> similar(long id) {
        return matches(id, wordSignatures, SIMILAR, false);
    }

    private List<Match> matches(long id, Map<Long, int[]> signatures, double threshold, boolean shingleBands) {
        int[] mine = signatures.get(id);
        if (mine == null) {
            return List.of();
        }
        Set<Long> candidates = new HashSet<>();
        int[] s = shingleSignatures.get(id), w = wordSignatures.get(id);
        long[] keys = keys(s, w);
        int from = shingleBands ? 0 : 16, to = shingleBands ? 16 : keys.length;
        for (int k = from; k < to; k++) {
            candidates.addAll(buckets.getOrDefault(keys[k], List.of()));
        }
        candidates.remove(id);
        List<Match> out = new ArrayList<>();
        for (long other : candidates) {
            int[] theirs = signatures.get(other);
            if (theirs == null) {
                continue;
            }
            int same = 0;
            for (int i = 0; i < mine.length; i++) {
                if (mine[i] == theirs[i]) {
                    same++;
                }
            }
            double j = (double) same / mine.length;
            if (j >= threshold) {
                out.add(new Match(other, Math.round(j * 1000) / 1000.0));
            }
        }
        out.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
        return out;
    }

    /** Band keys: 16 bands of 4 for shingles, then 32 bands of 2 for words; the band number is part of the key. */
    private static long[] keys(int[] shingles, int[] words) {
        long[] keys = new long[16 + 32];
        for (int band = 0; band < 16; band++) {
            long h = 17;
            for (int r = 0; r < 4; r++) {
                h = h * 31 + shingles[band * 4 + r];
            }
            keys[band] = (h << 6) ^ band;
        }
        for (int band = 0; band < 32; band++) {
            long h = 19;
            for (int r = 0; r < 2; r++) {
                h = h * 31 + words[band * 2 + r];
            }
            keys[16 + band] = (h << 6) ^ (16 + band);
        }
        return keys;
    }

    private int[] signature(Set<Integer> items, int offset) {
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int item : items) {
            long x = item & 0x7fffffffL;
            for (int i = 0; i < HASHES; i++) {
                int h = (int) ((a[offset + i] * x + b[offset + i]) % PRIME);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    private static Set<Integer> shingles(List<String> stems) {
        Set<Integer> set = new HashSet<>();
        if (stems.size() < 3) {
            set.add(String.join(" ", stems).hashCode());
            return set;
        }
        for (int i = 0; i + 2 < stems.size(); i++) {
            set.add((stems.get(i) + " " + stems.get(i + 1) + " " + stems.get(i + 2)).hashCode());
        }
        return set;
    }

    /** Exposed for the benchmark: how many bucket entries the index holds. */
    int bucketEntries() {
        Map<Long, List<Long>> copy = new HashMap<>(buckets);
        return copy.values().stream().mapToInt(List::size).sum();
    }
}
