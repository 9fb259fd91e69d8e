package org.chronoquiz.results;

import java.util.Arrays;
import java.util.List;

/**
 * Moodle's item statistics for one question (docs: Quiz statistics calculations; Moodle's
 * {@code question/classes/statistics/questions/calculator.php}): facility, standard deviation, discrimination
 * index and discriminative efficiency, all as percentages, over each learner's first attempt.
 *
 * <p>Marks are credits from 0 to 1. Our quizzes draw different questions for each attempt and differ in
 * length, so the "rest of test" score is the mean credit of the other questions answered in the same quiz
 * rather than their sum; an attempt where the question was the only one answered has no rest of test and
 * counts towards facility and deviation only. A figure is null where Moodle's is: fewer than two attempts,
 * or a variance (or the largest possible covariance) of zero.
 */
public record ItemStatistics(int attempts, Double facility, Double deviation, Double discrimination, Double efficiency) {
    /** Moodle flags a question for review outside this facility range (percent)... */
    public static final double MIN_FACILITY = 5;
    public static final double MAX_FACILITY = 95;
    /** ...or with a discrimination index below this (percent, i.e. a correlation of 0.3). */
    public static final double MIN_DISCRIMINATION = 30;

    /** One learner's first attempt at the question: their mark, and the rest of that quiz (null if none). */
    public record Attempt(double mark, Double restOfTest) {
    }

    public static ItemStatistics of(List<Attempt> attempts) {
        int n = attempts.size();
        if (n == 0) {
            return new ItemStatistics(0, null, null, null, null);
        }
        double[] x = attempts.stream().mapToDouble(Attempt::mark).toArray();
        double mean = Arrays.stream(x).average().orElseThrow();
        Double facility = 100 * mean;
        Double deviation = n < 2 ? null : 100 * Math.sqrt(variance(x, mean));

        List<Attempt> paired = attempts.stream().filter(a -> a.restOfTest() != null).toList();
        Double discrimination = null;
        Double efficiency = null;
        if (paired.size() >= 2) {
            double[] xi = paired.stream().mapToDouble(Attempt::mark).toArray();
            double[] rest = paired.stream().mapToDouble(Attempt::restOfTest).toArray();
            double xMean = Arrays.stream(xi).average().orElseThrow();
            double restMean = Arrays.stream(rest).average().orElseThrow();
            double covariance = covariance(xi, xMean, rest, restMean);
            double vx = variance(xi, xMean);
            double vRest = variance(rest, restMean);
            if (vx > 0 && vRest > 0) {
                discrimination = 100 * covariance / Math.sqrt(vx * vRest);
            }
            // the largest covariance these two sets of marks allow: both sorted, paired rank by rank
            double[] xSorted = xi.clone();
            double[] restSorted = rest.clone();
            Arrays.sort(xSorted);
            Arrays.sort(restSorted);
            double covarianceMax = covariance(xSorted, xMean, restSorted, restMean);
            if (covarianceMax > 0) {
                efficiency = 100 * covariance / covarianceMax;
            }
        }
        return new ItemStatistics(n, facility, deviation, discrimination, efficiency);
    }

    /** Whether Moodle would mark the question for review: too easy, too hard, or not telling learners apart. */
    public boolean flagged() {
        return facility != null && attempts >= 2 && (facility < MIN_FACILITY || facility > MAX_FACILITY)
                || discrimination != null && discrimination < MIN_DISCRIMINATION;
    }

    /** Why it is flagged, in words an instructor acts on; empty when it is not. */
    public String flagReason() {
        if (!flagged()) {
            return "";
        }
        if (facility != null && facility > MAX_FACILITY) {
            return "almost everyone gets it right";
        }
        if (facility != null && facility < MIN_FACILITY) {
            return "almost no one gets it right: check the key";
        }
        return "weak learners do as well as strong ones: check the key and the distractors";
    }

    private static double variance(double[] v, double mean) {
        double sum = 0;
        for (double d : v) {
            sum += (d - mean) * (d - mean);
        }
        return sum / (v.length - 1);
    }

    private static double covariance(double[] a, double aMean, double[] b, double bMean) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - aMean) * (b[i] - bMean);
        }
        return sum / (a.length - 1);
    }
}
