package io.lakejob.sdk.internal;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds what a misspelled word was probably meant to be, for error messages (property keys,
 * endpoint schemes). Not part of the public API.
 */
public final class Spelling {
    private Spelling() {}

    /**
     * The edit distance between two words, ignoring case: insertions, deletions, substitutions and
     * swaps of two neighbouring characters each count one (optimal string alignment).
     *
     * @param a one word
     * @param b the other
     * @return the distance, 0 when they differ only in case
     */
    public static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[s.length()][t.length()];
    }

    /**
     * The candidate closest to a word, if it is close enough to be a likely typo: at most two edits
     * away, and fewer than a third of the word's length (so short words need a closer match).
     *
     * @param word the misspelled word
     * @param candidates the words it may have meant
     * @return the closest candidate (the first of equally close ones), or {@code null}
     */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.min(2, Math.max(1, word.length() / 3));
        return best != null && bestDistance <= allowed ? best : null;
    }
}
