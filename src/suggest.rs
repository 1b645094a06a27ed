//! "Did you mean": the closest names by optimal-string-alignment distance.

/// Names within max(1, ⌊len / 3⌋) edits of `wanted` (a swap of two
/// neighbouring letters counts once), case-insensitive, nearest first, then
/// alphabetical, at most three (language.md, "Names and references").
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let wanted_len = wanted_lower.chars().count();
    let limit = (wanted_len / 3).max(1);
    let mut found: Vec<(usize, &'a str)> = Vec::new();
    for cand in candidates {
        let len = cand.chars().count();
        // The distance is at least the difference in length: skip early.
        if len.abs_diff(wanted_len) > limit {
            continue;
        }
        let d = strsim::osa_distance(&wanted_lower, &cand.to_lowercase());
        if d <= limit && !found.iter().any(|&(_, c)| c == cand) {
            found.push((d, cand));
        }
    }
    found.sort();
    found.into_iter().take(3).map(|(_, c)| c).collect()
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

    #[test]
    fn short_names_allow_one_edit() {
        assert_eq!(closest("kv", ["kb", "bb", "tl"]), vec!["kb"]);
    }
}
