package org.chronoquiz.quizzes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.chronoquiz.accounts.CurrentUser;
import org.chronoquiz.decks.Decks;
import org.chronoquiz.questions.Question;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.Json;
import org.chronoquiz.web.JsonBody;
import org.chronoquiz.web.Params;

import java.time.Instant;
import java.util.List;

/** The quiz half of the JSON API: start a quiz, answer its questions, list one's scores. Answers are records. */
public final class QuizzesApi {
    private final Decks decks;
    private final QuizService quizzes;
    private final ObjectMapper mapper = Json.mapper();

    public QuizzesApi(Decks decks, QuizService quizzes) {
        this.decks = decks;
        this.quizzes = quizzes;
    }

    /**
     * A question as asked: a matching's choices are its left items and {@code options} the right items to pick
     * from (answer with one per line, in the left items' order); a numerical's partial-credit answers stay hidden.
     */
    public record Asked(long id, String type, String prompt, List<String> choices,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> options) {
        static Asked of(Question q) {
            return new Asked(q.id(), q.type(), q.prompt(), q.type().equals("numerical") ? List.of() : q.choices(),
                    q.matchOptions());
        }
    }

    public record Started(long id, long deckId, List<Asked> questions) {
    }

    /** Where the question came from; {@code note} (how a relative date was worked out) only when there is one. */
    public record Source(String sentence, Integer start, Integer end, @JsonInclude(JsonInclude.Include.NON_NULL) String note) {
    }

    public record Answered(boolean correct, double credit, String answer, String answerValue, String given,
                           String feedback, Source source, boolean quizFinished) {
    }

    public record Score(long quizId, long deckId, String deckTitle, Instant startedAt, Instant finishedAt, int size,
                        int answered, double score, int percent) {
    }

    /** {@code POST /api/quizzes {"deck_id","size"}}. */
    public void start(Context ctx) {
        var user = CurrentUser.require(ctx);
        JsonBody body = JsonBody.of(ctx, mapper);
        long deckId = body.requireLong("deck_id");
        int size = body.optionalInt("size", QuizService.DEFAULT_SIZE);
        decks.find(deckId).orElseThrow(() -> new InvalidInput("deck_id", "There is no deck " + deckId + "."));
        Quiz quiz = quizzes.start(user, deckId, size);
        QuizSheet sheet = quizzes.sheet(user, quiz.id());
        ctx.json(new Started(quiz.id(), deckId, sheet.questions().stream().map(Asked::of).toList()));
    }

    /** {@code POST /api/quizzes/{id}/answers {"question_id","answer"}}; a second answer gets the first's result. */
    public void answer(Context ctx) {
        var user = CurrentUser.require(ctx);
        long quizId = Params.pathId(ctx, "id");
        JsonBody body = JsonBody.of(ctx, mapper);
        long questionId = body.requireLong("question_id");
        String given = body.requireAnswer("answer");
        AnswerResult r = quizzes.answer(user, quizId, questionId, given);
        Question q = r.question();
        ctx.json(new Answered(r.grade().correct(), r.grade().credit(), q.answer(), q.answerValue(), r.given(),
                r.grade().feedback(), new Source(q.sourceSentence(), q.sourceStart(), q.sourceEnd(), q.sourceNote()),
                r.quizFinished()));
    }

    /** {@code GET /api/me/scores}: the learner's quizzes, newest first. */
    public void scores(Context ctx) {
        ctx.json(quizzes.history(CurrentUser.require(ctx)).stream().map(z -> new Score(z.id(), z.deckId(), z.deckTitle(),
                Instant.ofEpochMilli(z.startedAt()), z.finishedAt() == null ? null : Instant.ofEpochMilli(z.finishedAt()),
                z.size(), z.answered(), z.score(), z.percent())).toList());
    }
}
