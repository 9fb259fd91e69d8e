package org.chronoquiz.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.chronoquiz.flashcards.Card;
import org.chronoquiz.flashcards.Flashcards;
import org.chronoquiz.flashcards.ReviewOutcome;
import org.chronoquiz.questions.Question;
import org.chronoquiz.quizzes.AnswerResult;
import org.chronoquiz.quizzes.Quiz;
import org.chronoquiz.quizzes.QuizService;
import org.chronoquiz.quizzes.QuizSheet;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.Json;
import org.chronoquiz.support.NotFound;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.web.Params;
import org.chronoquiz.decks.Decks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON API: the same services as the pages, snake_case in and out, bearer tokens or a session. */
public final class ApiController {
    private final Decks decks;
    private final QuizService quizzes;
    private final Flashcards flashcards;
    private final ObjectMapper mapper = Json.mapper();

    public ApiController(Decks decks, QuizService quizzes, Flashcards flashcards) {
        this.decks = decks;
        this.quizzes = quizzes;
        this.flashcards = flashcards;
    }

    /** {@code [{"id","title","questions","due"}]} */
    public void decks(Context ctx) {
        var counts = flashcards.dueCounts(CurrentUser.require(ctx));
        ctx.json(decks.asked().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("title", d.title());
            m.put("questions", d.questions());
            m.put("due", counts.deck(d.id()));
            return m;
        }).toList());
    }

    /** {@code [{"card_id","question_id","front"}]}, at most {@code limit} (default 20). */
    public void due(Context ctx) {
        var user = CurrentUser.require(ctx);
        long deckId = Params.pathId(ctx, "id");
        decks.find(deckId).orElseThrow(() -> new NotFound("no deck " + deckId));
        int limit = Params.intField("limit", ctx.queryParam("limit"), 20);
        List<Map<String, Object>> out = flashcards.due(user, deckId, limit).stream().map(ApiController::card).toList();
        ctx.json(out);
    }

    /** Adds the deck to the learner's reviews; {@code {"deck_id","cards"}} out, the same when repeated. */
    public void study(Context ctx) {
        var user = CurrentUser.require(ctx);
        long deckId = Params.pathId(ctx, "id");
        int cards = flashcards.study(user, deckId);
        ctx.json(Map.of("deck_id", deckId, "cards", cards));
    }

    private static Map<String, Object> card(Card c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("card_id", c.id());
        m.put("question_id", c.questionId());
        m.put("front", c.front());
        m.put("back", c.back());
        m.put("state", c.state().phase().name());
        m.put("due", c.state().due());
        return m;
    }

    /** {@code {"card_id","rating","review_id"}} in; the card's new schedule out. A repeated review_id is stored once. */
    public void review(Context ctx) {
        var user = CurrentUser.require(ctx);
        JsonBody body = JsonBody.of(ctx, mapper);
        long cardId = body.requireLong("card_id");
        int rating = body.requireInt("rating");
        String reviewId = body.requireText("review_id");
        ReviewOutcome outcome = flashcards.review(user, cardId, rating, reviewId);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("card_id", outcome.cardId());
        m.put("state", label(outcome.state().phase().name()));
        m.put("due", outcome.state().due());
        m.put("interval_days", outcome.intervalDays());
        m.put("stability", outcome.state().stability());
        m.put("difficulty", outcome.state().difficulty());
        m.put("step", outcome.state().step());
        ctx.json(m); // 200 both times: a retried review is answered exactly as the first
    }

    private static String label(String phase) {
        return phase.charAt(0) + phase.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code {"deck_id","size"}} in; {@code {"id","questions":[{"id","type","prompt","choices"}]}} out. */
    public void startQuiz(Context ctx) {
        var user = CurrentUser.require(ctx);
        JsonBody body = JsonBody.of(ctx, mapper);
        long deckId = body.requireLong("deck_id");
        int size = body.optionalInt("size", QuizService.DEFAULT_SIZE);
        decks.find(deckId)
                .orElseThrow(() -> new InvalidInput("deck_id", "There is no deck " + deckId + "."));
        Quiz quiz = quizzes.start(user, deckId, size);
        QuizSheet sheet = quizzes.sheet(user, quiz.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", quiz.id());
        m.put("deck_id", deckId);
        m.put("questions", sheet.questions().stream().map(ApiController::question).toList());
        ctx.json(m);
    }

    private static Map<String, Object> question(Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("type", q.type());
        m.put("prompt", q.prompt());
        m.put("choices", q.choices());
        return m;
    }

    /** {@code {"question_id","answer"}} in; {@code {"correct","credit","answer","source"}} out. */
    public void answer(Context ctx) {
        var user = CurrentUser.require(ctx);
        long quizId = Params.pathId(ctx, "id");
        JsonBody body = JsonBody.of(ctx, mapper);
        long questionId = body.requireLong("question_id");
        String given = body.requireAnswer("answer");
        AnswerResult r = quizzes.answer(user, quizId, questionId, given);
        Question q = r.question();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("sentence", q.sourceSentence());
        source.put("start", q.sourceStart());
        source.put("end", q.sourceEnd());
        if (q.sourceNote() != null) {
            source.put("note", q.sourceNote());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("correct", r.grade().correct());
        m.put("credit", r.grade().credit());
        m.put("answer", q.answer());
        m.put("answer_value", q.answerValue());
        m.put("given", r.given());
        m.put("feedback", r.grade().feedback());
        m.put("source", source);
        m.put("quiz_finished", r.quizFinished());
        ctx.json(m);
    }

    /** The learner's quizzes, newest first. */
    public void scores(Context ctx) {
        var user = CurrentUser.require(ctx);
        ctx.json(quizzes.history(user).stream().map(z -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("quiz_id", z.id());
            m.put("deck_id", z.deckId());
            m.put("deck_title", z.deckTitle());
            m.put("started_at", Instant.ofEpochMilli(z.startedAt()));
            m.put("finished_at", z.finishedAt() == null ? null : Instant.ofEpochMilli(z.finishedAt()));
            m.put("size", z.size());
            m.put("answered", z.answered());
            m.put("score", z.score());
            m.put("percent", z.percent());
            return m;
        }).toList());
    }
}
