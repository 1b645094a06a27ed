//! "Did you mean": the closest names by optimal-string-alignment distance.

use std::borrow::Cow;

/// Names within max(1, ⌊len / 3⌋) edits of `wanted` (a swap of two
/// neighbouring letters counts once), case-insensitive, nearest first, then
/// alphabetical, at most three (language.md, "Names and references").
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let q = Query::new(wanted);
    let mut found: Vec<(usize, &'a str)> = Vec::new();
    for cand in candidates {
        let key = Key::of(cand);
        let lower = key.lower(cand);
        q.consider(&key, cand, &lower, &mut found);
    }
    finish(found)
}

/// The nearest three, in order, from (distance, name) pairs.
fn finish(mut found: Vec<(usize, &str)>) -> Vec<&str> {
    found.sort();
    found.into_iter().take(3).map(|(_, c)| c).collect()
}

/// A namespace prepared once for many queries (the resolver asks one per
/// unknown reference): each name's length and letter set are computed
/// once, and most names are dismissed by comparing two numbers. Answers
/// are exactly [`closest`]'s over the same names.
#[derive(Default)]
pub struct Index {
    /// Every name, then its lower case where that differs, back to back:
    /// one buffer rather than a string per name.
    text: String,
    entries: Vec<Entry>,
}

/// A name's [`Key`] and place in the text, in 24 bytes (an institution's
/// offers are indexed when one of them is misspelt: a national plan's
/// draft builds hundreds of such indexes).
#[derive(Clone, Copy)]
struct Entry {
    mask: u64,
    len: u32,
    start: u32,
    end: u32,
    /// The lower case is `end..lower_end`; the name itself when empty
    /// (the name is plain, see [`Key::plain`]).
    lower_end: u32,
}

impl Entry {
    fn new(key: Key, start: u32, end: u32, lower_end: u32) -> Entry {
        debug_assert_eq!(key.plain, lower_end == end);
        Entry {
            mask: key.mask,
            len: key.len as u32,
            start,
            end,
            lower_end,
        }
    }

    fn key(&self) -> Key {
        Key {
            len: self.len as usize,
            mask: self.mask,
            plain: self.lower_end == self.end,
        }
    }
}

impl Index {
    /// Room for `names` names of `bytes` bytes in all.
    pub fn with_capacity(names: usize, bytes: usize) -> Index {
        Index {
            text: String::with_capacity(bytes),
            entries: Vec::with_capacity(names),
        }
    }

    pub fn new<'a>(candidates: impl IntoIterator<Item = &'a str>) -> Index {
        let mut index = Index::default();
        for cand in candidates {
            index.push(cand);
        }
        index
    }

    pub fn push(&mut self, cand: &str) {
        let key = Key::of(cand);
        let start = self.text.len() as u32;
        self.text.push_str(cand);
        let end = self.text.len() as u32;
        if !key.plain {
            self.text.push_str(&cand.to_lowercase());
        }
        let lower_end = self.text.len() as u32;
        self.entries.push(Entry::new(key, start, end, lower_end));
    }

    /// Adds a crebo code, as `format!("{code:05}")` would write it,
    /// without formatting it first.
    pub fn push_code(&mut self, code: u32) {
        let start = self.text.len() as u32;
        let mut mask = 0u64;
        let mut rest = code;
        // Right-aligned: at least five digits, at most ten.
        let mut digits = [b'0'; 10];
        let mut n = 0;
        while rest > 0 || n < 5 {
            let d = (rest % 10) as u8;
            digits[9 - n] = b'0' + d;
            mask |= 1 << d;
            rest /= 10;
            n += 1;
        }
        self.text
            .push_str(std::str::from_utf8(&digits[10 - n..]).unwrap_or_default());
        let end = self.text.len() as u32;
        let key = Key {
            len: n,
            mask,
            plain: true,
        };
        self.entries.push(Entry::new(key, start, end, end));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn name(&self, i: usize) -> &str {
        let e = &self.entries[i];
        &self.text[e.start as usize..e.end as usize]
    }

    fn lower(&self, i: usize) -> &str {
        let e = &self.entries[i];
        if e.lower_end == e.end {
            self.name(i)
        } else {
            &self.text[e.end as usize..e.lower_end as usize]
        }
    }

    /// The names, in the order they were added.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.name(i))
    }

    /// As [`closest`] over the names.
    pub fn closest(&self, wanted: &str) -> Vec<&str> {
        let q = Query::new(wanted);
        let mut found: Vec<(usize, &str)> = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            let key = e.key();
            if !q.rejects(&key) {
                q.consider(&key, self.name(i), self.lower(i), &mut found);
            }
        }
        finish(found)
    }
}

