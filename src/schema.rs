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
pub fn field_names(kind: ItemKind) -> &'static [&'static str] {
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
