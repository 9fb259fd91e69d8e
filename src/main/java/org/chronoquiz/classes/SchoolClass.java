package org.chronoquiz.classes;

/** A class: its name, the code learners join with, who runs it, and how many learners and decks it has. */
public record SchoolClass(long id, String name, String joinCode, long instructorId, String instructorEmail, int members,
                          int decks) {
}
