//! An export sealed with a passphrase: the envelope's text, encrypted with
//! AES-256-GCM under a key derived by PBKDF2-SHA256. The browser does the
//! cryptography; this module is the file format around it.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use super::envelope::{FORMAT, VERSION};

/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// The rounds a file may ask for. Fewer would make a weak lock look like a
/// good one; more than ten million takes the browser minutes (10^9 hung the
/// page), and no Account Desk ever sealed with either.
pub const MIN_ITERATIONS: u32 = 100_000;
pub const MAX_ITERATIONS: u32 = 10_000_000;

/// Byte lengths Account Desk seals with: a 16-byte salt, the 12-byte IV
/// AES-GCM is meant for, and at least the 16-byte authentication tag.
const SALT_BYTES: usize = 16;
const IV_BYTES: usize = 12;
const TAG_BYTES: usize = 16;

/// Why a sealed file cannot be opened, before any passphrase is tried.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealProblem {
    /// The file asks for a number of key-derivation rounds outside
    /// [`MIN_ITERATIONS`]..=[`MAX_ITERATIONS`].
    Iterations(u32),
    /// A part is missing, not base64, or of a length no sealing writes.
    Damaged,
}

/// What opening needs: the salt, the IV and the ciphertext with its tag.
pub struct SealedBytes {
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub data: Vec<u8>,
}

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

    /// The parts to open, once the file is seen to be one Account Desk could
    /// have sealed: the rounds within range, each part of the right length.
    /// A file that passes can still be refused by the passphrase check, which
    /// cannot tell a wrong passphrase from changed bytes.
    pub fn checked(&self) -> Result<SealedBytes, SealProblem> {
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&self.iterations) {
            return Err(SealProblem::Iterations(self.iterations));
        }
        let decode = |text: &str| STANDARD.decode(text).map_err(|_| SealProblem::Damaged);
        let bytes = SealedBytes {
            salt: decode(&self.salt)?,
            iv: decode(&self.iv)?,
            data: decode(&self.data)?,
        };
        if bytes.salt.len() != SALT_BYTES
            || bytes.iv.len() != IV_BYTES
            || bytes.data.len() < TAG_BYTES
        {
            return Err(SealProblem::Damaged);
        }
        Ok(bytes)
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
        let sealed = Sealed::new(&[1; 16], &[2; 12], b"ciphertext and tag");
        let file = sealed.to_file();
        let value: serde_json::Value = serde_json::from_str(&file).unwrap();
        assert_eq!(value["format"], "account-desk");
        assert_eq!(value["encrypted"]["cipher"], "AES-256-GCM");
        assert_eq!(value["encrypted"]["iterations"], 600_000);
        let back = Sealed::from_file(&file).unwrap();
        let bytes = back.checked().unwrap();
        assert_eq!(
            (bytes.salt, bytes.iv, bytes.data),
            (vec![1; 16], vec![2; 12], b"ciphertext and tag".to_vec())
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

    #[test]
    fn rounds_outside_the_range_are_refused_before_any_work() {
        let mut sealed = Sealed::new(&[1; 16], &[2; 12], &[3; 40]);
        for (iterations, ok) in [
            (0, false),
            (1, false),
            (MIN_ITERATIONS - 1, false),
            (MIN_ITERATIONS, true),
            (PBKDF2_ITERATIONS, true),
            (MAX_ITERATIONS, true),
            (MAX_ITERATIONS + 1, false),
            (1_000_000_000, false),
            (u32::MAX, false),
        ] {
            sealed.iterations = iterations;
            match sealed.checked() {
                Ok(_) => assert!(ok, "{iterations}"),
                Err(problem) => {
                    assert!(!ok, "{iterations}");
                    assert_eq!(problem, SealProblem::Iterations(iterations));
                }
            }
        }
    }

    #[test]
    fn parts_no_sealing_writes_are_called_damaged() {
        let good = Sealed::new(&[1; 16], &[2; 12], &[3; 40]);
        let damaged = [
            Sealed {
                iv: String::new(),
                ..good.clone()
            },
            Sealed {
                iv: STANDARD.encode([2; 8]),
                ..good.clone()
            },
            Sealed {
                salt: STANDARD.encode([1; 4]),
                ..good.clone()
            },
            Sealed {
                data: STANDARD.encode([3; 15]),
                ..good.clone()
            },
            Sealed {
                data: "not base64!".into(),
                ..good.clone()
            },
        ];
        for sealed in damaged {
            assert_eq!(
                sealed.checked().err(),
                Some(SealProblem::Damaged),
                "{sealed:?}"
            );
        }
    }
}
