//! Text packed for localStorage: LZ4-compressed, then written 15 bits per
//! UTF-16 code unit.
//!
//! localStorage counts UTF-16 code units, not bytes, so a compressed byte
//! stream is spread over code units `0x0800..0x8800`: 32 768 code points with
//! no surrogates (which browsers may mangle), no controls and no quotes. JSON
//! of agency data packs to about a fifth of its length (ids do not compress). Only storage uses
//! this; exported files stay plain JSON.

use thiserror::Error;

/// The first code unit used; `FIRST + 0x7fff` is the last.
const FIRST: u32 = 0x0800;
const BITS: u32 = 15;
const MASK: u32 = (1 << BITS) - 1;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PackError {
    #[error("a character outside the packed alphabet at position {0}")]
    Alphabet(usize),
    #[error("the packed text is cut short")]
    Truncated,
    #[error("the compressed data is damaged: {0}")]
    Damaged(String),
}

pub fn pack(text: &str) -> String {
    pack_bytes(text.as_bytes())
}

/// Any bytes packed as text does: for tests of what unpacking must refuse.
pub(crate) fn pack_bytes(plain: &[u8]) -> String {
    spread(&lz4_flex::compress_prepend_size(plain))
}

/// `bytes`, after their length, written 15 bits per code unit.
fn spread(bytes: &[u8]) -> String {
    let len = bytes.len() as u32;
    let mut out = String::with_capacity((bytes.len() * 8 / 15 + 3) * 3);
    let mut push = |unit: u32| out.push(char::from_u32(FIRST + unit).expect("below surrogates"));
    push(len & MASK);
    push(len >> BITS);
    let (mut acc, mut held) = (0_u32, 0_u32);
    for &byte in bytes {
        acc = (acc << 8) | u32::from(byte);
        held += 8;
        if held >= BITS {
            held -= BITS;
            push((acc >> held) & MASK);
            acc &= (1 << held) - 1;
        }
    }
    if held > 0 {
        push((acc << (BITS - held)) & MASK);
    }
    out
}

pub fn unpack(packed: &str) -> Result<String, PackError> {
    let compressed = Compressed::read(packed)?;
    let mut plain = Vec::with_capacity(compressed.len());
    compressed.decompress_into(&mut plain)?;
    String::from_utf8(plain).map_err(|e| PackError::Damaged(e.to_string()))
}

/// A packed text read back to its compressed bytes, which state the length
/// of the text: a reader of several can size one buffer for all of them.
pub struct Compressed {
    /// The LZ4 block, after its stated length.
    block: Vec<u8>,
    len: usize,
}

impl Compressed {
    pub fn read(packed: &str) -> Result<Self, PackError> {
        let units = code_units(packed)?;
        let [low, high, data @ ..] = units.as_slice() else {
            return Err(PackError::Truncated);
        };
        let len = (u32::from(*low) | (u32::from(*high) << BITS)) as usize;
        // Four bytes at a time into a buffer of the final size: in the wasm
        // a push per byte is a call per byte.
        let mut bytes = vec![0_u8; data.len() * BITS as usize / 8 + 4];
        let mut filled = 0;
        let (mut acc, mut held) = (0_u64, 0_u32);
        for &unit in data {
            acc = (acc << BITS) | u64::from(unit);
            held += BITS;
            if held >= 32 {
                held -= 32;
                bytes[filled..filled + 4].copy_from_slice(&((acc >> held) as u32).to_be_bytes());
                filled += 4;
                acc &= (1 << held) - 1;
            }
        }
        while held >= 8 {
            held -= 8;
            bytes[filled] = (acc >> held) as u8;
            filled += 1;
        }
        if filled < len || len < 4 {
            return Err(PackError::Truncated);
        }
        bytes.truncate(len);
        let (text_len, _) = lz4_flex::block::uncompressed_size(&bytes)
            .map_err(|e| PackError::Damaged(e.to_string()))?;
        // LZ4 expands at most 255-fold: a larger stated length is damage,
        // and must not be allocated.
        if text_len > (len - 4).saturating_mul(255) {
            return Err(PackError::Damaged(format!(
                "it states {text_len} bytes of text for {} compressed",
                len - 4
            )));
        }
        bytes.drain(..4);
        Ok(Self {
            block: bytes,
            len: text_len,
        })
    }

    /// The length of the text in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends the text's bytes to `out` (UTF-8 not yet checked: the caller
    /// checks what it assembles once). On error `out` is as it was.
    pub fn decompress_into(&self, out: &mut Vec<u8>) -> Result<(), PackError> {
        let start = out.len();
        out.resize(start + self.len, 0);
        match lz4_flex::block::decompress_into(&self.block, &mut out[start..]) {
            Ok(written) if written == self.len => Ok(()),
            Ok(written) => {
                out.truncate(start);
                Err(PackError::Damaged(format!(
                    "{written} bytes of text where {} are stated",
                    self.len
                )))
            }
            Err(e) => {
                out.truncate(start);
                Err(PackError::Damaged(e.to_string()))
            }
        }
    }
}

