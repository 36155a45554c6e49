//! The crate's one map: text (an id, a key) → a number. A `HashMap` with FNV-1a hashing instead
//! of the standard SipHash, which is built to resist chosen keys across a server's many clients:
//! here the keys come from the one case a page shows (whose author could only slow their own
//! timeline), and SipHash was a tenth of reading a 1,000-event case in the browser.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Text → number (an index, usually).
pub type Ids = HashMap<String, usize, BuildHasherDefault<Fnv>>;

/// 64-bit FNV-1a.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_and_distinct_keys_stay_distinct() {
        let mut ids = Ids::default();
        for i in 0..2000 {
            ids.insert(format!("e{i}"), i);
        }
        assert_eq!(ids.len(), 2000);
        assert_eq!(ids.get("e1234"), Some(&1234));
        assert_eq!(ids.get("e2000"), None);
        // The FNV-1a test vector: "a".
        let mut h = Fnv::default();
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c);
    }
}
