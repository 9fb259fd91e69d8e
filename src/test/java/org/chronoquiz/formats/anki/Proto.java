package org.chronoquiz.formats.anki;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Anki's protobuf messages by field number, with no generated classes: the few messages the test needs are written
 * and read field by field, so no copy of Anki's (AGPL) .proto files has to live here.
 */
public final class Proto {
    private final UnknownFieldSet.Builder fields;

    private Proto(UnknownFieldSet.Builder fields) {
        this.fields = fields;
    }

    public static Proto message() {
        return new Proto(UnknownFieldSet.newBuilder());
    }

    /** A message received, to be changed and sent back (a new note or deck as Anki made it). */
    public static Proto of(UnknownFieldSet received) {
        return new Proto(UnknownFieldSet.newBuilder(received));
    }

    public Proto text(int field, String value) {
        return add(field, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8(value)).build());
    }

    public Proto number(int field, long value) {
        return add(field, UnknownFieldSet.Field.newBuilder().addVarint(value).build());
    }

    public Proto flag(int field, boolean value) {
        return number(field, value ? 1 : 0);
    }

    public Proto message(int field, Proto value) {
        return add(field, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFrom(value.bytes())).build());
    }

    /** Drops every value the field had, so the next {@code text} or {@code number} replaces them. */
    public Proto clear(int field) {
        fields.clearField(field);
        return this;
    }

    private Proto add(int field, UnknownFieldSet.Field value) {
        fields.mergeField(field, value);
        return this;
    }

    public byte[] bytes() {
        return fields.build().toByteArray();
    }

    public static UnknownFieldSet parse(byte[] bytes) {
        try {
            return UnknownFieldSet.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("Anki answered bytes that are not protobuf", e);
        }
    }

    public static String text(UnknownFieldSet m, int field) {
        List<String> all = texts(m, field);
        return all.isEmpty() ? "" : all.get(all.size() - 1);
    }

    public static List<String> texts(UnknownFieldSet m, int field) {
        return m.hasField(field) ? m.getField(field).getLengthDelimitedList().stream().map(ByteString::toStringUtf8).toList() : List.of();
    }

    public static long number(UnknownFieldSet m, int field) {
        List<Long> all = numbers(m, field);
        return all.isEmpty() ? 0 : all.get(all.size() - 1);
    }

    /** A repeated integer, packed (as proto3 writes it) or not. */
    public static List<Long> numbers(UnknownFieldSet m, int field) {
        if (!m.hasField(field)) {
            return List.of();
        }
        List<Long> out = new ArrayList<>(m.getField(field).getVarintList());
        try {
            for (ByteString packed : m.getField(field).getLengthDelimitedList()) {
                CodedInputStream in = packed.newCodedInput();
                while (!in.isAtEnd()) {
                    out.add(in.readInt64());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static UnknownFieldSet message(UnknownFieldSet m, int field) {
        List<UnknownFieldSet> all = messages(m, field);
        return all.isEmpty() ? UnknownFieldSet.getDefaultInstance() : all.get(all.size() - 1);
    }

    public static List<UnknownFieldSet> messages(UnknownFieldSet m, int field) {
        return texts(m, field).isEmpty() ? List.of() : m.getField(field).getLengthDelimitedList().stream()
                .map(b -> parse(b.toByteArray())).toList();
    }
}