/// The packed characters as numbers from 0 to `MASK`. Every one is three
/// bytes of UTF-8, read here directly: a plain loop, since decoding them
/// as chars through an iterator was most of an agency's unpacking time.
fn code_units(packed: &str) -> Result<Vec<u16>, PackError> {
    let chunks = packed.as_bytes().chunks_exact(3);
    // A character that is not three bytes: the ones before it were, so it
    // is character number `at`.
    let alphabet_error_at = chunks.len();
    let tail_is_empty = chunks.remainder().is_empty();
    let mut units = Vec::with_capacity(chunks.len());
    for (at, chunk) in chunks.enumerate() {
        let (lead, middle, last) = (chunk[0], chunk[1], chunk[2]);
        let unit =
            (u32::from(lead & 0x0F) << 12 | u32::from(middle & 0x3F) << 6 | u32::from(last & 0x3F))
                .wrapping_sub(FIRST);
        if lead & 0xF0 != 0xE0 || unit > MASK {
            return Err(PackError::Alphabet(at));
        }
        units.push(unit as u16);
    }
    if tail_is_empty {
        Ok(units)
    } else {
        Err(PackError::Alphabet(alphabet_error_at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rng::Rng;

    #[test]
    fn round_trips_any_text_including_vietnamese_and_emoji() {
        for text in [
            "",
            "a",
            "Công ty TNHH Thương mại Sài Gòn — báo cáo tuần 🚀",
            &"{\"id\":\"x\",\"name\":\"Lotus Coffee\"},".repeat(500),
        ] {
            assert_eq!(unpack(&pack(text)).unwrap(), text);
        }
    }

    #[test]
    fn round_trips_random_bytes_of_every_length() {
        let mut rng = Rng::new(7);
        for len in 0..300 {
            let text: String = (0..len)
                .map(|_| char::from_u32(rng.below(0x2000) as u32 + 32).unwrap_or('x'))
                .collect();
            assert_eq!(unpack(&pack(&text)).unwrap(), text, "length {len}");
        }
    }

    #[test]
    fn packed_text_has_no_surrogates_quotes_or_controls() {
        let packed = pack(&"Khách hàng \"VIP\"\n\u{0}".repeat(100));
        assert!(packed
            .chars()
            .all(|c| (0x0800..0x8800).contains(&u32::from(c))));
    }

    #[test]
    fn json_packs_to_a_fraction_of_its_utf16_length() {
        let json = "{\"meta\":{\"id\":\"5f0c\",\"rev\":3},\"channel\":\"email\",\"summary\":\"Xin báo giá\"},"
            .repeat(2_000);
        let units = pack(&json).encode_utf16().count();
        assert!(units * 10 < json.encode_utf16().count(), "{units} units");
    }

    #[test]
    fn a_foreign_character_is_reported_at_its_position() {
        let packed: Vec<char> = pack(&"Phở 24, Hà Nội".repeat(20)).chars().collect();
        for foreign in ['x', 'é', '\u{07ff}', '\u{8800}', '🚀'] {
            let mut damaged = packed.clone();
            damaged.insert(5, foreign);
            let damaged: String = damaged.into_iter().collect();
            assert_eq!(unpack(&damaged), Err(PackError::Alphabet(5)), "{foreign:?}");
        }
        let mut ends_foreign: String = packed.iter().collect();
        ends_foreign.push('x');
        assert_eq!(
            unpack(&ends_foreign),
            Err(PackError::Alphabet(packed.len()))
        );
    }

    #[test]
    fn a_stated_length_beyond_what_lz4_can_hold_is_refused_before_allocating() {
        let mut block = (u32::MAX).to_le_bytes().to_vec();
        block.extend_from_slice(&[0x10, b'x']);
        // Spread as `pack` does, without compressing.
        let packed = spread(&block);
        assert!(matches!(unpack(&packed), Err(PackError::Damaged(m)) if m.contains("states")));
    }

    #[test]
    fn damaged_text_is_an_error_never_a_panic() {
        let packed = pack("Lotus Coffee, Saigon Motors, Phở 24");
        assert_eq!(unpack("plain JSON"), Err(PackError::Alphabet(0)));
        assert_eq!(unpack(""), Err(PackError::Truncated));
        let cut: String = packed.chars().take(4).collect();
        assert_eq!(unpack(&cut), Err(PackError::Truncated));
        let mut rng = Rng::new(11);
        for _ in 0..500 {
            let mut chars: Vec<char> = packed.chars().collect();
            let at = 2 + rng.below(chars.len() - 2);
            chars[at] = char::from_u32(0x0800 + rng.below(0x8000) as u32).unwrap();
            let _ = unpack(&chars.into_iter().collect::<String>());
        }
    }
}