/// What a candidate's cheap bounds need: its length in characters (as
/// written, as the length rule counts it) and the set of its lower-case
/// characters (see [`mask`]).
#[derive(Clone, Copy)]
struct Key {
    len: usize,
    mask: u64,
    /// ASCII without upper case: the name is its own lower case.
    plain: bool,
}

impl Key {
    fn of(cand: &str) -> Key {
        if cand.is_ascii() {
            // One pass: ASCII lower-cases byte by byte.
            let (mut mask, mut upper) = (0u64, false);
            for b in cand.bytes() {
                upper |= b.is_ascii_uppercase();
                mask |= 1 << bit(char::from(b.to_ascii_lowercase()));
            }
            return Key {
                len: cand.len(),
                mask,
                plain: !upper,
            };
        }
        Key {
            len: cand.chars().count(),
            mask: mask(&cand.to_lowercase()),
            plain: false,
        }
    }

    fn lower<'c>(&self, cand: &'c str) -> Cow<'c, str> {
        // Plan IDs are lower-case ASCII: most candidates need no copy.
        if self.plain {
            Cow::Borrowed(cand)
        } else {
            Cow::Owned(cand.to_lowercase())
        }
    }
}

/// The set of characters of a word, folded onto 64 bits. Every character
/// in one word's set and not the other's needs an edit, and one edit
/// changes the counts of at most two characters, so two words whose sets
/// differ in more than twice the limit are further apart than the limit
/// (folding characters together only weakens this bound).
fn mask(lower: &str) -> u64 {
    lower.chars().fold(0, |m, c| m | 1 << bit(c))
}

fn bit(c: char) -> u32 {
    match c {
        '0'..='9' => c as u32 - '0' as u32,
        'a'..='z' => 10 + (c as u32 - 'a' as u32),
        _ => 36 + (c as u32 % 28),
    }
}

/// One wanted name, ready to be compared with many candidates.
struct Query {
    lower: String,
    len: usize,
    limit: usize,
    mask: u64,
    bag: Bag,
}

impl Query {
    fn new(wanted: &str) -> Query {
        let lower = wanted.to_lowercase();
        let len = lower.chars().count();
        let limit = (len / 3).max(1);
        Query {
            mask: mask(&lower),
            bag: Bag::of(&lower),
            lower,
            len,
            limit,
        }
    }

    /// The candidate is surely too far (by length or by letters).
    fn rejects(&self, key: &Key) -> bool {
        key.len.abs_diff(self.len) > self.limit
            || (key.mask ^ self.mask).count_ones() as usize > 2 * self.limit
    }

    fn consider<'a>(
        &self,
        key: &Key,
        cand: &'a str,
        lower: &str,
        found: &mut Vec<(usize, &'a str)>,
    ) {
        if self.rejects(key) || !self.bag.may_be_within(lower, self.limit) {
            return;
        }
        let d = osa_distance(&self.lower, lower);
        if d <= self.limit && !found.iter().any(|&(_, c)| c == cand) {
            found.push((d, cand));
        }
    }
}

