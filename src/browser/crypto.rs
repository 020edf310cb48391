//! Sealing and opening exports with the browser's own Web Crypto:
//! PBKDF2-SHA256 turns the passphrase into an AES-256-GCM key.

use js_sys::{Array, Object, Reflect, Uint8Array};
use thiserror::Error;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

use crate::domain::sealed::{SealProblem, Sealed, PBKDF2_ITERATIONS};

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CryptoError {
    #[error("this browser offers no encryption here")]
    Unavailable,
    /// The authentication failed: a wrong passphrase, or bytes changed
    /// after sealing (AES-GCM cannot tell which).
    #[error("the passphrase is not the one this file was sealed with")]
    WrongPassphrase,
    #[error("the encrypted file is damaged")]
    Damaged,
    #[error("the file asks for {0} key-derivation rounds")]
    Rounds(u32),
}

impl From<SealProblem> for CryptoError {
    fn from(problem: SealProblem) -> Self {
        match problem {
            SealProblem::Iterations(rounds) => CryptoError::Rounds(rounds),
            SealProblem::Damaged => CryptoError::Damaged,
        }
    }
}

fn subtle() -> Result<(web_sys::Crypto, SubtleCrypto), CryptoError> {
    let crypto = web_sys::window()
        .ok_or(CryptoError::Unavailable)?
        .crypto()
        .map_err(|_| CryptoError::Unavailable)?;
    // `crypto.subtle` is missing in insecure contexts of some browsers.
    let subtle = Reflect::get(&crypto, &"subtle".into()).map_err(|_| CryptoError::Unavailable)?;
    if subtle.is_undefined() {
        return Err(CryptoError::Unavailable);
    }
    Ok((crypto, subtle.unchecked_into()))
}

fn object(entries: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in entries {
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

async fn derive_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, CryptoError> {
    let raw = Uint8Array::from(passphrase.as_bytes());
    let material = subtle
        .import_key_with_object(
            "raw",
            &raw.into(),
            &object(&[("name", "PBKDF2".into())]),
            false,
            &usages(&["deriveKey"]),
        )
        .map_err(|_| CryptoError::Unavailable)?;
    let material: CryptoKey = JsFuture::from(material)
        .await
        .map_err(|_| CryptoError::Unavailable)?
        .unchecked_into();
    let algorithm = object(&[
        ("name", "PBKDF2".into()),
        ("salt", Uint8Array::from(salt).into()),
        ("iterations", f64::from(iterations).into()),
        ("hash", "SHA-256".into()),
    ]);
    let key_type = object(&[("name", "AES-GCM".into()), ("length", 256.0.into())]);
    let key = subtle
        .derive_key_with_object_and_object(
            &algorithm,
            &material,
            &key_type,
            false,
            &usages(&["encrypt", "decrypt"]),
        )
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(JsFuture::from(key)
        .await
        .map_err(|_| CryptoError::Unavailable)?
        .unchecked_into())
}

/// Encrypts `plain` with a key from `passphrase`, a fresh random salt and IV.
pub async fn seal(plain: &str, passphrase: &str) -> Result<Sealed, CryptoError> {
    let (crypto, subtle) = subtle()?;
    let mut salt = [0u8; 16];
    let mut iv = [0u8; 12];
    crypto
        .get_random_values_with_u8_array(&mut salt)
        .map_err(|_| CryptoError::Unavailable)?;
    crypto
        .get_random_values_with_u8_array(&mut iv)
        .map_err(|_| CryptoError::Unavailable)?;
    let key = derive_key(&subtle, passphrase, &salt, PBKDF2_ITERATIONS).await?;
    let algorithm = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(&iv[..]).into()),
    ]);
    let sealed = subtle
        .encrypt_with_object_and_u8_array(&algorithm, &key, plain.as_bytes())
        .map_err(|_| CryptoError::Unavailable)?;
    let sealed = JsFuture::from(sealed)
        .await
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(Sealed::new(&salt, &iv, &Uint8Array::new(&sealed).to_vec()))
}

/// Decrypts a sealed export; a wrong passphrase fails GCM's authentication.
pub async fn open(sealed: &Sealed, passphrase: &str) -> Result<String, CryptoError> {
    let (_, subtle) = subtle()?;
    let bytes = sealed.checked()?;
    let key = derive_key(&subtle, passphrase, &bytes.salt, sealed.iterations).await?;
    let algorithm = object(&[
        ("name", "AES-GCM".into()),
        ("iv", Uint8Array::from(&bytes.iv[..]).into()),
    ]);
    let plain = subtle
        .decrypt_with_object_and_u8_array(&algorithm, &key, &bytes.data)
        .map_err(|_| CryptoError::Damaged)?;
    let plain = JsFuture::from(plain)
        .await
        .map_err(|_| CryptoError::WrongPassphrase)?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::Damaged)
}
