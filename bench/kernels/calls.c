/* calls: call-heavy kernel. Naive recursive Fibonacci (direct calls), then a loop of indirect
 * calls through a table of function pointers (call_indirect in wasm).
 * Usage: calls [FIB_N [INDIRECT_CALLS]]  (defaults 32 and 50000000). Prints both results. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint32_t fib(uint32_t n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

/* noinline keeps each call a real call; the table keeps it indirect. */
__attribute__((noinline)) static uint32_t op_add(uint32_t a, uint32_t b) { return a + b; }
__attribute__((noinline)) static uint32_t op_xor(uint32_t a, uint32_t b) { return a ^ (b * 31u); }
__attribute__((noinline)) static uint32_t op_rot(uint32_t a, uint32_t b) { return (a << 5 | a >> 27) + b; }
__attribute__((noinline)) static uint32_t op_mul(uint32_t a, uint32_t b) { return a * 2654435761u + b; }
__attribute__((noinline)) static uint32_t op_sub(uint32_t a, uint32_t b) { return a - (b ^ 0x9e3779b9u); }
__attribute__((noinline)) static uint32_t op_shr(uint32_t a, uint32_t b) { return (a >> 3) ^ b ^ a; }
__attribute__((noinline)) static uint32_t op_neg(uint32_t a, uint32_t b) { return ~a + b; }
__attribute__((noinline)) static uint32_t op_mix(uint32_t a, uint32_t b) { return (a ^ b) * 0x85ebca6bu; }

typedef uint32_t (*op_fn)(uint32_t, uint32_t);

/* volatile so the compiler cannot resolve the targets at compile time. */
static op_fn volatile ops[8] = {op_add, op_xor, op_rot, op_mul, op_sub, op_shr, op_neg, op_mix};

int main(int argc, char **argv) {
    uint32_t n = argc > 1 ? (uint32_t)atol(argv[1]) : 32;
    long calls = argc > 2 ? atol(argv[2]) : 50000000L;
    printf("fib(%u) = %u\n", n, fib(n));
    uint32_t acc = 1, state = 12345;
    for (long i = 0; i < calls; i++) {
        state = state * 1103515245u + 12345u;
        acc = ops[(state >> 16) & 7](acc, (uint32_t)i);
    }
    printf("indirect %ld calls: %08x\n", calls, acc);
    return 0;
}
