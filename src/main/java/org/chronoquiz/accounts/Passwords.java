package org.chronoquiz.accounts;

import com.password4j.Password;

import java.text.Normalizer;

/**
 * Argon2id through password4j: hashing is never hand-rolled. Passwords are hashed in NFC, so that one typed with
 * a composed "é" on one device and a decomposed one on another is the same password.
 */
public final class Passwords {
    public String hash(String password) {
        return Password.hash(nfc(password)).addRandomSalt().withArgon2().getResult();
    }

    public boolean matches(String password, String hash) {
        String normalized = nfc(password);
        // an account made before passwords were normalised may hold the hash of the password as typed
        return Password.check(normalized, hash).withArgon2()
                || (!normalized.equals(password) && Password.check(password, hash).withArgon2());
    }

    private static String nfc(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }
}
