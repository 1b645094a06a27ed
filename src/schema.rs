//! What each kind of item is, below every stage: its keyword, its fields,
//! which are required and which lists must not be empty. The parser reads
//! keywords from here, the resolver fields, messages name item kinds; the
//! language reference (docs/language.md) lists the same tables.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Track,
    Sector,
    Subject,
    Profile,
    Dossier,
    Qualification,
    Prerequisite,
    School,
    Programme,
    Institution,
    Offer,
    Pathway,
    Region,
}

impl ItemKind {
    pub const ALL: [ItemKind; 13] = [
        ItemKind::Track,
        ItemKind::Sector,
        ItemKind::Subject,
        ItemKind::Profile,
        ItemKind::Dossier,
        ItemKind::Qualification,
        ItemKind::Prerequisite,
        ItemKind::School,
        ItemKind::Programme,
        ItemKind::Institution,
        ItemKind::Offer,
        ItemKind::Pathway,
        ItemKind::Region,
    ];

    pub fn keyword(self) -> &'static str {
        match self {
            ItemKind::Track => "track",
            ItemKind::Sector => "sector",
            ItemKind::Subject => "subject",
            ItemKind::Profile => "profile",
            ItemKind::Dossier => "dossier",
            ItemKind::Qualification => "qualification",
            ItemKind::Prerequisite => "prerequisite",
            ItemKind::School => "school",
            ItemKind::Programme => "programme",
            ItemKind::Institution => "institution",
            ItemKind::Offer => "offer",
            ItemKind::Pathway => "pathway",
            ItemKind::Region => "region",
        }
    }

    pub fn from_keyword(word: &str) -> Option<ItemKind> {
        ItemKind::ALL.into_iter().find(|k| k.keyword() == word)
    }

    /// Items that nest inside a parent's block.
    pub fn is_nested(self) -> bool {
        matches!(self, ItemKind::Programme | ItemKind::Offer)
    }

    /// The head is a crebo code rather than an ID.
    pub fn has_crebo_head(self) -> bool {
        matches!(
            self,
            ItemKind::Dossier | ItemKind::Qualification | ItemKind::Offer
        )
    }

    /// Items whose block may be left out (nothing in it is required).
    pub fn block_optional(self) -> bool {
        matches!(
            self,
            ItemKind::Sector | ItemKind::Subject | ItemKind::Offer | ItemKind::Pathway
        )
    }

    /// The head may be followed by a title string. An offer (whose title
    /// is its qualification's) and a pathway take none (language.md).
    pub fn takes_title(self) -> bool {
        !matches!(self, ItemKind::Offer | ItemKind::Pathway)
    }

    /// The nested item kind a parent holds.
    pub fn child_kind(self) -> Option<ItemKind> {
        match self {
            ItemKind::School => Some(ItemKind::Programme),
            ItemKind::Institution => Some(ItemKind::Offer),
            _ => None,
        }
    }
}

/// mbo → mbo admission, fixed by law: 1 → 2, 2 → 3 or 4, 3 → 4.
pub fn mbo_admits(from: u8, to: u8) -> bool {
    matches!((from, to), (1, 2) | (2, 3) | (2, 4) | (3, 4))
}

/// The fields each item kind has, in the order the docs list them.
pub const fn field_names(kind: ItemKind) -> &'static [&'static str] {
    match kind {
        ItemKind::Track => &["admits"],
        ItemKind::Sector => &["includes"],
        ItemKind::Subject => &[],
        ItemKind::Profile => &["sectors", "tracks"],
        ItemKind::Dossier => &["sector"],
        ItemKind::Qualification => &[
            "level",
            "dossier",
            "sector",
            "requires",
            "routes",
            "type",
            "successor",
            "from",
            "until",
        ],
        ItemKind::Prerequisite => &[
            "into", "profiles", "tracks", "levels", "one-of", "except", "from", "until",
        ],
        ItemKind::School => &["brin", "municipality"],
        ItemKind::Programme => &[
            "track",
            "profile",
            "practical",
            "subjects",
            "pupils",
            "from",
            "until",
        ],
        ItemKind::Institution => &["brin", "municipality"],
        ItemKind::Offer => &["location", "routes", "capacity", "from", "until"],
        ItemKind::Pathway => &["route", "from", "until", "note"],
        ItemKind::Region => &["members", "demand", "target-level", "labour-market"],
    }
}

