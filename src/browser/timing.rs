//! User Timing marks around the app's heavy steps, so that `make bench` and
//! DevTools' Performance panel can see how long each took (issue 9).

/// Runs `step` between a mark and a `performance.measure` named `name`
/// (prefixed `account-desk:`). Without a Performance object it just runs.
pub fn measured<T>(name: &str, step: impl FnOnce() -> T) -> T {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return step();
    };
    let start = format!("account-desk:{name}:start");
    let _ = performance.mark(&start);
    let result = step();
    let _ = performance.measure_with_start_mark(&format!("account-desk:{name}"), &start);
    performance.clear_marks_with_mark_name(&start);
    result
}

/// Resolves once the browser has had the chance to draw a frame: a long
/// step started after it runs behind a note the person already sees. A
/// hidden page draws no frames; there it only lets other tasks run first.
pub async fn next_frame() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let Some(window) = web_sys::window() else {
        return;
    };
    let visible = window.document().is_some_and(|d| !d.hidden());
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let later = window.clone();
        let after_frame = Closure::once_into_js(move || {
            if later
                .set_timeout_with_callback(resolve.unchecked_ref())
                .is_err()
            {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        });
        let scheduled = if visible {
            window
                .request_animation_frame(after_frame.unchecked_ref())
                .is_ok()
        } else {
            window
                .set_timeout_with_callback(after_frame.unchecked_ref())
                .is_ok()
        };
        if !scheduled {
            let _ = after_frame
                .unchecked_ref::<js_sys::Function>()
                .call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
