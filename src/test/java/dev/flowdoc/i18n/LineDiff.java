package dev.flowdoc.i18n;

import java.util.ArrayList;
import java.util.List;

/** A line diff (longest common subsequence) for asserting which lines an edit touched: "-12: old", "+12: new". */
final class LineDiff {
    private LineDiff() {}

    static List<String> of(String before, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                out.add("+" + (j + 1) + ": " + b.get(j++).strip());
            } else {
                out.add("-" + (i + 1) + ": " + a.get(i++).strip());
            }
        }
        return out;
    }
}
