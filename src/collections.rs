//! The project's hash maps: foldhash, several times cheaper than SipHash
//! on the short keys here, and seeded per process so crafted names cannot
//! force collisions.

pub type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
pub type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
