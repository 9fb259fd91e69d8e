package org.chronoquiz.quizzes;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chronoquiz.dates.DateWording;
import org.chronoquiz.questions.Question;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.web.Forms;
import org.chronoquiz.accounts.Pages;
import org.chronoquiz.web.Params;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Taking a quiz in the browser: one question at a time, feedback after each, a score page at the end. */
public final class QuizController {
    private static final String QUESTION = "quizzes/question.peb";
    private static final String FEEDBACK = "quizzes/feedback.peb";
    private static final String RESULT = "quizzes/result.peb";

    private final QuizService quizzes;
    private final Grading grading;
    private final Pages pages;

    public QuizController(QuizService quizzes, Grading grading, Pages pages) {
        this.quizzes = quizzes;
        this.grading = grading;
        this.pages = pages;
    }

    /** The next question; with {@code ?after=ID}, the feedback on that answer; when all are answered, the score. */
    public void show(Context ctx) {
        QuizSheet sheet = quizzes.sheet(CurrentUser.require(ctx), Params.pathId(ctx, "id"));
        String after = ctx.queryParam("after");
        if (after != null) {
            long questionId = Params.longField("after", after);
            var answered = sheet.questions().stream().filter(q -> q.id() == questionId
                    && sheet.answers().containsKey(q.id())).findFirst();
            if (answered.isPresent()) {
                ctx.render(FEEDBACK, feedbackModel(ctx, sheet, answered.get()));
                return;
            }
        }
        var current = sheet.current();
        if (current.isEmpty()) {
            ctx.render(RESULT, resultModel(ctx, sheet));
            return;
        }
        ctx.render(QUESTION, questionModel(ctx, sheet, current.get()));
    }

    public void answer(Context ctx) {
        var user = CurrentUser.require(ctx);
        long quizId = Params.pathId(ctx, "id");
        QuizSheet sheet = quizzes.sheet(user, quizId);
        long questionId = Params.longField("question_id", ctx.formParam("question_id"));
        try {
            Question question = sheet.questions().stream().filter(q -> q.id() == questionId).findFirst()
                    .orElseThrow(() -> new InvalidInput("question_id", "This question is not part of the quiz."));
            quizzes.answer(user, quizId, questionId, given(ctx, question));
            ctx.redirect("/quizzes/" + quizId + "?after=" + questionId, HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            var current = sheet.current().orElseThrow(() -> e);
            // what was chosen comes back with the error: a timeline's positions and a matching's choices too
            List<String> fields = new ArrayList<>(List.of("answer"));
            for (int i = 0; i < current.choices().size(); i++) {
                fields.add("position_" + i);
                fields.add("match_" + i);
            }
            Forms.rerender(ctx, QUESTION, questionModel(ctx, sheet, current), Forms.values(ctx, fields), e);
        }
    }

    /**
     * A timeline is answered with a position per event; the answer is the events in that order. A matching is
     * answered with a right item per left item; the answer is those, one per line in the left items' order.
     */
    private static String given(Context ctx, Question q) {
        if (q.type().equals("matching")) {
            List<String> options = q.matchOptions();
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < q.choices().size(); i++) {
                String c = ctx.formParam("match_" + i);
                if (c == null || !options.contains(c)) {
                    throw new InvalidInput("answer", "Choose a match for each item, from the list.");
                }
                chosen.add(c);
            }
            return String.join("\n", chosen);
        }
        if (!q.type().equals("timeline")) {
            return ctx.formParam("answer");
        }
        List<String> events = q.choices();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            int p = Params.intField("answer", ctx.formParam("position_" + i), 0);
            if (p < 1 || p > events.size() || positions.contains(p)) {
                throw new InvalidInput("answer", "Give each event a different position from 1 to " + events.size() + ".");
            }
            positions.add(p);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(positions::get));
        return String.join("\n", order.stream().map(events::get).toList());
    }

    private Map<String, Object> questionModel(Context ctx, QuizSheet sheet, Question q) {
        Map<String, Object> model = pages.model(ctx);
        model.put("quiz", sheet.quiz());
        model.put("question", q);
        model.put("number", sheet.position(q));
        model.put("total", sheet.questions().size());
        model.put("hint", hint(q));
        return model;
    }

    /** Generated typed prompts already say what precision they want; a cloze blank does not. */
    private static String hint(Question q) {
        if (q.type().equals("numerical")) {
            return "A number, such as 1989 or 2.5.";
        }
        if (q.type().equals("matching")) {
            return "";
        }
        return q.prompt().contains("Give ") ? "" : Grading.expected(q).map(DateWording::hint).orElse("");
    }

    /** The instructor's preview: a quiz drawn as a learner's would be, each question as they would see it. */
    public void preview(Context ctx) {
        long deckId = Params.pathId(ctx, "id");
        int size = Params.intField("size", ctx.queryParam("size"), QuizService.DEFAULT_SIZE);
        List<Question> questions = quizzes.preview(deckId, size);
        Map<String, Object> model = pages.model(ctx);
        model.put("deckId", deckId);
        model.put("size", size);
        model.put("questions", questions);
        model.put("hints", questions.stream().map(QuizController::hint).toList());
        ctx.render("quizzes/preview.peb", model);
    }

    private Map<String, Object> feedbackModel(Context ctx, QuizSheet sheet, Question q) {
        Map<String, Object> model = pages.model(ctx);
        AnswerRecord a = sheet.answers().get(q.id());
        model.put("quiz", sheet.quiz());
        model.put("question", q);
        model.put("given", a.given());
        model.put("grade", new Grade(a.credit(), grading.grade(q, a.given()).feedback()));
        model.put("number", sheet.position(q));
        model.put("total", sheet.questions().size());
        model.put("finished", sheet.current().isEmpty());
        return model;
    }

    private Map<String, Object> resultModel(Context ctx, QuizSheet sheet) {
        Map<String, Object> model = pages.model(ctx);
        model.put("quiz", sheet.quiz());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Question q : sheet.questions()) {
            AnswerRecord a = sheet.answers().get(q.id());
            rows.add(Map.of("question", q, "given", a.given(), "credit", a.credit()));
        }
        model.put("rows", rows);
        return model;
    }
}
