package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronoquiz.scheduling.CardHistory;
import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.FitResult;
import org.chronoquiz.scheduling.Optimizer;
import org.chronoquiz.scheduling.ReviewLog;
import org.chronoquiz.scheduling.Scheduler;
import org.chronoquiz.scheduling.SchedulerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code fsrs optimize}: fits the weights to the card histories on stdin and prints one JSON object.
 * Only I/O lives here; the fit is {@link Optimizer}. Rejected lines go to stderr as error lines, the fit
 * runs on the rest, and the exit code is 1 if any line was rejected.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Fit the 21 FSRS-6 weights to the card histories on stdin (same JSON Lines as fsrs).",
                "Prints {\"reviews\", \"weights\", \"log_loss_before\", \"log_loss_after\", \"rmse_before\", "
                        + "\"rmse_after\", \"kept_defaults\", \"reason\"}; rmse is calibration RMSE over 20 bins of "
                        + "predicted recall.",
                "Needs at least " + Optimizer.MIN_REVIEWS + " reviews, otherwise the defaults are kept.",
                "Per-line weights and settings only place \"due\" reviews; the fit always starts from the defaults."})
public final class FsrsOptimizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    FsrsCommand parent;

    @Override
    public Integer call() {
        SchedulerSettings defaults = SchedulerSettings.defaults();
        Map<SchedulerSettings, Scheduler> schedulers = new HashMap<>();
        List<CardHistory> histories = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        int failed = new HistoryReader(defaults).read(FsrsCommand.reader(parent.stdin().get()),
                input -> histories.add(history(input, schedulers.computeIfAbsent(input.settings(), Scheduler::new))),
                new JsonLineWriter(err)::write);
        err.flush();
        FitResult fit = new Optimizer(defaults).fit(histories);
        PrintWriter out = spec.commandLine().getOut();
        new JsonLineWriter(out).write(render(fit));
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    /** Real review times; "due" is resolved by replaying with the line's own settings, as the replay command does. */
    private static CardHistory history(HistoryInput input, Scheduler scheduler) {
        List<ReviewLog> logs = new ArrayList<>(input.reviews().size());
        CardState card = null;
        int i = 0;
        for (HistoryInput.Entry e : input.reviews()) {
            Instant at = Replay.resolve(e, card, i++);
            card = scheduler.review(card == null ? CardState.fresh(at) : card, e.rating(), at, 0);
            logs.add(new ReviewLog(at, e.rating()));
        }
        return new CardHistory(logs);
    }

    private static ObjectNode render(FitResult fit) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("reviews", fit.reviews());
        ArrayNode w = out.putArray("weights");
        for (double v : fit.weights()) {
            w.add(v);
        }
        putNumber(out, "log_loss_before", fit.logLossBefore());
        putNumber(out, "log_loss_after", fit.logLossAfter());
        putNumber(out, "rmse_before", fit.rmseBefore());
        putNumber(out, "rmse_after", fit.rmseAfter());
        out.put("kept_defaults", fit.keptDefaults());
        out.put("reason", fit.reason());
        return out;
    }

    /** NaN (no training items) becomes null: JSON has no NaN. */
    private static void putNumber(ObjectNode out, String field, double v) {
        if (Double.isFinite(v)) {
            out.put(field, v);
        } else {
            out.putNull(field);
        }
    }
}
