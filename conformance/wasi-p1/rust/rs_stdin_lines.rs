// Reads stdin line by line to EOF, sums the integers and echoes the rest to stderr.
use std::io::BufRead;

fn main() {
    let stdin = std::io::stdin();
    let mut sum: i64 = 0;
    let mut lines = 0;
    for line in stdin.lock().lines() {
        let line = line.expect("stdin is valid UTF-8");
        lines += 1;
        match line.trim().parse::<i64>() {
            Ok(n) => sum += n,
            Err(_) => eprintln!("not a number: {}", line),
        }
    }
    println!("lines={} sum={}", lines, sum);
}