/// `strsim::osa_distance`, on the stack for short ASCII words (plan IDs
/// and crebo codes) instead of three vectors per comparison.
fn osa_distance(a: &str, b: &str) -> usize {
    // Distances stay below both lengths' sum, which fits in a byte.
    const MAX: usize = 32;
    if !(a.is_ascii() && b.is_ascii() && a.len() <= MAX && b.len() <= MAX) {
        return strsim::osa_distance(a, b);
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut two = [0u8; MAX + 1];
    let mut prev = [0u8; MAX + 1];
    let mut curr = [0u8; MAX + 1];
    for j in 0..=b.len() {
        (two[j], prev[j]) = (j as u8, j as u8);
    }
    for (i, &ac) in a.iter().enumerate() {
        curr[0] = i as u8 + 1;
        for (j, &bc) in b.iter().enumerate() {
            let cost = u8::from(ac != bc);
            let mut d = (curr[j] + 1).min(prev[j + 1] + 1).min(prev[j] + cost);
            if i > 0 && j > 0 && ac != bc && ac == b[j - 1] && bc == a[i - 1] {
                d = d.min(two[j - 1] + 1);
            }
            curr[j + 1] = d;
        }
        std::mem::swap(&mut two, &mut prev);
        std::mem::swap(&mut prev, &mut curr);
    }
    usize::from(prev[b.len()])
}

/// How often each ASCII character occurs in a word (other characters share
/// one slot): a cheap lower bound on the edit distance. A substitution changes
/// two counts by one, an insertion or deletion one, a transposition none,
/// so words whose counts differ by more than twice the limit are further
/// apart than the limit, and the distance need not be computed.
struct Bag {
    counts: [i32; 129],
    word: String,
}

fn slot(c: char) -> usize {
    (c as usize).min(128)
}

impl Bag {
    fn of(word: &str) -> Bag {
        let mut bag = [0i32; 129];
        for c in word.chars() {
            bag[slot(c)] = bag[slot(c)].saturating_add(1);
        }
        Bag {
            counts: bag,
            word: word.to_string(),
        }
    }

    fn may_be_within(&self, other: &str, limit: usize) -> bool {
        let mut diff = self.counts;
        for c in other.chars() {
            diff[slot(c)] = diff[slot(c)].saturating_sub(1);
        }
        // Only the slots of the two words' characters can differ from
        // zero: each is summed once (taken), not all 129.
        let mut apart = 0u64;
        for c in self.word.chars().chain(other.chars()) {
            apart += u64::from(std::mem::take(&mut diff[slot(c)]).unsigned_abs());
        }
        apart <= 2 * limit as u64
    }
}

#[cfg(test)]
mod tests {
    /// An index entry stays at 24 bytes (see [`super::Entry`]).
    #[test]
    fn entries_stay_small() {
        assert!(
            size_of::<super::Entry>() <= 24,
            "{}",
            size_of::<super::Entry>()
        );
    }

    use super::closest;

    #[test]
    fn nearest_first_at_most_three() {
        let names = ["olympia", "olympus", "olimpia", "zadkine", "olypmia"];
        assert_eq!(
            closest("olympia", names),
            vec!["olympia", "olimpia", "olypmia"]
        );
        assert_eq!(closest("olypmia", ["olympia"]), vec!["olympia"]);
        assert!(closest("xyz", names).is_empty());
    }

    /// The counting bound never drops a name the distance would keep:
    /// every pair of short words over letters, a non-ASCII letter and an
    /// upper-case one.
    #[test]
    fn the_bound_never_drops_a_near_name() {
        let letters = ['a', 'b', 'é', 'C', '-'];
        let mut words = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.chars().count() == words.last().unwrap().chars().count())
                .flat_map(|w| letters.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        for wanted in &words {
            let lower = wanted.to_lowercase();
            let limit = (lower.chars().count() / 3).max(1);
            let bag = super::Bag::of(&lower);
            for cand in &words {
                let cand = cand.to_lowercase();
                if strsim::osa_distance(&lower, &cand) <= limit {
                    assert!(bag.may_be_within(&cand, limit), "{wanted} ~ {cand}");
                    let apart = (super::mask(&lower) ^ super::mask(&cand)).count_ones();
                    assert!(apart as usize <= 2 * limit, "{wanted} ~ {cand}");
                }
            }
        }
    }

    /// An index answers as `closest` over the same names, repeats and
    /// upper case included.
    #[test]
    fn an_index_answers_as_closest() {
        let names = [
            "olympia", "Olympus", "olimpia", "zadkine", "olypmia", "olympia", "25263", "25236",
            "2526", "Ölympia", "kb", "KB", "b",
        ];
        let index = super::Index::new(names);
        assert_eq!(index.len(), names.len());
        let codes = [25263, 25236, 1234, 0, 123456, 25623];
        let mut by_code = super::Index::default();
        for code in codes {
            by_code.push_code(code);
        }
        let written: Vec<String> = codes.iter().map(|c| format!("{c:05}")).collect();
        assert!(by_code.names().eq(written.iter().map(String::as_str)));
        for wanted in ["25263", "25326", "01234", "00000", "12345", "123456"] {
            let expected = closest(wanted, written.iter().map(String::as_str));
            assert_eq!(by_code.closest(wanted), expected, "{wanted}");
        }
        for wanted in names
            .iter()
            .chain(&["olympi", "xyz", "25623", "kv", "ÖLYMPIA", ""])
        {
            assert_eq!(index.closest(wanted), closest(wanted, names), "{wanted}");
        }
    }

    /// The distance on the stack is strsim's: every pair of words up to
    /// five letters over a small alphabet, and long or non-ASCII words.
    #[test]
    fn osa_distance_is_strsims() {
        let letters = ['a', 'b', 'c', '-'];
        let mut words = vec![String::new()];
        for len in 0..5 {
            let longer: Vec<String> = words
                .iter()
                .filter(|w| w.len() == len)
                .flat_map(|w| letters.iter().map(move |c| format!("{w}{c}")))
                .collect();
            words.extend(longer);
        }
        words.push("é-ab".into());
        words.push("ab".repeat(20));
        words.push("ba".repeat(20));
        for a in &words {
            for b in &words {
                assert_eq!(
                    super::osa_distance(a, b),
                    strsim::osa_distance(a, b),
                    "{a} ~ {b}"
                );
            }
        }
    }

    #[test]
    fn short_names_allow_one_edit() {
        assert_eq!(closest("kv", ["kb", "bb", "tl"]), vec!["kb"]);
    }
}
