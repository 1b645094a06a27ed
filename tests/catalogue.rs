//! `leerlijn catalogue`: search the prelude's qualifications.

mod common;

use leerlijn::commands::catalogue::{Query, prelude_model, search};

fn leerlijn(args: &[&str]) -> (i32, String, String) {
    let out = common::command(&common::crate_dir())
        .args(args)
        .output()
        .expect("the binary runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn crebos(words: &[&str], sector: Option<&str>, level: Option<u8>) -> Vec<u32> {
    let model = prelude_model();
    let words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    search(
        &model,
        &Query {
            words: &words,
            sector,
            level,
        },
    )
    .expect("known sector")
    .into_iter()
    .map(|h| h.crebo)
    .collect()
}

#[test]
fn verpleeg_finds_mbo_verpleegkundige() {
    let (code, out, _) = leerlijn(&["catalogue", "verpleeg"]);
    assert_eq!(code, 0);
    let row = out
        .lines()
        .find(|l| l.starts_with("25480"))
        .expect("25480 is listed");
    for part in ["Mbo-Verpleegkundige", "4", "23182", "zorg-welzijn"] {
        assert!(row.contains(part), "`{part}` in `{row}`");
    }
    assert!(out.starts_with("crebo  level  name"), "{out}");
}

#[test]
fn case_and_accents_do_not_matter() {
    let plain = crebos(&["coordinator", "havenoperaties"], None, None);
    // The 2015 qualification and its successor of the same name.
    assert_eq!(plain, vec![25396, 25902]);
    assert_eq!(crebos(&["COÖRDINATOR HAVENOPERATIES"], None, None), plain);
    assert_eq!(
        crebos(&["Coördinator", "Havenoperatíes"], None, None),
        plain
    );
}

#[test]
fn crebo_codes_and_dossiers_match_by_their_start() {
    assert_eq!(crebos(&["25480"], None, None), vec![25480]);
    // A dossier's crebo lists its qualifications.
    let care = crebos(&["23187"], None, None);
    assert!(care.contains(&25491), "{care:?}");
    assert!(crebos(&["2548"], None, None).contains(&25480));
}

#[test]
fn sector_filter_follows_includes_and_level_filters() {
    let tech4 = crebos(&[], Some("techniek"), Some(4));
    assert!(tech4.contains(&25263), "a techniek-procesindustrie level 4");
    assert!(tech4.contains(&25396), "transport-logistiek is in techniek");
    assert!(!tech4.contains(&25480), "not zorg");
    assert!(!tech4.contains(&25333), "level 2");
    assert_eq!(
        crebos(&["verpleeg"], Some("techniek"), None),
        Vec::<u32>::new()
    );
}

#[test]
fn unknown_sector_is_exit_2_with_a_suggestion() {
    let (code, out, err) = leerlijn(&["catalogue", "--sector", "tecniek"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("did you mean `techniek`"), "{err}");
}

#[test]
fn nothing_found_is_exit_1() {
    let (code, out, _) = leerlijn(&["catalogue", "xyzzy"]);
    assert_eq!(code, 1);
    assert!(out.contains("0 qualifications"), "{out}");
}

#[test]
fn json_and_dutch_headings() {
    let (code, out, _) = leerlijn(&["catalogue", "verpleeg", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v[0]["crebo"], 25480);
    assert_eq!(v[0]["level"], 4);
    assert_eq!(v[0]["dossier"], 23182);
    assert_eq!(v[0]["sector"], "zorg-welzijn");
    let (_, nl, _) = leerlijn(&["catalogue", "verpleeg", "--lang", "nl"]);
    assert!(nl.starts_with("crebo  niveau  naam"), "{nl}");
    // 25480 of 2015 and its successor 25655.
    assert_eq!(v[0]["successor"], 25655);
    assert_eq!(v[1]["crebo"], 25655);
    assert!(v[1]["successor"].is_null());
    assert!(nl.contains("2 kwalificaties\n"), "{nl}");
    assert!(
        nl.contains("Mbo-Verpleegkundige (vervangen door 25655)"),
        "{nl}"
    );
}
