package dev.wasmhost.guest.wasm;

import dev.wasmhost.guest.ir.IrClass;
import dev.wasmhost.guest.types.Type;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data segment: string constants laid out as ordinary str objects (so the runtime treats them
 * like heap strings; the collector ignores addresses below the heap) and type descriptors, which
 * tell the runtime how to hash, compare, print and trace the elements of lists and dicts.
 */
final class StaticData {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, Integer> strings = new HashMap<>();
    private final Map<Type, Integer> descriptors = new HashMap<>();
    private final int base;
    private final Map<String, IrClass> classes = new HashMap<>();
    private final Map<String, Integer> classDescriptors = new HashMap<>();

    /** Address of the 128 one-character ASCII strs (code point c at asciiStrs + 24 * c), or -1. */
    private final int asciiStrs;
    /** The Unicode tables by their number in {@code __unicode_data(k)}. */
    private static final List<String> UNICODE_TABLES = List.of("flags", "case", "digits", "printable", "class");
    /** Their contents (one char per byte), read once. */
    private static final Map<String, String> UNICODE_DATA = new java.util.concurrent.ConcurrentHashMap<>();

    StaticData(int base, List<IrClass> classes, boolean asciiStrs) {
        this.base = base;
        classes.forEach(c -> this.classes.put(c.name(), c));
        // laid out first, so that one-character constants are these same objects (str_eq's identity test)
        this.asciiStrs = asciiStrs ? here() : -1;
        for (int c = 0; asciiStrs && c < 128; c++) {
            string(String.valueOf((char) c));
        }
    }

    int asciiStrs() {
        if (asciiStrs < 0) {
            throw new IllegalStateException("the ASCII str table was not laid out");
        }
        return asciiStrs;
    }

    int string(String s) {
        Integer at = strings.get(s);
        if (at != null) {
            return at;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int size = Layout.align(16 + utf8.length, 8);
        int addr = here();
        i32(size);
        i32(Layout.KIND_STR);
        i32(utf8.length);
        i32(s.codePointCount(0, s.length()));
        bytes.write(utf8, 0, utf8.length);
        pad();
        strings.put(s, addr);
        return addr;
    }

    /**
     * Unicode table k (flags, case, digits) that the runtime's str methods read for non-ASCII text
     * (written by guest-compiler/tools/unicode_tables.py), as a bytes constant: each is laid out only in
     * programs that use it.
     */
    int unicodeData(int k) {
        return bytesConstant(UNICODE_DATA.computeIfAbsent(UNICODE_TABLES.get(k), table -> {
            String name = "/dev/wasmhost/guest/runtime/unicode_" + table + ".bin";
            try (InputStream in = StaticData.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the compiler's resources");
                }
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    /** A bytes constant ({@code latin1}: one char per byte), laid out like a str object whose length is its byte count. */
    int bytesConstant(String latin1) {
        String key = "\u0000bytes:" + latin1;
        Integer at = strings.get(key);
        if (at != null) {
            return at;
        }
        byte[] raw = latin1.getBytes(StandardCharsets.ISO_8859_1);
        int addr = here();
        i32(Layout.align(16 + raw.length, 8));
        i32(Layout.KIND_STR);
        i32(raw.length);
        i32(raw.length);
        bytes.write(raw, 0, raw.length);
        pad();
        strings.put(key, addr);
        return addr;
    }

    /** [0] kind, [4] field count, [8] bitmap of reference fields (what the collector traces), [12] the class name. */
    int classDescriptor(String className) {
        Integer at = classDescriptors.get(className);
        if (at != null) {
            return at;
        }
        IrClass c = classes.get(className);
        int name = string(className);
        int bitmap = 0;
        for (int k = 0; k < c.fieldTypes().size(); k++) {
            if (c.fieldTypes().get(k).isRef()) {
                bitmap |= 1 << k;
            }
        }
        int addr = here();
        i32(Layout.DESC_CLASS);
        i32(c.fieldTypes().size());
        i32(bitmap);
        i32(name);
        classDescriptors.put(className, addr);
        return addr;
    }

    int descriptor(Type t) {
        Integer at = descriptors.get(t);
        if (at != null) {
            return at;
        }
        if (t.kind() == Type.Kind.CLASS) {
            return classDescriptor(t.name());
        }
        if (t.kind() == Type.Kind.TUPLE) {
            return tupleDescriptor(t);
        }
        int a = t.a() == null ? 0 : descriptor(t.a());
        int b = t.b() == null ? 0 : descriptor(t.b());
        int addr = here();
        i32(switch (t.kind()) {
            case INT -> Layout.DESC_INT;
            case FLOAT -> Layout.DESC_FLOAT;
            case BOOL -> Layout.DESC_BOOL;
            case STR -> Layout.DESC_STR;
            case BYTES -> Layout.DESC_BYTES;
            case NONE -> Layout.DESC_NONE;
            case LIST -> Layout.DESC_LIST;
            case VARTUPLE -> Layout.DESC_VARTUPLE;
            case DICT, SET -> Layout.DESC_DICT; // a set is a dict whose values are never read
            case OPTIONAL -> Layout.DESC_OPTIONAL;
            case FUNC -> Layout.DESC_FUNC;
            case OBJECT -> throw new IllegalStateException("containers of object are rejected by the checker");
            case CLASS, TUPLE -> throw new IllegalStateException("handled above");
        });
        i32(a);
        i32(b);
        i32(0);
        descriptors.put(t, addr);
        return addr;
    }

    /** Laid out like a class descriptor (so the collector traces tuples as instances), plus the items' descriptors. */
    private int tupleDescriptor(Type t) {
        List<Type> items = t.items();
        int[] itemDescs = new int[items.size()];
        int bitmap = 0;
        for (int k = 0; k < items.size(); k++) {
            itemDescs[k] = descriptor(items.get(k));
            if (items.get(k).isRef()) {
                bitmap |= 1 << k;
            }
        }
        int table = here();
        for (int d : itemDescs) {
            i32(d);
        }
        pad();
        int addr = here();
        i32(Layout.DESC_TUPLE);
        i32(items.size());
        i32(bitmap);
        i32(table);
        descriptors.put(t, addr);
        return addr;
    }

    int base() {
        return base;
    }

    int end() {
        return here();
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }

    private int here() {
        return base + bytes.size();
    }

    private void i32(int v) {
        for (int k = 0; k < 4; k++) {
            bytes.write((v >>> (8 * k)) & 0xFF);
        }
    }

    private void pad() {
        while (bytes.size() % 8 != 0) {
            bytes.write(0);
        }
    }
}
