use std::fmt;
use std::str::FromStr;

use serde::de::{self, value::StrDeserializer, Deserializer, Visitor};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A record identifier: a random UUID v4, so that records created in two
/// browsers never collide when their files are merged.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Id(Uuid);

impl Id {
    pub fn new_v4() -> Self {
        Self(Uuid::new_v4())
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Id({self})")
    }
}

impl FromStr for Id {
    type Err = uuid::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Uuid::parse_str(s).map(Self)
    }
}

/// Reads the hyphenated form Account Desk writes directly; anything else
/// goes to uuid's reader, with its errors. An agency's workspace has some
/// 56 000 ids, and uuid's general reader was a fifth of its restore time
/// (callgrind).
impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct IdVisitor;
        impl Visitor<'_> for IdVisitor {
            type Value = Id;

            fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                // uuid's words, so a wrong value is reported as before.
                formatter.write_str("a formatted UUID string")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Id, E> {
                match hyphenated(value.as_bytes()) {
                    Some(bytes) => Ok(Id(Uuid::from_bytes(bytes))),
                    None => Uuid::deserialize(StrDeserializer::<E>::new(value)).map(Id),
                }
            }
        }
        deserializer.deserialize_str(IdVisitor)
    }
}

/// The 16 bytes of `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (hex digits of
/// either case), or `None`.
fn hyphenated(text: &[u8]) -> Option<[u8; 16]> {
    /// Where each byte's two digits start.
    const AT: [usize; 16] = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
    let text: &[u8; 36] = text.try_into().ok()?;
    if [8, 13, 18, 23].iter().any(|&at| text[at] != b'-') {
        return None;
    }
    let mut bytes = [0_u8; 16];
    let mut invalid = 0_u8;
    for (byte, at) in bytes.iter_mut().zip(AT) {
        let (high, low) = (HEX[usize::from(text[at])], HEX[usize::from(text[at + 1])]);
        invalid |= high | low;
        *byte = high << 4 | low;
    }
    (invalid & NOT_HEX == 0).then_some(bytes)
}

const NOT_HEX: u8 = 0x80;

/// The value of each ASCII hex digit; `NOT_HEX` for every other byte.
const HEX: [u8; 256] = {
    let mut table = [NOT_HEX; 256];
    let mut digit = 0;
    while digit < 10 {
        table[b'0' as usize + digit] = digit as u8;
        digit += 1;
    }
    let mut letter = 0;
    while letter < 6 {
        table[b'a' as usize + letter] = 10 + letter as u8;
        table[b'A' as usize + letter] = 10 + letter as u8;
        letter += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_ids_are_version_4_and_distinct() {
        let a = Id::new_v4();
        let b = Id::new_v4();
        assert_ne!(a, b);
        assert_eq!(a.0.get_version_num(), 4);
    }

    #[test]
    fn round_trips_through_text_and_json() {
        let id = Id::new_v4();
        assert_eq!(id.to_string().parse::<Id>().unwrap(), id);
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(serde_json::from_str::<Id>(&json).unwrap(), id);
    }

    #[test]
    fn rejects_text_that_is_not_a_uuid() {
        assert!("client-1".parse::<Id>().is_err());
    }

    /// The quick reader and uuid's agree on every form, and on what fails.
    #[test]
    fn reads_json_exactly_as_uuid_does() {
        let id = Id::new_v4();
        let upper = id.to_string().to_uppercase();
        for text in [
            id.to_string(),
            upper,
            id.0.simple().to_string(),
            id.0.braced().to_string(),
            id.0.urn().to_string(),
            "67e55044-10b1-426f-9247-bb680e5fe0c8".into(),
            "67e55044-10b1-426f-9247-bb680e5fe0cg".into(),
            "67e55044-10b1-426f-9247bbb680e5fe0c8".into(),
            "67e55044_10b1_426f_9247_bb680e5fe0c8".into(),
            "67e5504-410b1-426f-9247-bb680e5fe0c8".into(),
            "".into(),
            "client-1".into(),
        ] {
            let json = serde_json::to_string(&text).unwrap();
            let ours = serde_json::from_str::<Id>(&json)
                .map(|id| id.0)
                .map_err(|e| e.to_string());
            let theirs = serde_json::from_str::<Uuid>(&json).map_err(|e| e.to_string());
            assert_eq!(ours, theirs, "{text}");
        }
        let ours = serde_json::from_str::<Id>("5").unwrap_err().to_string();
        let theirs = serde_json::from_str::<Uuid>("5").unwrap_err().to_string();
        assert_eq!(ours, theirs);
    }
}
