//! Copies the hand-written data files of `data/` into `OUT_DIR` without their comments, for
//! `data_file!` to embed: the comments document the files in the repository and would only add
//! bytes to the binary and the `.wasm`. A comment line becomes an empty line, so that a bad
//! row's line number is still its line in `data/`.

use std::{env, fs, path::Path};

fn main() {
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    fs::create_dir_all(&out).expect("OUT_DIR/data can be created");
    println!("cargo:rerun-if-changed=data");
    for entry in fs::read_dir("data").expect("data/ is beside Cargo.toml") {
        let path = entry.expect("data/ can be listed").path();
        let is_table = path.extension().is_some_and(|e| e == "tsv" || e == "txt");
        if !path.is_file() || !is_table {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let stripped: String =
            text.split_inclusive('\n').map(|line| if line.starts_with('#') { "\n" } else { line }).collect();
        fs::write(out.join(path.file_name().expect("a file has a name")), stripped)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}
