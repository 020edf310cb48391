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
