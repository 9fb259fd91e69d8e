package org.chronoquiz.quizzes;

import org.chronoquiz.accounts.User;
import org.chronoquiz.decks.DeckDao;
import org.chronoquiz.questions.Question;
import org.chronoquiz.questions.QuestionDao;
import org.chronoquiz.storage.GroupCommit;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.NotFound;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/** Starting quizzes, answering their questions, and the score history: shared by the pages and the API. */
public final class QuizService {
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;

    private final Jdbi jdbi;
    private final GroupCommit writer;
    private final Grading grading;
    private final Clock clock;
    private final LongSupplier seeds;
    private final QuizReads reads = new QuizReads();

    public QuizService(Jdbi jdbi, GroupCommit writer, Grading grading, Clock clock, LongSupplier seeds) {
        this.jdbi = jdbi;
        this.writer = writer;
        this.grading = grading;
        this.clock = clock;
        this.seeds = seeds;
    }

    /** A new quiz of {@code size} questions from the deck, mixing the types and never asking one fact twice when it can avoid it. */
    public Quiz start(User user, long deckId, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "A quiz has 1 to " + MAX_SIZE + " questions.");
        }
        return jdbi.inTransaction(h -> {
            h.attach(DeckDao.class).findById(deckId).orElseThrow(() -> new NotFound("no deck " + deckId));
            List<Question> active = h.attach(QuestionDao.class).activeByDeck(deckId);
            if (active.isEmpty()) {
                throw new InvalidInput("deck_id", "This deck has no questions yet.");
            }
            List<Question> picked = pick(active, size, new Random(seeds.getAsLong()));
            QuizDao quizzes = h.attach(QuizDao.class);
            long id = quizzes.insert(user.id(), deckId, picked.size(), clock.millis());
            for (int i = 0; i < picked.size(); i++) {
                quizzes.insertItem(id, i, picked.get(i).id());
            }
            return quizzes.findById(id).orElseThrow();
        });
    }

    /** A quiz as {@link #start} would draw it, stored nowhere: the instructor's preview. */
    public List<Question> preview(long deckId, int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "A quiz has 1 to " + MAX_SIZE + " questions.");
        }
        List<Question> active = jdbi.withHandle(h -> {
            h.attach(DeckDao.class).findById(deckId).orElseThrow(() -> new NotFound("no deck " + deckId));
            return h.attach(QuestionDao.class).activeByDeck(deckId);
        });
        return pick(active, size, new Random(seeds.getAsLong()));
    }

    /**
     * The instructor's own questions first (they were written for this class), then round-robin over the
     * types, each shuffled; never a question that another one already taken would answer, so a quiz may
     * come out shorter than asked rather than give itself away.
     */
    static List<Question> pick(List<Question> questions, int size, Random random) {
        List<Question> picked = new ArrayList<>();
        List<Question> authored = new ArrayList<>(questions.stream().filter(q -> "instructor".equals(q.origin())).toList());
        Collections.shuffle(authored, random);
        for (Question q : authored) {
            if (picked.size() < size && picked.stream().noneMatch(p -> Siblings.giveAway(p, q))) {
                picked.add(q);
            }
        }
        Map<String, Deque<Question>> byType = new TreeMap<>();
        for (Question q : questions) {
            if (picked.contains(q)) {
                continue;
            }
            byType.computeIfAbsent(q.type(), t -> new ArrayDeque<>()).add(q);
        }
        List<Deque<Question>> queues = new ArrayList<>();
        for (Deque<Question> queue : byType.values()) {
            List<Question> shuffled = new ArrayList<>(queue);
            Collections.shuffle(shuffled, random);
            queues.add(new ArrayDeque<>(shuffled));
        }
        Collections.shuffle(queues, random);
        while (picked.size() < size && queues.stream().anyMatch(q -> !q.isEmpty())) {
            for (Deque<Question> queue : queues) {
                if (picked.size() >= size || queue.isEmpty()) {
                    continue;
                }
                Question q = queue.poll();
                if (picked.stream().noneMatch(p -> Siblings.giveAway(p, q))) {
                    picked.add(q);
                }
            }
        }
        return picked;
    }

    /** The learner's own quiz; anyone else's is not found. */
    public QuizSheet sheet(User user, long quizId) {
        return jdbi.withHandle(h -> sheet(h, user, quizId));
    }

    private QuizSheet sheet(Handle h, User user, long quizId) {
        Quiz quiz = reads.quiz(h, quizId).filter(z -> z.userId() == user.id())
                .orElseThrow(() -> new NotFound("no quiz " + quizId));
        Map<Long, AnswerRecord> answers = new LinkedHashMap<>();
        reads.answers(h, quizId).forEach(a -> answers.put(a.questionId(), a));
        // an answered question as the learner saw it, even if an instructor has edited it since: the current row when
        // it is still that version (an edit archives the version it replaces), else the archived one
        List<Question> items = reads.questions(h, quizId).stream().map(q -> {
            AnswerRecord a = answers.get(q.id());
            return a == null || a.questionVersion() == q.version() ? q
                    : reads.version(h, q.id(), a.questionVersion()).orElseThrow();
        }).toList();
        return new QuizSheet(quiz, items, answers);
    }

    /**
     * Grades and stores an answer. Answering the same question again returns the first result
     * unchanged: a retried request is stored once, and a learner cannot improve a score by resubmitting.
     */
    public AnswerResult answer(User user, long quizId, long questionId, String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput("answer", "Give an answer.");
        }
        if (typed.length() > 2000) {
            throw new InvalidInput("answer", "The answer is too long (2000 characters at most).");
        }
        // "é" typed as one character or as e and an accent grades and stores alike; a timeline's answer is lines
        String given = org.chronoquiz.support.TextInput.clean(typed, "answer", "answer", true);
        return writer.inTransaction(h -> { // shares its commit with the answers and reviews arriving alongside
            QuizSheet sheet = sheet(h, user, quizId);
            Question question = sheet.questions().stream().filter(q -> q.id() == questionId).findFirst()
                    .orElseThrow(() -> new InvalidInput("question_id", "Question " + questionId + " is not part of this quiz."));
            AnswerRecord earlier = sheet.answers().get(questionId);
            if (earlier != null) {
                return new AnswerResult(question, earlier.given(),
                        new Grade(earlier.credit(), grading.grade(question, earlier.given()).feedback()),
                        sheet.quiz().finished());
            }
            if (question.type().equals("numerical") && !NumericalCredit.readable(given)) { // a slip, not a wrong answer
                String shown = given.strip().length() > 40 ? given.strip().substring(0, 40) + "…" : given.strip();
                throw new InvalidInput("answer", "Type a number, such as 2013 or 2.5: “" + shown + "” does not read as one.");
            }
            Grade grade = grading.grade(question, given.trim());
            QuizDao quizzes = h.attach(QuizDao.class);
            long now = clock.millis();
            quizzes.insertAnswer(quizId, questionId, question.version(), given.trim(), grade.credit(), now);
            boolean finished = sheet.answers().size() + 1 == sheet.questions().size();
            if (finished) {
                quizzes.finish(quizId, now);
            }
            return new AnswerResult(question, given.trim(), grade, finished);
        });
    }

    /** Every quiz the learner started, newest first. */
    public List<Quiz> history(User user) {
        return jdbi.onDemand(QuizDao.class).byUser(user.id());
    }
}
