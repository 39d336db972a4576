// A panic prints its message to stderr, then aborts: on wasm32 that is a trap.
fn checked_index(v: &[u32], i: usize) -> u32 {
    v[i]
}

fn main() {
    let v = vec![1, 2, 3];
    println!("sum of first two = {}", checked_index(&v, 0) + checked_index(&v, 1));
    let i = std::env::args().count() + 9;
    println!("{}", checked_index(&v, i));
}
