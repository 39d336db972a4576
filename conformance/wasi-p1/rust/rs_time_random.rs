// std::time (Instant, SystemTime, thread::sleep) and the raw random_get import.
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    fn random_get(buf: *mut u8, len: usize) -> u16;
}

fn main() {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock after 1970");
    println!("realtime after 2020: {}", since_epoch.as_secs() > 1_577_836_800);
    let start = Instant::now();
    std::thread::sleep(Duration::from_millis(50));
    println!("slept >= 50ms: {}", start.elapsed() >= Duration::from_millis(50));
    let mut previous = Instant::now();
    let mut monotonic = true;
    for _ in 0..10_000 {
        let now = Instant::now();
        monotonic &= now >= previous;
        previous = now;
    }
    println!("instant never goes back: {}", monotonic);
    let mut a = [0u8; 64];
    let mut b = [0u8; 64];
    let ea = unsafe { random_get(a.as_mut_ptr(), a.len()) };
    let eb = unsafe { random_get(b.as_mut_ptr(), b.len()) };
    println!("random_get errnos: {} {}", ea, eb);
    println!("random not all zero: {}", a.iter().any(|&x| x != 0));
    println!("random calls differ: {}", a != b);
}
