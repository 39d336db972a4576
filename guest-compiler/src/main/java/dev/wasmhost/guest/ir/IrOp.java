package dev.wasmhost.guest.ir;

/**
 * Primitive operations of the typed IR. Each has a fixed meaning for fixed argument types, so a
 * backend never has to look at Python semantics again: {@code INT_ADD} is a 64-bit add that raises
 * OverflowError, {@code LIST_GET} indexes with Python's negative-index rule and raises IndexError.
 * Ops marked "runtime" are implemented by the runtime library; the rest are expected inline.
 */
public enum IrOp {
    // int (i64) arithmetic; raising OverflowError / ZeroDivisionError as Python would
    INT_ADD, INT_SUB, INT_MUL, INT_FLOORDIV, INT_MOD, INT_POW, INT_NEG, INT_ABS,
    INT_AND, INT_OR, INT_XOR, INT_SHL, INT_SHR, INT_INVERT, INT_MIN, INT_MAX,
    INT_EQ, INT_NE, INT_LT, INT_LE, INT_GT, INT_GE,
    // float (f64) arithmetic
    /** int / int: both already converted to float; differs from FLOAT_DIV only in its error text. */
    INT_TRUEDIV,
    FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_DIV, FLOAT_FLOORDIV, FLOAT_MOD, FLOAT_POW, FLOAT_NEG,
    FLOAT_ABS, FLOAT_MIN, FLOAT_MAX,
    FLOAT_EQ, FLOAT_NE, FLOAT_LT, FLOAT_LE, FLOAT_GT, FLOAT_GE,
    // bool
    NOT, BOOL_EQ, BOOL_NE,
    // conversions
    INT_TO_FLOAT, FLOAT_TO_INT, BOOL_TO_INT, FLOAT_ROUND,
    // str (runtime). STR_REPEAT takes one str and one int in source order; the *_CONTAINS ops take
    // (item, container), the order Python evaluates them.
    STR_CONCAT, STR_REPEAT, STR_EQ, STR_NE, STR_LT, STR_LE, STR_GT, STR_GE, STR_LEN, STR_GET,
    STR_CONTAINS, STR_UPPER, STR_LOWER, STR_JOIN, STR_ORD, STR_CHR,
    /** Intrinsic (runtime library only): the address of the 128 static one-character ASCII strs, 24 bytes apart. */
    ASCII_STRS,
    /** Address of Unicode table k (a constant; runtime/unicode_*.bin), laid out as a bytes constant. */
    UNICODE_DATA,
    STR_FROM_INT, STR_FROM_FLOAT, STR_FROM_BOOL, INT_FROM_STR,
    /** repr() of any value; args: the value. */
    REPR,
    /** format(value, spec) with the spec already parsed: value, fill, align, sign, width, grouping, precision, kind. */
    FORMAT_INT, FORMAT_FLOAT, FORMAT_STR,
    /** A format spec's width or precision from a replacement field ({@code {x:{w}.{p}f}}), checked (runtime format_width/format_precision). */
    FORMAT_WIDTH, FORMAT_PRECISION,
    /** len(range(start, stop, step)) and v in range(start, stop, step) (runtime range_len, range_contains). */
    RANGE_LEN, RANGE_CONTAINS,
    /** xs[a:b:s] = ys and del xs[a:b:s] (runtime list_set_slice, list_del_slice): list, start, stop, step, flags[, ys]. */
    LIST_SET_SLICE, LIST_DEL_SLICE,
    /** xs.pop(i) (runtime list_pop_at). */
    LIST_POP_AT,
    // list[T] (runtime); LIST_NEW's result type names T
    LIST_NEW, LIST_APPEND, LIST_GET, LIST_SET, LIST_LEN, LIST_POP, LIST_CONTAINS,
    LIST_SUM_INT, LIST_SUM_FLOAT, LIST_MIN_INT, LIST_MAX_INT, LIST_MIN_FLOAT, LIST_MAX_FLOAT,
    LIST_EXTEND, LIST_INSERT, LIST_REVERSE, LIST_SORT, LIST_FIND, LIST_COUNT, LIST_REMOVE, LIST_CLEAR,
    LIST_ANY, LIST_ALL,
    /** hash(value): args: the value (int, bool, float, str, bytes or a tuple of those). */
    HASH,
    /** pow(a, b, m) on ints (runtime int_pow_mod). */
    INT_POW_MOD,
    /** int(s, base) (runtime int_from_str_base). */
    INT_FROM_STR_BASE,
    /** float(s) (runtime float_from_str). */
    FLOAT_FROM_STR,
    /** round(x, n) of a float (runtime float_round_to) and of an int (int_round_to). */
    FLOAT_ROUND_TO, INT_ROUND_TO,
    /** == of two lists or two dicts of one type (runtime list_eq/dict_eq, with the type's descriptor). */
    LIST_EQ, DICT_EQ,
    /** (a, b, op) for lists of one type: op 0 <, 1 <=, 2 >, 3 >= (runtime list_order). */
    LIST_ORDER,
    /** Python slice bounds (runtime): (n, start, step, flags) and (n, start, stop, step, flags); flags 1 = start given, 2 = stop given. */
    SLICE_START, SLICE_COUNT,
    /** (str, start, stop, step, flags). */
    STR_SLICE,
    STR_FIND, STR_INDEX, STR_COUNT, STR_STARTSWITH, STR_ENDSWITH, STR_STRIP, STR_LSTRIP, STR_RSTRIP,
    STR_REPLACE, STR_ISDIGIT, STR_ISALPHA, STR_ISSPACE,
    /** (str, list[str]) and (str, separator, list[str]): append the pieces to the given list and return it. */
    STR_SPLIT_WS, STR_SPLIT_SEP,
    /**
     * set[T] (runtime; a dict without values): SET_NEW(items...) (the result type names T),
     * SET_ADD(set, v), SET_DISCARD(set, v) → bool (whether it was there), SET_CONTAINS(v, set),
     * SET_LEN(set), SET_ITEM_AT(set, i) (storage order, which is not Python's), SET_CLEAR(set).
     */
    SET_NEW, SET_ADD, SET_DISCARD, SET_CONTAINS, SET_LEN, SET_ITEM_AT, SET_CLEAR,
    /**
     * bytes (runtime, stdlib/../runtime/bytes.py): BYTES_GET → int, BYTES_SLICE(b, start, stop, step, flags),
     * BYTES_CONTAINS(sub, b), BYTES_CONTAINS_INT(v, b), BYTES_ORDER(a, b) → int below, at or above zero,
     * BYTES_FROM_LIST(list[int]), BYTES_ZEROS(n), BYTES_REPEAT(b, n), STR_ENCODE(str) (UTF-8),
     * BYTES_DECODE(b) (UTF-8, UnicodeDecodeError), BYTES_HEX, BYTES_FROMHEX(str), BYTES_FIND(b, sub, start),
     * BYTES_FROM_MEM(address, n) (standard library only).
     */
    BYTES_LEN, BYTES_CONCAT, BYTES_EQ, BYTES_GET, BYTES_SLICE, BYTES_CONTAINS, BYTES_CONTAINS_INT, BYTES_ORDER,
    BYTES_FROM_LIST, BYTES_ZEROS, BYTES_REPEAT, STR_ENCODE, BYTES_DECODE, BYTES_HEX, BYTES_FROMHEX, BYTES_FIND,
    BYTES_FROM_MEM,
    // dict[K, V] (runtime), insertion ordered
    DICT_NEW, DICT_GET, DICT_GET_DEFAULT, DICT_SET, DICT_CONTAINS, DICT_LEN, DICT_KEY_AT, DICT_VALUE_AT,
    /**
     * Tuples: TUPLE_NEW(items...) (the result type names the item types), TUPLE_GET(tuple, constant
     * index), TUPLE_CMP(a, b) → int below, at or above zero (runtime, by the items' descriptors).
     */
    TUPLE_NEW, TUPLE_GET, TUPLE_CMP,
    /**
     * TUPLE_GET_AT(tuple, index): the item at an index computed at run time, of a fixed tuple whose
     * items all have the result's type (Python's negative index; IndexError "tuple index out of range").
     */
    TUPLE_GET_AT,
    /**
     * {@code tuple[T, ...]} (a tuple of any length) is laid out like a list, and the list ops that read
     * (LIST_LEN, LIST_GET, LIST_CONTAINS, LIST_FIND, LIST_COUNT, LIST_EQ, LIST_ORDER, LIST_EXTEND's
     * source, LIST_SUM_*, LIST_MIN_*, LIST_MAX_*, LIST_ANY, LIST_ALL, STR_JOIN's list) take one as they
     * take a list; LIST_GET and LIST_FIND on one raise the tuple's IndexError and ValueError texts.
     * LIST_NEW and LIST_APPEND make one (the checker appends only to a tuple it is making). REPR and
     * HASH print and hash it as a tuple. TUPLE_TO_VAR(fixed tuple) is a new tuple[T, ...] of its items,
     * each converted to T (int or bool to float, bool to int; references as they are).
     */
    TUPLE_TO_VAR,
    // class instances: OBJECT_NEW's result type names the class; FIELD_GET (object, slot index,
    // AttributeError message) raises if the field was never assigned; FIELD_SET (object, slot, value)
    OBJECT_NEW, FIELD_GET, FIELD_SET,
    /**
     * Optionals ({@code T | None}, a reference; 0 is None): OPT_WRAP(T value) → T | None (boxes int,
     * float and bool), OPT_UNWRAP(T | None known not to be None) → T, IS_NONE(T | None) → bool.
     */
    OPT_WRAP, OPT_UNWRAP, IS_NONE,
    /**
     * CLASS_CAST(object): the same object, typed as a subclass the checker proved it is (also any
     * reference as {@code object}, a {@code tuple[C, ...]} as a tuple of a base class of C, and a new
     * list no one else holds as the {@code tuple[T, ...]} of its items: tuple(iterable)).
     * CLASS_NAME(object): its class's name.
     */
    CLASS_CAST, CLASS_NAME,
    /**
     * Function values: MAKE_CLOSURE(function name as a str constant, cells...) → Callable (the
     * function takes the closure itself as a hidden first parameter and reads its cells from it);
     * CALL_INDIRECT(closure, args...) calls it. Cells hold variables that inner functions share:
     * CELL_NEW(value), CELL_GET(cell), CELL_SET(cell, value).
     */
    MAKE_CLOSURE, CALL_INDIRECT, CELL_NEW, CELL_GET, CELL_SET,
    /** (object, object): the same object (Python's "is" on instances). */
    REF_EQ,
    /** (object, class name as a str constant): true if the object's exact class is that class. */
    CLASS_IS,
    // effects
    /** Writes a str to stdout. */
    PRINT,
    /** Raises a Python exception (args: exception name, message); the program exits with status 1. */
    RAISE,
    // ---- intrinsics, only available to the runtime library (prelude)
    LOAD8, LOAD32, LOAD64, STORE8, STORE32, STORE64, FLOAT_BITS, BITS_FLOAT, FLOAT_TRUNC_RAW,
    WRAP_ADD, WRAP_SUB, WRAP_MUL, DIV_RAW, REM_RAW, SHR_UNSIGNED,
    MEMORY_SIZE, MEMORY_GROW, HEAP_BASE, ROOTS_START, ROOTS_END, GLOBALS_START, GLOBALS_END,
    SCRATCH, FD_WRITE, PROC_EXIT, MEMCOPY, MEMFILL,
    /** The address of a str, as an int. */
    ADDR, SQRT, FLOAT_FLOOR, FLOAT_CEIL,
    /** A host import of the standard library: first argument the {@link HostCall} ordinal. */
    HOST,
    /** 1 when compiling for the component target, else 0. */
    IS_COMPONENT,
    /** Runtime calls for the standard library: raw_alloc(n) pauses the collector, gc_resume ends the pause. */
    RAW_ALLOC, GC_RESUME, STR_FROM_BYTES,
    // str methods (session 6), all runtime. The *_IN searches take (str, sub, start, end), start and
    // end as in CPython (the checker passes 0 and 2**62 for absent ones). STR_PARTITION and
    // STR_RPARTITION take (str, sep, tuple of three "") and fill that tuple; the split ops take the
    // new list to fill last: STR_SPLITLINES(str, keepends, list), STR_SPLIT_MAX(str, sep, maxsplit,
    // list), STR_SPLIT_WS_MAX(str, maxsplit, list), STR_RSPLIT_SEP, STR_RSPLIT_WS likewise.
    // STR_LJUST/STR_RJUST/STR_CENTER(str, width, fill), STR_ZFILL(str, width).
    STR_FIND_IN, STR_RFIND_IN, STR_INDEX_IN, STR_RINDEX_IN, STR_COUNT_IN, STR_STARTSWITH_IN, STR_ENDSWITH_IN,
    STR_PARTITION, STR_RPARTITION, STR_REMOVEPREFIX, STR_REMOVESUFFIX, STR_SPLITLINES,
    STR_SPLIT_MAX, STR_SPLIT_WS_MAX, STR_RSPLIT_SEP, STR_RSPLIT_WS,
    STR_STRIP_CHARS, STR_LSTRIP_CHARS, STR_RSTRIP_CHARS, STR_LJUST, STR_RJUST, STR_CENTER, STR_ZFILL,
    STR_TITLE, STR_CAPITALIZE, STR_SWAPCASE, STR_ISLOWER, STR_ISUPPER, STR_ISALNUM, STR_ISNUMERIC, STR_ISDECIMAL, STR_ISASCII, STR_ISTITLE, STR_ISPRINTABLE, STR_CASEFOLD,
    // dict and set methods (session 6)
    /**
     * Runtime calls (containers.py): DICT_POP(d, k) → V (KeyError), DICT_POP_DEFAULT(d, k, default) → V,
     * DICT_SETDEFAULT(d, k, v) → V, DICT_CLEAR(d), LIST_DEL(list, i) (IndexError), SET_POP(set) → T (the
     * smallest element; KeyError when empty), SET_ISSUBSET(a, b), SET_ISDISJOINT(a, b), and the in-place
     * SET_UPDATE(a, b), SET_INTERSECTION_UPDATE, SET_DIFFERENCE_UPDATE, SET_SYMMETRIC_DIFFERENCE_UPDATE
     * on two sets of one type.
     */
    DICT_POP, DICT_POP_DEFAULT, DICT_SETDEFAULT, DICT_CLEAR, LIST_DEL, SET_POP, SET_ISSUBSET, SET_ISDISJOINT,
    SET_UPDATE, SET_INTERSECTION_UPDATE, SET_DIFFERENCE_UPDATE, SET_SYMMETRIC_DIFFERENCE_UPDATE
}