/// Every field name of every item kind, each once, in the order the
/// kinds and their fields are listed: a field's [`FieldKey`] is its place
/// here. Built from [`field_names`] at compile time.
pub const FIELD_NAMES: [&str; distinct_field_names().len] = first(distinct_field_names());

/// Room for the distinct field names while they are gathered: at most 64,
/// as [`has_field`] keeps a kind's fields as bits of a `u64`.
const MAX_FIELD_NAMES: usize = 64;

struct Names {
    names: [&'static str; MAX_FIELD_NAMES],
    len: usize,
}

/// The first `N` of `names`.
const fn first<const N: usize>(names: Names) -> [&'static str; N] {
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = names.names[i];
        i += 1;
    }
    out
}

/// The distinct names of [`field_names`] over [`ItemKind::ALL`].
const fn distinct_field_names() -> Names {
    let mut out = Names {
        names: [""; MAX_FIELD_NAMES],
        len: 0,
    };
    let mut k = 0;
    while k < ItemKind::ALL.len() {
        let names = field_names(ItemKind::ALL[k]);
        let mut i = 0;
        while i < names.len() {
            let mut j = 0;
            while j < out.len && !same(out.names[j], names[i]) {
                j += 1;
            }
            if j == out.len {
                out.names[out.len] = names[i];
                out.len += 1;
            }
            i += 1;
        }
        k += 1;
    }
    out
}

/// A field name as its place in [`FIELD_NAMES`]: the resolver reads an
/// item's field names once and then looks its fields up by key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldKey(u8);

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The key of a name in [`FIELD_NAMES`]; in a constant, a compile error
/// for any other name (see [`field_key!`](crate::field_key)).
pub const fn key_of(name: &str) -> FieldKey {
    let mut i = 0;
    while i < FIELD_NAMES.len() {
        if same(FIELD_NAMES[i], name) {
            return FieldKey(i as u8);
        }
        i += 1;
    }
    panic!("not a field name")
}

/// Longest field name plus one.
const KEY_LEN: usize = 14;

/// In [`KEY_BY_SHAPE`]: more than one field name has that shape.
const SHARED_SHAPE: u8 = u8::MAX;

/// Per length and first letter, the one field name of that shape (its
/// key plus one; 0: none), so that a lookup is one table read and one
/// comparison; [`SHARED_SHAPE`] when names share it (none do today).
static KEY_BY_SHAPE: [[u8; 26]; KEY_LEN] = shape_table(&FIELD_NAMES);

const fn shape_table(names: &[&str]) -> [[u8; 26]; KEY_LEN] {
    let mut t = [[0u8; 26]; KEY_LEN];
    let mut i = 0;
    while i < names.len() {
        let b = names[i].as_bytes();
        assert!(b.len() < KEY_LEN && b[0].is_ascii_lowercase());
        let slot = &mut t[b.len()][(b[0] - b'a') as usize];
        *slot = if *slot == 0 {
            i as u8 + 1
        } else {
            SHARED_SHAPE
        };
        i += 1;
    }
    t
}

/// The key of a field name, `None` for a word that names no field.
pub fn field_key(name: &str) -> Option<FieldKey> {
    place_in(&KEY_BY_SHAPE, &FIELD_NAMES, name).map(FieldKey)
}

/// `name`'s place in `names`, by `table` (their [`shape_table`]).
fn place_in(table: &[[u8; 26]; KEY_LEN], names: &[&str], name: &str) -> Option<u8> {
    let b = name.as_bytes();
    let first = *b.first()?;
    if b.len() >= KEY_LEN || !first.is_ascii_lowercase() {
        return None;
    }
    match table[b.len()][(first - b'a') as usize] {
        0 => None,
        SHARED_SHAPE => names.iter().position(|&f| f == name).map(|i| i as u8),
        k => same_length_eq(names[k as usize - 1].as_bytes(), b).then(|| k - 1),
    }
}

/// `a == b` for two words of one length (every field name has 4 to 13
/// bytes): two overlapping 8- or 4-byte loads each, no call to `memcmp`.
fn same_length_eq(a: &[u8], b: &[u8]) -> bool {
    fn word<const N: usize>(s: &[u8], at: usize) -> [u8; N] {
        s[at..at + N].try_into().expect("N bytes")
    }
    match a.len() {
        8..=16 => {
            let end = a.len() - 8;
            word::<8>(a, 0) == word::<8>(b, 0) && word::<8>(a, end) == word::<8>(b, end)
        }
        4..=7 => {
            let end = a.len() - 4;
            word::<4>(a, 0) == word::<4>(b, 0) && word::<4>(a, end) == word::<4>(b, end)
        }
        _ => a == b,
    }
}

