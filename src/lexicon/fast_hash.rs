//! A fast, non-cryptographic hash for the lexicon's small keys (the Fx hash of rustc and
//! Firefox): word lookups happen once per token, and SipHash costs more than the lookup itself.
//! The keys are fixed, embedded words, so flooding attacks have nothing to aim at.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hasher: a rotate, xor and multiply per 8 bytes.
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// What builds Fx hashers.
pub type FastHashBuilder = BuildHasherDefault<FxHasher>;

/// A `HashMap` with the Fx hash.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with the Fx hash.
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_hashes_differ() {
        let mut map: FastMap<&str, u32> = FastMap::default();
        map.insert("said", 1);
        map.insert("told", 2);
        assert_eq!(map.get("said"), Some(&1));
        assert_eq!(map.get("sad"), None);
        let hash = |s: &str| {
            let mut h = FxHasher::default();
            h.write(s.as_bytes());
            h.finish()
        };
        assert_ne!(hash("said"), hash("told"));
        assert_ne!(hash("abcdefgh1"), hash("abcdefgh2"));
    }
}
