package org.chronoquiz.stats;

import org.chronoquiz.quizzes.Quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Geometry of the score-history line chart, drawn as SVG by the template (readable without script).
 * Oldest quiz on the left; y is the percentage score.
 */
public record ScoreChart(int width, int height, String polyline, List<Dot> dots) {
    public record Dot(double x, double y, int percent, String label) {
    }

    static final int WIDTH = 600;
    static final int HEIGHT = 200;
    static final int PAD = 24;

    /** {@code quizzes} newest first, as the history lists them; only finished quizzes are drawn. */
    public static ScoreChart of(List<Quiz> quizzes) {
        List<Quiz> done = new ArrayList<>(quizzes.stream().filter(Quiz::finished).toList());
        java.util.Collections.reverse(done);
        List<Dot> dots = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < done.size(); i++) {
            double x = done.size() == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (done.size() - 1);
            int percent = done.get(i).percent();
            double y = HEIGHT - PAD - percent * (HEIGHT - 2.0 * PAD) / 100.0;
            dots.add(new Dot(x, y, percent, "Quiz " + (i + 1) + ": " + percent + "%"));
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new ScoreChart(WIDTH, HEIGHT, line.toString().trim(), dots);
    }
}
