package org.chronoquiz.timex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The TempEval-3 Task A rules as {@code te3.py} implements them: overlap pairs greedily and one to
 * one, left to right; strict when extents are equal; value F1 = value accuracy x relaxed F1.
 */
record Te3Score(int gold, int system, int relaxed, int strict, int valueOk, int typeOk) {

    static Te3Score of(List<Te3Corpus.Doc> docs, List<List<Timex>> results) {
        int nGold = 0;
        int nSys = 0;
        int relaxed = 0;
        int strict = 0;
        int valueOk = 0;
        int typeOk = 0;
        for (int d = 0; d < docs.size(); d++) {
            List<Te3Corpus.Gold> gold = new ArrayList<>(docs.get(d).gold());
            gold.sort(Comparator.comparingInt(Te3Corpus.Gold::start));
            List<Timex> sys = new ArrayList<>(results.get(d));
            sys.sort(Comparator.comparingInt(Timex::start).thenComparingInt(Timex::end));
            nGold += gold.size();
            nSys += sys.size();
            boolean[] used = new boolean[sys.size()];
            for (Te3Corpus.Gold g : gold) {
                for (int i = 0; i < sys.size(); i++) {
                    Timex s = sys.get(i);
                    if (!used[i] && s.start() < g.end() && g.start() < s.end()) {
                        used[i] = true;
                        relaxed++;
                        strict += s.start() == g.start() && s.end() == g.end() ? 1 : 0;
                        valueOk += s.value().equals(g.value()) ? 1 : 0;
                        typeOk += s.type().name().equals(g.type()) ? 1 : 0;
                        break;
                    }
                }
            }
        }
        return new Te3Score(nGold, nSys, relaxed, strict, valueOk, typeOk);
    }

    double strictF1() {
        return f1(strict);
    }

    double relaxedF1() {
        return f1(relaxed);
    }

    double valueF1() {
        return relaxed == 0 ? 0 : (double) valueOk / relaxed * relaxedF1();
    }

    double typeF1() {
        return relaxed == 0 ? 0 : (double) typeOk / relaxed * relaxedF1();
    }

    private double f1(int matches) {
        double p = system == 0 ? (gold == 0 ? 1 : 0) : (double) matches / system;
        double r = gold == 0 ? 1 : (double) matches / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("strict F1 %.4f, relaxed F1 %.4f, value F1 %.4f, type F1 %.4f (gold %d, system %d)",
            strictF1(), relaxedF1(), valueF1(), typeF1(), gold, system);
    }
}
