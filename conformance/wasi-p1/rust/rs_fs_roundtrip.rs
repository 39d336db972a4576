// std::fs: create, write, append, read back, metadata, read_dir, copy, rename and remove.
use std::fs;
use std::io::Write;

fn main() -> std::io::Result<()> {
    let base = "sandbox/rs";
    fs::create_dir_all(format!("{base}/nested/deeper"))?;
    fs::write(format!("{base}/a.txt"), "alpha\n")?;
    let mut f = fs::OpenOptions::new().append(true).open(format!("{base}/a.txt"))?;
    f.write_all(b"beta\n")?;
    drop(f);
    println!("a.txt = {:?}", fs::read_to_string(format!("{base}/a.txt"))?);
    let meta = fs::metadata(format!("{base}/a.txt"))?;
    println!("len = {}, is_file = {}, is_dir = {}", meta.len(), meta.is_file(), meta.is_dir());
    println!("copied = {}", fs::copy(format!("{base}/a.txt"), format!("{base}/nested/b.txt"))?);
    fs::rename(format!("{base}/nested/b.txt"), format!("{base}/nested/deeper/c.txt"))?;
    let mut names: Vec<String> = fs::read_dir(format!("{base}/nested"))?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    names.sort();
    println!("nested = {:?}", names);
    match fs::read_to_string("sandbox/missing.txt") {
        Ok(_) => println!("missing read: unexpected success"),
        Err(e) => println!("missing read: {:?}", e.kind()),
    }
    match fs::remove_dir(format!("{base}/nested")) {
        Ok(_) => println!("remove non-empty dir: unexpected success"),
        Err(_) => println!("remove non-empty dir: refused"),
    }
    fs::remove_file(format!("{base}/a.txt"))?;
    println!("a.txt exists after remove = {}", fs::metadata(format!("{base}/a.txt")).is_ok());
    println!("hello.txt = {:?}", fs::read_to_string("sandbox/hello.txt")?);
    Ok(())
}
