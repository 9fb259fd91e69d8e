package org.chronoquiz.classes;

import org.chronoquiz.accounts.Accounts;
import org.chronoquiz.accounts.User;
import org.chronoquiz.support.InvalidInput;
import org.chronoquiz.support.NotFound;
import org.chronoquiz.support.TextInput;
import org.chronoquiz.mail.Mail;
import org.chronoquiz.mail.MailSettings;
import org.chronoquiz.mail.Outbox;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Classes: an instructor creates one and assigns it decks, learners join it with its code. Who may see a class
 * is decided here: its instructor and admins; to anyone else it does not exist (404, not 403, so ids leak nothing).
 */
public final class Classes {
    /** No 0/O or 1/I/L: a code is read off a board and typed by hand. */
    private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 8;

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random;
    private final Outbox outbox;
    private final MailSettings mail;
    private final ClassReads reads = new ClassReads();

    public Classes(Jdbi jdbi, Clock clock, SecureRandom random, Outbox outbox, MailSettings mail) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.random = random;
        this.outbox = outbox;
        this.mail = mail;
    }

    public SchoolClass create(User instructor, String typedName) {
        String name = TextInput.line(typedName, "name", "class name", 120);
        return jdbi.inTransaction(h -> {
            ClassDao dao = h.attach(ClassDao.class);
            String code = newCode();
            while (dao.findByCode(code).isPresent()) { // 31^8 codes: a clash is rare, but it must not be an error
                code = newCode();
            }
            return dao.findById(dao.insert(name, code, instructor.id(), clock.millis())).orElseThrow();
        });
    }

    public List<SchoolClass> visibleTo(User viewer) {
        return jdbi.onDemand(ClassDao.class).visibleTo(viewer.id(), isAdmin(viewer));
    }

    /** A class its instructor (or an admin) may see; anyone else gets "not found". */
    public SchoolClass get(User viewer, long id) {
        return jdbi.onDemand(ClassDao.class).findById(id)
                .filter(c -> isAdmin(viewer) || c.instructorId() == viewer.id())
                .orElseThrow(() -> new NotFound("no class " + id));
    }

    public List<ClassDao.Member> members(User viewer, long id) {
        get(viewer, id);
        return jdbi.onDemand(ClassDao.class).members(id);
    }

    public List<Long> deckIds(User viewer, long id) {
        get(viewer, id);
        return jdbi.onDemand(ClassDao.class).deckIds(id);
    }

    /** Makes the class's decks exactly these. */
    public void assign(User viewer, long id, List<Long> deckIds) {
        get(viewer, id);
        jdbi.useTransaction(h -> {
            ClassDao dao = h.attach(ClassDao.class);
            List<Long> distinct = deckIds.stream().distinct().toList();
            if (!distinct.isEmpty() && dao.existingDecks(distinct) != distinct.size()) {
                throw new InvalidInput("deck", "One of the decks does not exist.");
            }
            dao.clearDecks(id);
            if (!distinct.isEmpty()) {
                dao.addDecks(id, distinct);
            }
        });
    }

    /** At most this many addresses in one invitation. */
    public static final int MAX_INVITES = 200;

    /**
     * Invites addresses (one per line, or separated by commas or spaces) to the class: each joins it at its next
     * log-in or at sign-up. All or none: one address that is not one refuses the lot, naming it.
     */
    public int invite(User viewer, long id, String typed) {
        if (typed != null && typed.length() > MAX_INVITES * 256) {
            throw new InvalidInput("emails", "Invite at most " + MAX_INVITES + " addresses at a time.");
        }
        List<String> emails = new ArrayList<>();
        for (String part : (typed == null ? "" : typed).split("[\\s,;]+")) {
            if (!part.isBlank()) {
                emails.add(Accounts.email(part, "emails"));
            }
        }
        List<String> distinct = emails.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidInput("emails", "Give at least one email address.");
        }
        if (distinct.size() > MAX_INVITES) {
            throw new InvalidInput("emails", "Invite at most " + MAX_INVITES + " addresses at a time.");
        }
        SchoolClass schoolClass = get(viewer, id);
        jdbi.useTransaction(h -> {
            h.attach(ClassDao.class).invite(id, distinct, clock.millis());
            // the same mail whether or not the address has an account: the instructor learns nothing from it
            for (String email : distinct) {
                outbox.add(h, invitation(email, schoolClass));
            }
        });
        return distinct.size();
    }

    private Mail invitation(String email, SchoolClass c) {
        return new Mail(email, "You are invited to the class “" + c.name() + "” on Chronoquiz", """
                %s invited this address to the class “%s” on Chronoquiz: quizzes and flashcards from the dates in
                news articles.

                You join the class when you next log in, or when you sign up with this address:
                  log in: %s
                  sign up: %s
                Or type its code, %s, at %s

                If you did not expect this, ignore this mail: nothing happens without you.
                """.formatted(c.instructorEmail(), c.name(), mail.link("/login"), mail.link("/signup"),
                c.joinCode(), mail.link("/join")));
    }

    /** Who is invited and has not logged in since. */
    public List<String> invites(User viewer, long id) {
        get(viewer, id);
        return jdbi.onDemand(ClassDao.class).invites(id);
    }

    /** Called at every log-in and sign-up: the classes the account's address was invited to, joined. */
    public void acceptInvites(User user) {
        jdbi.useTransaction(h -> {
            ClassDao dao = h.attach(ClassDao.class);
            for (long classId : dao.invitedTo(user.email())) {
                dao.join(classId, user.id(), clock.millis());
            }
            dao.dropInvites(user.email());
        });
    }

    /** A learner joins with a code, typed however (lower case, spaces, dashes). Joining twice changes nothing. */
    public SchoolClass join(User learner, String typedCode) {
        String code = typedCode == null ? "" : typedCode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != CODE_LENGTH) {
            throw new InvalidInput("code", "A class code has " + CODE_LENGTH + " letters and digits.");
        }
        return jdbi.inTransaction(h -> {
            ClassDao dao = h.attach(ClassDao.class);
            SchoolClass c = dao.findByCode(code)
                    .orElseThrow(() -> new InvalidInput("code", "No class has this code. Check it with your instructor."));
            dao.join(c.id(), learner.id(), clock.millis());
            return c;
        });
    }

    public List<SchoolClass> joinedBy(User learner) {
        return jdbi.withHandle(h -> reads.joinedBy(h, learner.id()));
    }

    public List<Long> assignedDecks(User learner) {
        return jdbi.withHandle(h -> reads.assignedTo(h, learner.id()));
    }

    static boolean isAdmin(User user) {
        return user.isAdmin();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
