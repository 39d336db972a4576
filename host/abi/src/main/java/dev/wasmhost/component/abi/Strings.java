package dev.wasmhost.component.abi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strings in guest memory in the three canonical encodings. Host strings count as UTF-16 sources,
 * stored with one exact-size allocation each (see {@link #storeUtf8}).
 */
final class Strings {
    static final int UTF16_TAG = 1 << 31;
    static final int MAX_STRING_BYTE_LENGTH = (1 << 28) - 1;

    private Strings() {}

    /** A stored string: its pointer and (tagged) code-unit count. */
    record Stored(int ptr, int taggedCodeUnits) {}

    static String load(CallContext cx, int ptr, int taggedCodeUnits) {
        long units = Integer.toUnsignedLong(taggedCodeUnits);
        int alignment;
        long byteLength;
        CharsetDecoder decoder;
        switch (cx.encoding()) {
            case UTF8 -> {
                alignment = 1;
                byteLength = units;
                decoder = StandardCharsets.UTF_8.newDecoder();
            }
            case UTF16 -> {
                alignment = 2;
                byteLength = 2 * units;
                decoder = StandardCharsets.UTF_16LE.newDecoder();
            }
            default -> {
                alignment = 2;
                if ((taggedCodeUnits & UTF16_TAG) != 0) {
                    byteLength = 2 * (units ^ Integer.toUnsignedLong(UTF16_TAG));
                    decoder = StandardCharsets.UTF_16LE.newDecoder();
                } else {
                    byteLength = units;
                    decoder = StandardCharsets.ISO_8859_1.newDecoder();
                }
            }
        }
        if (byteLength > MAX_STRING_BYTE_LENGTH) {
            throw new AbiTrap("string of " + byteLength + " bytes exceeds the canonical ABI limit of "
                    + MAX_STRING_BYTE_LENGTH);
        }
        if (Integer.remainderUnsigned(ptr, alignment) != 0) {
            throw new AbiTrap("string pointer " + Integer.toUnsignedString(ptr) + " is not aligned to " + alignment);
        }
        cx.checkRange(ptr, byteLength);
        byte[] bytes = cx.memory().read(ptr, (int) byteLength);
        try {
            return decoder.onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AbiTrap("string at " + Integer.toUnsignedString(ptr) + " is not valid "
                    + decoder.charset().name() + ": " + e.getMessage());
        }
    }

    static Stored store(CallContext cx, String s) {
        checkWellFormed(s);
        int units = s.length();
        return switch (cx.encoding()) {
            case UTF8 -> storeUtf8(cx, s, units);
            case UTF16 -> {
                int ptr = cx.allocate(2, 2 * units);
                cx.memory().write(ptr, s.getBytes(StandardCharsets.UTF_16LE));
                yield new Stored(ptr, units);
            }
            case LATIN1_UTF16 -> storeLatin1OrUtf16(cx, s, units);
        };
    }

    // The host knows the exact encoded size up front, so each string costs one realloc call of
    // exactly its size (as in wasmtime, whose host strings are UTF-8). The spec's UTF-16-source
    // sequence (allocate, grow, shrink) would also be valid, but the preview 1 adapter's import
    // allocator accepts only fresh allocations and traps on a grow.
    private static Stored storeUtf8(CallContext cx, String s, int units) {
        byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
        int ptr = cx.allocate(1, encoded.length);
        cx.memory().write(ptr, encoded);
        return new Stored(ptr, encoded.length);
    }

    private static Stored storeLatin1OrUtf16(CallContext cx, String s, int units) {
        boolean latin1 = s.chars().allMatch(c -> c < 256);
        if (latin1) {
            int ptr = cx.allocate(2, units);
            cx.memory().write(ptr, s.getBytes(StandardCharsets.ISO_8859_1));
            return new Stored(ptr, units);
        }
        int ptr = cx.allocate(2, 2 * units);
        cx.memory().write(ptr, s.getBytes(StandardCharsets.UTF_16LE));
        return new Stored(ptr, units | UTF16_TAG);
    }

    private static void checkWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new AbiTrap("string has an unpaired surrogate at index " + i + "; component strings must be valid Unicode");
            }
        }
        if ((long) s.length() * 3 > Integer.MAX_VALUE) {
            throw new AbiTrap("string of " + s.length() + " chars is too long to pass to a guest");
        }
    }
}
