//! "Did you mean": the closest names by optimal-string-alignment distance.

use std::borrow::Cow;

/// Names within max(1, ⌊len / 3⌋) edits of `wanted` (a swap of two
/// neighbouring letters counts once), case-insensitive, nearest first, then
/// alphabetical, at most three (language.md, "Names and references").
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let wanted_len = wanted_lower.chars().count();
    let limit = (wanted_len / 3).max(1);
    let wanted_bag = Bag::of(&wanted_lower);
    let mut found: Vec<(usize, &'a str)> = Vec::new();
    for cand in candidates {
        let ascii = cand.is_ascii();
        let len = if ascii {
            cand.len()
        } else {
            cand.chars().count()
        };
        if len.abs_diff(wanted_len) > limit {
            continue;
        }
        // Plan IDs are lower-case ASCII: most candidates need no copy.
        let lower: Cow<str> = if ascii && !cand.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Borrowed(cand)
        } else {
            Cow::Owned(cand.to_lowercase())
        };
        if !wanted_bag.may_be_within(&lower, limit) {
            continue;
        }
        let d = strsim::osa_distance(&wanted_lower, &lower);
        if d <= limit && !found.iter().any(|&(_, c)| c == cand) {
            found.push((d, cand));
        }
    }
    found.sort();
    found.into_iter().take(3).map(|(_, c)| c).collect()
}

/// How often each ASCII character occurs in a word (other characters share
/// one slot): a cheap lower bound on the edit distance. A substitution changes
/// two counts by one, an insertion or deletion one, a transposition none,
/// so words whose counts differ by more than twice the limit are further
/// apart than the limit, and the distance need not be computed.
struct Bag([i32; 129]);

fn slot(c: char) -> usize {
    (c as usize).min(128)
}

impl Bag {
    fn of(word: &str) -> Bag {
        let mut bag = [0i32; 129];
        for c in word.chars() {
            bag[slot(c)] = bag[slot(c)].saturating_add(1);
        }
        Bag(bag)
    }

    fn may_be_within(&self, other: &str, limit: usize) -> bool {
        let mut diff = self.0;
        for c in other.chars() {
            diff[slot(c)] = diff[slot(c)].saturating_sub(1);
        }
        let apart: u64 = diff.iter().map(|&d| u64::from(d.unsigned_abs())).sum();
        apart <= 2 * limit as u64
    }
}

#[cfg(test)]
mod tests {
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
                }
            }
        }
    }

    #[test]
    fn short_names_allow_one_edit() {
        assert_eq!(closest("kv", ["kb", "bb", "tl"]), vec!["kb"]);
    }
}
