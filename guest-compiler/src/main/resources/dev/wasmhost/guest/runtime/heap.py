# Runtime library, part 1: the heap. Compiled together with every program by the guest compiler.
# Objects are int addresses. Each block starts with a header: [0] size in bytes | mark bit, [4] kind.
# Kinds: 0 free, 1 str, 2 list, 3 array (8-byte slots), 4 dict, 5 class instance
# ([8] class descriptor, [12] bitmap of assigned fields, [16...] field slots).
# The collector is a non-moving mark-sweep: roots are the shadow stack (every reference held by a
# running function) and the module variables of reference type.
# Rule for this library: a function may allocate at most once unless everything allocated before
# is already reachable from an argument (arguments are rooted by the caller).

# Free blocks are kept in size classes: bins[size >> 3] heads the list of free blocks of exactly
# size bytes for sizes 16..512 (a table of 4-byte heads just below the heap); free_list holds
# the larger ones (first fit). A free block is [0] size, [4] kind 0, [8] next free block.
# Allocation bumps through the tail [heap_top, heap_end), then through a free run taken from
# free_list, [run_at, run_end), whose unused part is always a well-formed free block.
bins: int = __heap_base()
heap_base: int = __heap_base() + 264
heap_top: int = heap_base
heap_end: int = __memory_size()
free_list: int = 0
run_at: int = 0
run_end: int = 0
live_bytes: int = 0
# The exception being raised: exc_pending is set by fail (a runtime error, by name and message) or
# throw (an exception object). Every call of a function that may raise is followed by a test of
# exc_pending that jumps to the enclosing handler or returns; the backend emits those tests.
exc_pending: bool = False
exc_obj: int = 0
exc_name: int = 0
exc_msg: int = 0
# True while heap blocks that nothing roots are in use: cabi_realloc's blocks (the arguments of an export
# call until the exported function starts, or host results until the standard library has copied them,
# see __gc_resume) and raw_alloc's. No collection may run then: the heap grows instead.
gc_paused: bool = False


def alloc(size: int, kind: int) -> int:
    size = (size + 7) & -8
    if size < 16:
        size = 16
    p = take(size)
    if p == 0 and gc_paused:
        grow(size)
        p = take(size)
        if p == 0:
            fatal(__addr("MemoryError"), __addr(""))
    if p == 0:
        collect()
        # the heap doubles while under 16 MiB or a third or more of it is live: each collection
        # then comes after at least twice the live data in allocation (the memory cap still holds)
        if heap_end - heap_base < 16777216 or live_bytes * 3 > heap_end - heap_base:
            grow(heap_end - heap_base)
        p = take(size)
        if p == 0:
            grow(size)
            p = take(size)
            if p == 0:
                fatal(__addr("MemoryError"), __addr(""))
    __store32(p + 4, kind)
    if kind != 1:
        # a str's creator writes its length fields and all its bytes: only other kinds are zeroed
        zero(p + 8, (__load32(p) & -8) - 8)
    return p


def zero(at: int, n: int) -> None:
    # n is a multiple of 8; small blocks (most objects) are cleared with stores
    if n > 64:
        __memfill(at, 0, n)
        return
    end = at + n
    while at < end:
        __store64(at, 0)
        at = at + 8


def take(size: int) -> int:
    # exact size class, the tail, the current free run, another free run, then larger classes
    global heap_top
    if size <= 512:
        head = bins + (size >> 3) * 4
        b = __load32(head)
        if b != 0:
            __store32(head, __load32(b + 8))
            return b
    if heap_top + size <= heap_end:
        p = heap_top
        heap_top = heap_top + size
        __store32(p, size)
        return p
    if run_end - run_at >= size:
        return carve(size)
    return take_slow(size)


def carve(size: int) -> int:
    # the first size bytes of the current run (which holds at least that many)
    global run_at
    p = run_at
    rest = run_end - p - size
    if rest < 16:
        size = size + rest
        run_at = run_end
    else:
        run_at = p + size
        __store32(run_at, rest)
        __store32(run_at + 4, 0)
    __store32(p, size)
    return p


def take_slow(size: int) -> int:
    global free_list, run_at, run_end
    prev = 0
    b = free_list
    while b != 0:
        if __load32(b) >= size:
            if prev == 0:
                free_list = __load32(b + 8)
            else:
                __store32(prev + 8, __load32(b + 8))
            if run_end > run_at:
                release(run_at, run_end - run_at)
            run_at = b
            run_end = b + __load32(b)
            return carve(size)
        prev = b
        b = __load32(b + 8)
    if size <= 512:
        c = size + 8
        while c <= 512:
            head = bins + (c >> 3) * 4
            b = __load32(head)
            if b != 0:
                __store32(head, __load32(b + 8))
                return split(b, c, size)
            c = c + 8
    return 0


