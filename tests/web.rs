//! The WebAssembly build in Node: `wasm-pack test --node` runs the checks of `tests/wasm/`.
#![cfg(target_arch = "wasm32")]

mod support;
mod wasm;
