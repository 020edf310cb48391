//! Reading a file the user picked or dropped.

use thiserror::Error;
use wasm_bindgen_futures::JsFuture;
use web_sys::File;

/// Files larger than this are refused before they are read. Storage packs
/// data to about a fifth of its JSON, and exports are indented: the largest
/// workspace that can be kept exports to about 40 MB.
pub const MAX_IMPORT_MEGABYTES: f64 = 64.0;
const MAX_IMPORT_BYTES: f64 = MAX_IMPORT_MEGABYTES * 1024.0 * 1024.0;

#[derive(Clone, Debug, PartialEq, Error)]
pub enum ReadError {
    #[error(
        "the file is {megabytes:.1} MB; files up to {MAX_IMPORT_MEGABYTES} MB can be imported"
    )]
    TooLarge { megabytes: f64 },
    #[error("the file is not UTF-8 text (byte {at})")]
    NotUtf8 { at: usize },
    #[error("the browser could not read the file")]
    Unreadable,
}

/// The file's text, checked to be UTF-8 byte for byte (a browser's own text
/// decoding would silently replace bad bytes).
pub async fn read_text(file: &File) -> Result<String, ReadError> {
    if file.size() > MAX_IMPORT_BYTES {
        return Err(ReadError::TooLarge {
            megabytes: file.size() / 1024.0 / 1024.0,
        });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8 {
        at: e.utf8_error().valid_up_to(),
    })
}
