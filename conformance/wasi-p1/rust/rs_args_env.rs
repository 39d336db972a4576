// std::env sees the arguments in order and exactly the granted environment.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("args={}", args.len());
    for (i, a) in args.iter().enumerate() {
        println!("arg {}: {:?}", i, a);
    }
    let mut vars: Vec<(String, String)> = std::env::vars().collect();
    vars.sort();
    for (k, v) in &vars {
        println!("env {}={:?}", k, v);
    }
    println!("HOME set: {}", std::env::var("HOME").is_ok());
}
