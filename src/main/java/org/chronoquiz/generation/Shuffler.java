package org.chronoquiz.generation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic randomness: everything random in a question is seeded from the question's key, so the
 * same article always yields the same bank (instructors review diffs of it).
 */
final class Shuffler {

    /** A generator seeded from the key with a fixed hash (FNV-1a), independent of JVM and run. */
    Random random(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return new Random(hash);
    }

    /** Fisher-Yates with the given generator (written out so the order never depends on a library version). */
    <T> List<T> shuffle(List<T> items, Random random) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = out.get(i);
            out.set(i, out.get(j));
            out.set(j, tmp);
        }
        return out;
    }
}
