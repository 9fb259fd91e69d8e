package org.chronoquiz.generation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerbFormsTest {
    private final VerbForms verbs = new VerbForms();

    @Test
    void finds_the_base_form_of_regular_and_irregular_past_verbs() {
        String[][] cases = {
                {"visited", "visit"}, {"announced", "announce"}, {"reported", "report"}, {"started", "start"},
                {"completed", "complete"}, {"expressed", "express"}, {"donated", "donate"}, {"submitted", "submit"},
                {"supplied", "supply"}, {"used", "use"}, {"moved", "move"}, {"signed", "sign"}, {"added", "add"},
                {"occurred", "occur"}, {"created", "create"}, {"defeated", "defeat"}, {"named", "name"},
                {"changed", "change"}, {"belonged", "belong"}, {"restored", "restore"}, {"called", "call"},
                {"met", "meet"}, {"took", "take"}, {"began", "begin"}, {"laid", "lay"}, {"held", "hold"},
                {"agreed", "agree"}, {"freed", "free"}, {"needed", "need"}, {"expelled", "expel"}, {"killed", "kill"},
                {"controlled", "control"}, {"succeeded", "succeed"},
                // "When did the Senate reconven?": -vene verbs keep their e; -en verbs do not
                {"reconvened", "reconvene"}, {"intervened", "intervene"}, {"opened", "open"}, {"threatened", "threaten"},
                {"happened", "happen"},
                // "When did U.S. authorities schedul a news conference?"
                {"scheduled", "schedule"}, {"ruled", "rule"}, {"overruled", "overrule"}, {"pulled", "pull"}, {"fueled", "fuel"},
                {"described", "describe"}, {"prescribed", "prescribe"}};
        for (String[] c : cases) {
            assertEquals(c[1], verbs.baseForm(c[0]), c[0]);
        }
    }

    @Test
    void tells_past_verbs_from_lookalikes() {
        assertTrue(verbs.isSimplePast("visited"));
        assertTrue(verbs.isSimplePast("met"));
        assertFalse(verbs.isSimplePast("hundred"));
        assertFalse(verbs.isSimplePast("armed"));
        assertFalse(verbs.isSimplePast("visit"));
    }
}
