// std::process::exit(3) ends the program at once with status 3 (no unwinding, no destructors).
struct Loud;
impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop ran (it must not)");
    }
}

fn main() {
    let _guard = Loud;
    println!("exiting with 3");
    std::process::exit(3);
}
