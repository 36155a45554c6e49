//! The crate's one map: text (an id, a key) → a number. A small open-addressing hash table with
//! FNV-1a hashing, instead of the standard `HashMap`: the keys come from the one case a page
//! shows (whose author could only slow their own timeline), so SipHash's defence against chosen
//! keys buys nothing (it was a tenth of reading a 1,000-event case in the browser), and the
//! standard table's generic code was ~3.7 kB of what every reader downloads; this is a fifth of it.

/// Text → number (an index, usually): `get`, `contains_key`, `insert` (the last value wins),
/// `len`, `clear`, and built from pairs with `collect` or `extend`.
#[derive(Clone, Debug, Default)]
pub struct Ids {
    /// Power-of-two many slots, at most half full: 0 is empty, else the entry's index + 1.
    slots: Vec<u32>,
    entries: Vec<(String, usize)>,
}

/// 32-bit FNV-1a of `key`.
fn fnv(key: &str) -> u32 {
    key.bytes().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

impl Ids {
    /// Room for `n` keys without growing (no freed tables left behind in a wasm memory, which
    /// never shrinks).
    pub fn with_capacity(n: usize) -> Ids {
        Ids { slots: vec![0; n.saturating_mul(2).next_power_of_two().max(16)], entries: Vec::with_capacity(n) }
    }

    /// How many keys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True without keys.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The keys, in the order they were first inserted.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }

    /// Forgets every key (keeping the room).
    pub fn clear(&mut self) {
        self.entries.clear();
        self.slots.iter_mut().for_each(|s| *s = 0);
    }

    /// The slot of `key`: where it is, or the empty slot where it would go. `None` only when
    /// there are no slots yet.
    fn slot(&self, key: &str) -> Option<usize> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = usize::try_from(fnv(key)).unwrap_or(0) & mask;
        loop {
            match self.slots.get(i).copied() {
                Some(0) | None => return Some(i),
                Some(s) => {
                    if self.entries.get(s as usize - 1).is_some_and(|(k, _)| k == key) {
                        return Some(i);
                    }
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The number for `key`.
    pub fn get(&self, key: &str) -> Option<&usize> {
        let s = *self.slots.get(self.slot(key)?)?;
        self.entries.get((s as usize).checked_sub(1)?).map(|(_, v)| v)
    }

    /// True when `key` has a number.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Sets `key`'s number; returns the one it replaces.
    pub fn insert(&mut self, key: String, value: usize) -> Option<usize> {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let i = self.slot(&key)?;
        let slot = self.slots.get_mut(i)?;
        if *slot != 0 {
            let entry = self.entries.get_mut(*slot as usize - 1)?;
            return Some(std::mem::replace(&mut entry.1, value));
        }
        self.entries.push((key, value));
        *slot = u32::try_from(self.entries.len()).unwrap_or(u32::MAX);
        None
    }

    /// Doubles the slots (16 at first) and puts every entry back.
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(16);
        self.slots = vec![0; size];
        let mask = size - 1;
        for (n, (key, _)) in self.entries.iter().enumerate() {
            let mut i = usize::try_from(fnv(key)).unwrap_or(0) & mask;
            while self.slots.get(i).is_some_and(|&s| s != 0) {
                i = (i + 1) & mask;
            }
            if let Some(s) = self.slots.get_mut(i) {
                *s = u32::try_from(n + 1).unwrap_or(u32::MAX);
            }
        }
    }
}

impl Extend<(String, usize)> for Ids {
    fn extend<I: IntoIterator<Item = (String, usize)>>(&mut self, pairs: I) {
        for (k, v) in pairs {
            self.insert(k, v);
        }
    }
}

impl FromIterator<(String, usize)> for Ids {
    fn from_iter<I: IntoIterator<Item = (String, usize)>>(pairs: I) -> Self {
        let mut ids = Ids::default();
        ids.extend(pairs);
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_and_distinct_keys_stay_distinct() {
        let mut ids = Ids::default();
        assert_eq!(ids.get("e1"), None);
        for i in 0..2000 {
            assert_eq!(ids.insert(format!("e{i}"), i), None);
        }
        assert_eq!(ids.len(), 2000);
        assert_eq!(ids.get("e1234"), Some(&1234));
        assert_eq!(ids.get("e2000"), None);
        assert!(ids.contains_key("e0") && !ids.contains_key(""));
        // The last value wins, and the count stays.
        assert_eq!(ids.insert("e7".into(), 70), Some(7));
        assert_eq!(ids.get("e7"), Some(&70));
        assert_eq!(ids.len(), 2000);
        for i in 0..2000 {
            assert_eq!(ids.get(&format!("e{i}")), Some(&if i == 7 { 70 } else { i }), "e{i}");
        }
        let mut sized = Ids::with_capacity(1000);
        let room = sized.slots.len();
        for i in 0..1000 {
            sized.insert(format!("e{i}"), i);
        }
        assert_eq!((sized.slots.len(), sized.get("e999")), (room, Some(&999)), "no growth within the capacity");
        ids.clear();
        assert!(ids.is_empty() && ids.get("e1").is_none());
        ids.insert("again".into(), 1);
        assert_eq!(ids.get("again"), Some(&1));
        // The FNV-1a test vector: "a".
        assert_eq!(fnv("a"), 0xe40c_292c);
        let collected: Ids = [("x".to_string(), 1), ("y".to_string(), 2), ("x".to_string(), 3)].into_iter().collect();
        assert_eq!((collected.len(), collected.get("x"), collected.get("y")), (2, Some(&3), Some(&2)));
    }
}
