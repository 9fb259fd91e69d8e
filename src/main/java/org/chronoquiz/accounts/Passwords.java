package org.chronoquiz.accounts;

import com.password4j.Password;

/** Argon2id through password4j: hashing is never hand-rolled. */
public final class Passwords {
    public String hash(String password) {
        return Password.hash(password).addRandomSalt().withArgon2().getResult();
    }

    public boolean matches(String password, String hash) {
        return Password.check(password, hash).withArgon2();
    }
}
