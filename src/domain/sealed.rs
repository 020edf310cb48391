//! An export sealed with a passphrase: the envelope's text, encrypted with
//! AES-256-GCM under a key derived by PBKDF2-SHA256. The browser does the
//! cryptography; this module is the file format around it.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::envelope::{FORMAT, VERSION};

/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// Everything needed to open the file again, except the passphrase.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    pub cipher: String,
    pub kdf: String,
    pub iterations: u32,
    /// Base64 of the random 16-byte salt.
    pub salt: String,
    /// Base64 of the random 12-byte initialisation vector.
    pub iv: String,
    /// Base64 of the ciphertext with its authentication tag.
    pub data: String,
}

#[derive(Serialize, Deserialize)]
struct SealedFile {
    format: String,
    version: u32,
    encrypted: Sealed,
}

impl Sealed {
    pub fn new(salt: &[u8], iv: &[u8], ciphertext: &[u8]) -> Self {
        Self {
            cipher: "AES-256-GCM".into(),
            kdf: "PBKDF2-SHA256".into(),
            iterations: PBKDF2_ITERATIONS,
            salt: STANDARD.encode(salt),
            iv: STANDARD.encode(iv),
            data: STANDARD.encode(ciphertext),
        }
    }

    /// The salt, IV and ciphertext as bytes; `None` if the file was tampered with.
    pub fn bytes(&self) -> Option<(Vec<u8>, Vec<u8>, Vec<u8>)> {
        Some((
            STANDARD.decode(&self.salt).ok()?,
            STANDARD.decode(&self.iv).ok()?,
            STANDARD.decode(&self.data).ok()?,
        ))
    }

    /// The file to download: it says it is an encrypted Account Desk file.
    pub fn to_file(&self) -> String {
        let file = SealedFile {
            format: FORMAT.into(),
            version: VERSION,
            encrypted: self.clone(),
        };
        serde_json::to_string_pretty(&file).expect("sealed files serialise")
    }

    /// The sealed part of `raw`, when `raw` is an encrypted Account Desk file.
    pub fn from_file(raw: &str) -> Option<Sealed> {
        let file: SealedFile = serde_json::from_str(raw).ok()?;
        (file.format == FORMAT
            && file.encrypted.cipher == "AES-256-GCM"
            && file.encrypted.kdf == "PBKDF2-SHA256")
            .then_some(file.encrypted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::envelope::{restore, RestoreError};

    #[test]
    fn a_sealed_file_says_what_it_is_and_round_trips() {
        let sealed = Sealed::new(&[1; 16], &[2; 12], b"ciphertext");
        let file = sealed.to_file();
        let value: serde_json::Value = serde_json::from_str(&file).unwrap();
        assert_eq!(value["format"], "account-desk");
        assert_eq!(value["encrypted"]["cipher"], "AES-256-GCM");
        assert_eq!(value["encrypted"]["iterations"], 600_000);
        let back = Sealed::from_file(&file).unwrap();
        assert_eq!(
            back.bytes(),
            Some((vec![1; 16], vec![2; 12], b"ciphertext".to_vec()))
        );
    }

    #[test]
    fn the_chokepoint_asks_for_the_passphrase_instead_of_guessing() {
        let file = Sealed::new(&[1; 16], &[2; 12], b"x").to_file();
        assert_eq!(restore(&file).unwrap_err(), RestoreError::Encrypted);
        assert!(
            Sealed::from_file(r#"{"format":"account-desk","version":1,"workspace":{}}"#).is_none()
        );
    }
}