def split(b: int, bsize: int, size: int) -> int:
    # block b (bsize bytes, off every list) serves a request of size bytes; a rest of 16 bytes or
    # more becomes a free block of its own
    if bsize - size >= 16:
        release(b + size, bsize - size)
        bsize = size
    __store32(b, bsize)
    return b


def release(b: int, size: int) -> None:
    # puts the free block at b (size bytes) on its list
    global free_list
    __store32(b, size)
    __store32(b + 4, 0)
    if size <= 512:
        head = bins + (size >> 3) * 4
        __store32(b + 8, __load32(head))
        __store32(head, b)
    else:
        __store32(b + 8, free_list)
        free_list = b


def grow(want: int) -> None:
    global heap_end
    pages = (want + 65535) // 65536
    if __memory_grow(pages) < 0:
        # the host refused (its memory limit): alloc then asks for just the request, or raises MemoryError
        return
    heap_end = __memory_size()


def collect() -> None:
    forget_found()
    forget_cp()
    a = __roots_start()
    e = __roots_end()
    while a < e:
        mark(__load32(a))
        a = a + 4
    a = __globals_start()
    e = __globals_end()
    while a < e:
        mark(__load32(a))
        a = a + 4
    sweep()


def mark(p: int) -> None:
    if p < heap_base or p >= heap_top:
        return
    w = __load32(p)
    if w & 1 == 1:
        return
    __store32(p, w | 1)
    kind = __load32(p + 4)
    if kind == 2:
        mark(__load32(p + 16))
    elif kind == 3:
        if desc_is_ref(__load32(p + 12)):
            n = __load32(p + 8)
            i = 0
            while i < n:
                mark(__load32(p + 16 + i * 8))
                i = i + 1
    elif kind == 4:
        mark(__load32(p + 12))
        mark(__load32(p + 16))
        mark(__load32(p + 20))
    elif kind == 5:
        desc = __load32(p + 8)
        n = __load32(desc + 4)
        bits = __load32(desc + 8)
        i = 0
        while i < n:
            if (bits >> i) & 1 == 1:
                mark(__load32(p + 16 + i * 8))
            i = i + 1


def object_new(desc: int) -> int:
    p = alloc(16 + __load32(desc + 4) * 8, 5)
    __store32(p + 8, desc)
    return p


def sweep() -> None:
    global free_list, heap_top, live_bytes, run_at, run_end
    free_list = 0
    run_at = 0
    run_end = 0
    __memfill(bins, 0, 264)
    live = 0
    run = 0
    p = heap_base
    while p < heap_top:
        w = __load32(p)
        size = w & -8
        if w & 1 == 1:
            __store32(p, size)
            live = live + size
            if run != 0:
                release(run, p - run)
                run = 0
        elif run == 0:
            run = p
        p = p + size
    if run != 0:
        heap_top = run
    live_bytes = live


def desc_is_ref(d: int) -> bool:
    if d == 0:
        return False
    k = __load32(d)
    return k == 4 or k == 6 or k == 7 or k == 8 or k == 9 or k == 10 or k == 11 or k == 12 or k == 13


# ---- errors and output

def fail(name: int, msg: int) -> None:
    global exc_pending, exc_obj, exc_name, exc_msg
    exc_obj = 0
    exc_name = name
    exc_msg = msg
    exc_pending = True


def throw(e: int) -> None:
    global exc_pending, exc_obj
    exc_obj = e
    exc_pending = True


def die(line: int) -> None:
    write_str(2, line)
    write_str(2, __addr("\n"))
    __proc_exit(1)


def fatal(name: int, msg: int) -> None:
    # errors no handler may see: out of memory and out of stack (making an exception object needs both)
    write_str(2, name)
    if __load32(msg + 8) > 0:
        write_str(2, __addr(": "))
        write_str(2, msg)
    write_str(2, __addr("\n"))
    __proc_exit(1)


def fail_text(name: str, msg: str) -> None:
    fail(__addr(name), __addr(msg))


def write_str(fd: int, s: int) -> None:
    write_bytes(fd, s + 16, __load32(s + 8))


def write_bytes(fd: int, at: int, n: int) -> None:
    while n > 0:
        if __fd_write(fd, at, n) != 0:
            return
        done = __load32(24)
        at = at + done
        n = n - done


def print(s: int) -> None:
    write_str(1, s)


def raw_alloc(n: int) -> int:
    # a block for host results; the collector stays paused until gc_resume (the block is then garbage)
    global gc_paused
    gc_paused = True
    return alloc(n + 8, 1) + 8


def gc_resume() -> None:
    global gc_paused
    gc_paused = False
