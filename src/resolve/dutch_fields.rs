//! Field names as a Dutch plan writer would guess them (`leerweg`,
//! `vakken`, `capaciteit`): E106 suggests the field the plan language
//! uses. The language's field names are English; these are the words
//! Dutch education uses for the same things.

/// Dutch word → field name. A word may stand for different fields in
/// different items; only a field the item has is suggested.
const DUTCH: &[(&str, &str)] = &[
    ("aantal-leerlingen", "pupils"),
    ("capaciteit", "capacity"),
    ("deelnemers", "members"),
    ("doelniveau", "target-level"),
    ("dossier", "dossier"),
    ("gemeente", "municipality"),
    ("instroom", "into"),
    ("kwalificatiedossier", "dossier"),
    ("leden", "members"),
    ("leerlingen", "pupils"),
    ("leerroute", "route"),
    ("leerweg", "track"),
    ("leerwegen", "routes"),
    ("locatie", "location"),
    ("niveau", "level"),
    ("niveaus", "levels"),
    ("notitie", "note"),
    ("omvat", "includes"),
    ("opmerking", "note"),
    ("plaats", "location"),
    ("plaatsen", "capacity"),
    ("praktijk", "practical"),
    ("praktijkvak", "practical"),
    ("profiel", "profile"),
    ("sectoren", "sectors"),
    ("streefniveau", "target-level"),
    ("toelating", "admits"),
    ("toelichting", "note"),
    ("tot", "until"),
    ("uitzondering", "except"),
    ("vakken", "subjects"),
    ("vanaf", "from"),
    ("vereist", "requires"),
    ("vestiging", "location"),
    ("vraag", "demand"),
];

/// The fields to suggest for an unknown field `name` among `names`: the
/// field a Dutch word stands for, else the closest by spelling.
pub fn closest_field(name: &str, names: &[&'static str]) -> Vec<&'static str> {
    let lower = name.to_ascii_lowercase();
    let dutch = DUTCH
        .iter()
        .find(|(word, _)| *word == lower)
        .map(|&(_, field)| field)
        .filter(|f| names.contains(f));
    match dutch {
        Some(f) => vec![f],
        None => crate::suggest::closest(name, names.iter().copied()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_words_name_the_field() {
        let programme = ["track", "profile", "practical", "subjects", "pupils"];
        assert_eq!(closest_field("leerweg", &programme), ["track"]);
        assert_eq!(closest_field("Vakken", &programme), ["subjects"]);
        assert_eq!(closest_field("leerlingen", &programme), ["pupils"]);
        // Not a field of this item: spelling decides.
        assert_eq!(closest_field("vraag", &programme), Vec::<&str>::new());
        assert_eq!(closest_field("trak", &programme), ["track"]);
        // The table is sorted, so a word appears once.
        assert!(DUTCH.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
