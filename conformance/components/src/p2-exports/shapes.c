// Implements wasmhost:test/shapes (wit/shapes.wit) with no libc, by the canonical ABI's core
// conventions, so wasmhost's ComponentBuilder can wrap it (build.sh).
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name("wasmhost:test/shapes@0.1.0#" name)))

// area: func(s: shape) -> u64; shape flattens to (discriminant, payload0, payload1)
EXPORT("area") uint64_t area(int32_t tag, int32_t a, int32_t b) {
    switch (tag) {
        case 0: return (uint64_t)(uint32_t)a * (uint32_t)a * 3; // circle(r): about pi r^2
        case 1: return (uint64_t)(int64_t)a * (int64_t)b;      // rect(point{x, y})
        default: return 0;                                      // empty
    }
}

// mirror: func(p: point) -> point; a record result spills to memory: return a pointer to it
static int32_t point_out[2];
EXPORT("mirror") int32_t *mirror(int32_t x, int32_t y) {
    point_out[0] = -x;
    point_out[1] = -y;
    return point_out;
}

// flip: func(c: color) -> color
EXPORT("flip") int32_t flip(int32_t c) { return 2 - c; }

// describe: func(c: color, n: u32) -> string; the result is a pointer to (ptr, len)
static char text[64];
static uint32_t str_out[2];
EXPORT("describe") uint32_t *describe(int32_t c, uint32_t n) {
    static const char *names[] = {"red", "green", "blue"};
    const char *name = names[c];
    uint32_t len = 0;
    for (const char *p = name; *p; p++) text[len++] = *p;
    text[len++] = ' ';
    text[len++] = 'x';
    char digits[10];
    int d = 0;
    do { digits[d++] = (char)('0' + n % 10); n /= 10; } while (n);
    while (d) text[len++] = digits[--d];
    str_out[0] = (uint32_t)text;
    str_out[1] = len;
    return str_out;
}

// The canonical ABI's allocator, for string arguments: a bump allocator that starts over on every
// call of parse-point (its one use), so steady calls do not grow memory.
static unsigned char arena[4096];
static uint32_t used;

__attribute__((export_name("cabi_realloc")))
void *cabi_realloc(void *old, uint32_t old_size, uint32_t align, uint32_t new_size) {
    uint32_t at = (used + align - 1) & ~(align - 1);
    if (old != 0 || at + new_size > sizeof arena) {
        __builtin_trap();
    }
    used = at + new_size;
    return arena + at;
}

// parse-point: func(text: string) -> point; "x,y" with optional minus signs
EXPORT("parse-point") int32_t *parse_point(const char *text, uint32_t len) {
    int32_t v[2] = {0, 0};
    int which = 0, negative = 0;
    for (uint32_t i = 0; i < len; i++) {
        char c = text[i];
        if (c == '-') {
            negative = 1;
        } else if (c == ',') {
            if (negative) v[which] = -v[which];
            which = 1;
            negative = 0;
        } else if (c >= '0' && c <= '9') {
            v[which] = v[which] * 10 + (c - '0');
        }
    }
    if (negative) v[which] = -v[which];
    used = 0;
    point_out[0] = v[0];
    point_out[1] = v[1];
    return point_out;
}