/// Per item kind, its fields as a set of keys (bit `key`).
static FIELD_SETS: [u64; ItemKind::ALL.len()] = {
    let mut t = [0u64; ItemKind::ALL.len()];
    let mut k = 0;
    while k < ItemKind::ALL.len() {
        let names = field_names(ItemKind::ALL[k]);
        let mut i = 0;
        while i < names.len() {
            t[ItemKind::ALL[k] as usize] |= 1 << key_of(names[i]).0;
            i += 1;
        }
        k += 1;
    }
    t
};

/// True when items of `kind` have the field `key`.
pub fn has_field(kind: ItemKind, key: FieldKey) -> bool {
    FIELD_SETS[kind as usize] & (1 << key.0) != 0
}

/// The [`FieldKey`] of a field name, checked at compile time.
#[macro_export]
macro_rules! field_key {
    ($name:literal) => {{
        const KEY: $crate::schema::FieldKey = $crate::schema::key_of($name);
        KEY
    }};
}

/// Required fields: each inner list is "one of these".
pub fn required(kind: ItemKind) -> &'static [&'static [&'static str]] {
    match kind {
        ItemKind::Track => &[&["admits"]],
        ItemKind::Profile => &[&["sectors"]],
        ItemKind::Dossier => &[&["sector"]],
        ItemKind::Qualification => &[&["level"], &["dossier", "sector"]],
        ItemKind::Prerequisite => &[&["into"], &["profiles"], &["one-of"]],
        ItemKind::Programme => &[&["track"]],
        ItemKind::Region => &[&["members"]],
        _ => &[],
    }
}

/// Fields whose value is a list wherever they stand (`routes` of an
/// offer or a qualification; a pathway's `route` is one value).
pub fn is_list_field(field: &str) -> bool {
    matches!(
        field,
        "admits"
            | "includes"
            | "sectors"
            | "tracks"
            | "requires"
            | "routes"
            | "into"
            | "profiles"
            | "levels"
            | "one-of"
            | "except"
            | "subjects"
            | "members"
            | "demand"
    )
}

/// Lists that must not be empty.
pub fn non_empty(field: &str) -> bool {
    matches!(
        field,
        "admits" | "sectors" | "routes" | "into" | "profiles" | "tracks" | "one-of" | "members"
    )
}

/// The kind of thing a reference must name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    Kind(ItemKind),
    /// A school or an institution (a region's members).
    Member,
    /// A programme or an offer (a pathway's first node).
    Node,
    Programme(String),
    Offer(String),
}

#[cfg(test)]
mod tests {
    use super::{FIELD_NAMES, ItemKind, field_key, field_names, has_field, key_of};

    /// Every field of every kind has its key, and only its own kind's
    /// fields count as the kind's; a word that names no field has none.
    #[test]
    fn field_names_read_as_their_keys() {
        for (i, name) in FIELD_NAMES.iter().enumerate() {
            assert_eq!(field_key(name), Some(key_of(name)), "{name}");
            assert_eq!(key_of(name).0 as usize, i);
        }
        for kind in ItemKind::ALL {
            for name in FIELD_NAMES {
                let key = field_key(name).expect("a field name");
                assert_eq!(
                    has_field(kind, key),
                    field_names(kind).contains(&name),
                    "{kind:?} {name}"
                );
            }
        }
        for word in [
            "",
            "c",
            "capacit",
            "capacityy",
            "Capacity",
            "capacitx",
            "locatiom",
            "pupil",
            "leerlingen",
            "ROUTES",
            "-from",
            "from-",
            "1from",
            "één",
            "ccccccccccccccc",
        ] {
            assert_eq!(field_key(word), None, "{word:?}");
        }
    }

    /// Names that share a length and first letter are told apart too.
    #[test]
    fn names_of_one_shape_are_found_by_their_text() {
        const NAMES: [&str; 4] = ["level", "label", "lapse", "track"];
        let table = super::shape_table(&NAMES);
        for (i, name) in NAMES.iter().enumerate() {
            assert_eq!(super::place_in(&table, &NAMES, name), Some(i as u8));
        }
        assert_eq!(super::place_in(&table, &NAMES, "lever"), None);
        assert_eq!(super::place_in(&table, &NAMES, "trace"), None);
    }
}
