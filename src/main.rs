//! The `newsmark` command: analyse an article or a stream of articles, or evaluate against gold
//! documents.
//!
//! Native only: built for WebAssembly (as `wasm-pack test` does for every target of the crate),
//! it is an empty program.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
