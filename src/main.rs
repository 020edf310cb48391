fn main() {
    #[cfg(target_arch = "wasm32")]
    account_desk::ui::start();
}
