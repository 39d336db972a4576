// Unbounded recursion through a volatile-read function pointer exhausts the engine's stack
// (the optimizer cannot turn it into a loop, and nothing lives in linear memory).
static NEXT: fn(u64) -> u64 = recurse;

fn recurse(n: u64) -> u64 {
    let next = unsafe { std::ptr::read_volatile(&NEXT) };
    next(n + 1).wrapping_add(n)
}

fn main() {
    eprintln!("recursing forever");
    println!("{}", recurse(0));
}
