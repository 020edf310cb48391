//! With the `split` feature the release wasm is cut in two after linking
//! (scripts/wasm-split/), which needs the linker to keep its relocations in
//! the file. Only then: in any other wasm they are megabytes of dead weight.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
