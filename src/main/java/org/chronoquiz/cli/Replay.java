package org.chronoquiz.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronoquiz.scheduling.CardState;
import org.chronoquiz.scheduling.Phase;
import org.chronoquiz.scheduling.Scheduler;
import org.chronoquiz.scheduling.SchedulerSettings;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Replays one parsed card history through the scheduler and renders every state it passes through. */
final class Replay {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    // Lines rarely bring their own settings, so schedulers are shared per settings value within one run.
    private final Map<SchedulerSettings, Scheduler> schedulers = new HashMap<>();

    ObjectNode run(HistoryInput input) {
        Scheduler scheduler = schedulers.computeIfAbsent(input.settings(), Scheduler::new);
        ObjectNode out = NODES.objectNode();
        out.set("id", input.id());
        ArrayNode states = out.putArray("states");
        CardState card = null;
        int i = 0;
        for (HistoryInput.Entry e : input.reviews()) {
            Instant at = resolve(e, card, i);
            card = scheduler.review(card == null ? CardState.fresh(at) : card, e.rating(), at, 0);
            states.add(render(card));
            i++;
        }
        return out;
    }

    /** The review time, with "due" resolved and time order checked. */
    static Instant resolve(HistoryInput.Entry e, CardState previous, int index) {
        if (e.at() == null) {
            if (previous == null) {
                throw new BadLine("reviews[" + index + "].at: \"due\" needs an earlier review to fall due from");
            }
            return previous.due();
        }
        if (previous != null && e.at().isBefore(previous.lastReview())) {
            throw new BadLine("reviews[" + index + "].at: " + e.at() + " is before the previous review at "
                    + previous.lastReview());
        }
        return e.at();
    }

    private static ObjectNode render(CardState c) {
        ObjectNode s = NODES.objectNode();
        s.put("state", switch (c.phase()) {
            case LEARNING, NEW -> "Learning";
            case REVIEW -> "Review";
            case RELEARNING -> "Relearning";
        });
        if (c.phase() == Phase.REVIEW) {
            s.putNull("step");
        } else {
            s.put("step", c.step());
        }
        s.put("stability", c.stability());
        s.put("difficulty", c.difficulty());
        s.put("due", IsoInstants.format(c.due()));
        s.put("interval_days", c.scheduledDays());
        return s;
    }
}
