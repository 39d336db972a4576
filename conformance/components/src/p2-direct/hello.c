// A wasi:cli/command written against WASI 0.2 directly, with no libc and no adapter: its core
// imports and exports follow the component model's core naming convention, so wasmhost's
// ComponentBuilder (host/component) can wrap it into a component. Prints its arguments.
#include <stdint.h>

#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))

IMPORT("wasi:cli/stdout@0.2.0", "get-stdout") extern int32_t get_stdout(void);
IMPORT("wasi:cli/environment@0.2.0", "get-arguments") extern void get_arguments(int32_t retptr);
IMPORT("wasi:io/streams@0.2.0", "[method]output-stream.blocking-write-and-flush")
extern void blocking_write_and_flush(int32_t self, int32_t ptr, int32_t len, int32_t retptr);
IMPORT("wasi:io/streams@0.2.0", "[resource-drop]output-stream") extern void drop_output_stream(int32_t self);

// clang turns copy loops into memcpy calls; with no libc, this is it.
void *memcpy(void *dst, const void *src, unsigned long n) {
    unsigned char *d = dst;
    const unsigned char *s = src;
    while (n--) *d++ = *s++;
    return dst;
}

// The canonical ABI's allocator: a bump allocator over a static arena is enough for a command.
static unsigned char arena[64 * 1024];
static uint32_t used;

__attribute__((export_name("cabi_realloc")))
void *cabi_realloc(void *old, uint32_t old_size, uint32_t align, uint32_t new_size) {
    uint32_t at = (used + align - 1) & ~(align - 1);
    if (at + new_size > sizeof arena) {
        __builtin_trap();
    }
    used = at + new_size;
    unsigned char *p = arena + at;
    for (uint32_t i = 0; i < old_size && i < new_size; i++) {
        p[i] = ((unsigned char *)old)[i];
    }
    return p;
}

struct str { const char *ptr; uint32_t len; };
struct strs { struct str *ptr; uint32_t len; };

static char line[1024];
static uint32_t line_len;

static void put(const char *s, uint32_t n) {
    for (uint32_t i = 0; i < n && line_len < sizeof line; i++) {
        line[line_len++] = s[i];
    }
}

static int write_line(int32_t out) {
    // result<_, stream-error>: byte 0 is the discriminant, the error payload follows.
    uint32_t ret[4] = {0};
    blocking_write_and_flush(out, (int32_t)line, (int32_t)line_len, (int32_t)ret);
    line_len = 0;
    return (ret[0] & 0xff) == 0;
}

__attribute__((export_name("wasi:cli/run@0.2.0#run")))
int32_t run(void) {
    struct strs args;
    get_arguments((int32_t)&args);
    int32_t out = get_stdout();
    put("hello from a WASI 0.2 component with ", 37);
    char count = (char)('0' + (args.len % 10));
    put(&count, 1);
    put(" argument(s):", 13);
    for (uint32_t i = 0; i < args.len; i++) {
        put(" [", 2);
        put(args.ptr[i].ptr, args.ptr[i].len);
        put("]", 1);
    }
    put("\n", 1);
    int ok = write_line(out);
    drop_output_stream(out);
    return ok ? 0 : 1; // result<_, _>: 0 is ok
}
