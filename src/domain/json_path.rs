//! The path (`clients[3].contacts[0].email`) of the value at a position in
//! JSON text, so that a record of the wrong shape is named by where it is.
//!
//! serde_json reports a shape error's line and column, just after the value
//! at fault (or after the object that lacks a field). Walking the text up to
//! there with a stack of objects and arrays gives the path without a second,
//! path-tracking deserialiser of every record in the wasm.

enum Frame {
    Object {
        key: Option<String>,
        expecting_key: bool,
    },
    Array {
        index: usize,
        started: bool,
    },
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Array {
                index,
                started: true,
            } => path.push_str(&format!("[{index}]")),
            _ => {}
        }
    }
    path
}

/// The path of the value that ends at `line` and `column` (serde_json's
/// numbering: lines from 1, columns as bytes into the line).
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let line_start: usize = text
        .split('\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    let end = (line_start + column).min(text.len());
    let bytes = &text.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    // The path of a container closed by the last token read: a missing
    // field is reported just after its object.
    let mut closed: Option<String> = None;
    let mut at = 0;
    while at < bytes.len() {
        let byte = bytes[at];
        at += 1;
        if byte.is_ascii_whitespace() {
            continue;
        }
        if !matches!(byte, b'}' | b']') {
            closed = None;
        }
        let starts_value = matches!(
            byte,
            b'"' | b'{' | b'[' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
        );
        if let Some(Frame::Array { started, .. }) = stack.last_mut() {
            if starts_value {
                *started = true;
            }
        }
        match byte {
            b'"' => {
                let start = at;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                let content = &text[start..at.min(bytes.len())];
                at += 1;
                if let Some(Frame::Object { key, expecting_key }) = stack.last_mut() {
                    if *expecting_key {
                        *key = Some(content.to_string());
                        *expecting_key = false;
                    }
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                expecting_key: true,
            }),
            b'[' => stack.push(Frame::Array {
                index: 0,
                started: false,
            }),
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                Some(Frame::Array { index, started }) => {
                    *index += 1;
                    *started = false;
                }
                None => {}
            },
            b'}' | b']' => {
                stack.pop();
                closed = Some(render(&stack));
            }
            _ => {}
        }
    }
    closed.unwrap_or_else(|| render(&stack))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where serde_json puts the error, found by the test: just after `marker`.
    fn after(text: &str, marker: &str) -> String {
        let end = text.find(marker).unwrap() + marker.len();
        let line = text[..end].matches('\n').count() + 1;
        let column = end - text[..end].rfind('\n').map_or(0, |n| n + 1);
        path_at(text, line, column)
    }

    const META: &str = r#""meta":{"id":"6f1c2b9e-0a4d-4c1e-9f6a-2d7b8e3c5a10","rev":1}"#;

    #[test]
    fn names_the_value_at_fault() {
        let text = format!(r#"{{"workspace":{{"clients":[{{{META},"name":42}}]}}}}"#);
        assert_eq!(after(&text, "42"), "workspace.clients[0].name");
        let text =
            format!(r#"{{"workspace":{{"clients":[{{{META},"name":"x","status":"weird"}}]}}}}"#);
        assert_eq!(after(&text, "\"weird\""), "workspace.clients[0].status");
        let text = r#"{"workspace":{"clients":[{"meta":{"id":"nope"}}]}}"#;
        assert_eq!(after(text, "\"nope\""), "workspace.clients[0].meta.id");
    }

    #[test]
    fn counts_array_items_across_lines_and_escaped_quotes() {
        let text = format!(
            "{{\"workspace\": {{\"clients\": [\n  {{{META}, \"name\": \"Quán \\\"Ba\\\" Miền\"}},\n  {{{META}, \"name\": \"y\", \"contacts\": [{{\"name\": \"a\"}}, {{\"email\": 7}}]}}\n]}}}}"
        );
        assert_eq!(
            after(&text, "\"email\": 7"),
            "workspace.clients[1].contacts[1].email"
        );
    }

    #[test]
    fn a_missing_field_names_the_object_that_lacks_it() {
        let text = format!(r#"{{"workspace":{{"clients":[{{"name":"a"}},{{{META}}}]}}}}"#);
        let end = text.rfind("}]").unwrap() + 1;
        assert_eq!(path_at(&text, 1, end), "workspace.clients[1]");
    }

    #[test]
    fn a_value_of_the_wrong_kind_names_its_key() {
        let text = r#"{"workspace":{"clients":{}}}"#;
        assert_eq!(after(text, r#""clients":"#), "workspace.clients");
        assert_eq!(path_at("", 1, 0), "");
        assert_eq!(path_at("[1,2", 9, 99), "[1]");
    }
}
