//! `leerlijn init [DIR]`: a first project for a new author — `leerlijn.toml`
//! and a small region with comments in Dutch and English that passes
//! `check` without a finding. It never overwrites a file: when either file
//! exists it writes nothing and exits 2.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::fatal;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The directory to write to (created when missing)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
}

pub const CONFIG_FILE: &str = "leerlijn.toml";
pub const REGION_FILE: &str = "regio.pathway";

pub const CONFIG: &str = r#"# leerlijn: configuratie van dit project / configuration of this project.
# Alle sleutels zijn optioneel / every key is optional.

# De ingebouwde landelijke catalogus (sectoren, profielen, vakken en de
# kwalificaties met hun crebo-codes) laden.
# Load the built-in national catalogue (sectors, profiles, subjects and the
# qualifications with their crebo codes).
std = true

# Taal van de meldingen: "nl" of "en". Zonder deze regel: nl als LANG met
# nl begint, anders en.
# Language of the messages: "nl" or "en". Without this line: nl when LANG
# starts with nl, else en.
# lang = "nl"

# Ook waarschuwingen laten de controle falen (exitcode 1).
# Warnings also fail the check (exit status 1).
deny-warnings = false

# De jaren van het plan (schooljaren, op hun beginjaar). Zonder deze regel:
# van het vroegste tot het laatste jaar dat in de bestanden staat.
# The plan's years (school years, by their first year). Without this line:
# from the earliest to the latest year the files write.
# years = "2025..2030"

# Het niveau per controle, op code of naam: "error", "warning", "info" of
# "allow" (uit). `leerlijn explain --list` toont alle controles.
# The level per check, by code or name: "error", "warning", "info" or
# "allow" (off). `leerlijn explain --list` lists every check.
[levels]
# overlapping-offer = "error"
# C211 = "allow"
"#;

pub const REGION: &str = r#"# Een eerste regio voor leerlijn. / A first region for leerlijn.
#
# Dit is een voorbeeld: vervang de school, de instelling, hun aanbod en de
# overstappen door die van uw eigen regio. Alle namen hieronder zijn verzonnen.
# This is an example: replace the school, the institution, what they offer
# and the transitions with those of your own region. Every name below is
# made up.
#
# Controleren / check:            leerlijn check
# Crebo-codes zoeken / find one:  leerlijn catalogue verpleeg
# Uitleg van een melding / help:  leerlijn explain C201

# De regio: wie doet mee (members), welke sectoren de arbeidsmarkt vraagt
# (demand), welk mbo-niveau elke leerling moet kunnen halen (target-level)
# en de arbeidsmarktregio die de regio beslaat (labour-market, een van de 35).
# The region: who takes part (members), which sectors the labour market
# demands (demand), the mbo level every pupil must be able to reach, and the
# arbeidsmarktregio it covers (labour-market, one of the 35).
region mijnregio "Mijn regio" {
  members = [mijnschool, mijnroc]
  demand = [zorg-welzijn]
  target-level = 4
  labour-market = "Midden-Utrecht"
}

# Een vmbo-school en haar programma's: leerweg (track: bb, kb, gl, tl, gt),
# profiel (profile), examenvakken (subjects) en het verwachte aantal
# schoolverlaters per jaar (pupils). De gemeente schrijft u zoals het CBS.
# A vmbo school and its programmes: track (leerweg), profile, exam subjects
# and the expected number of leavers per year (pupils). The municipality is
# written as CBS does.
school mijnschool "Mijn vmbo-school" {
  municipality = "Utrecht"
  programme zw-bb "Zorg en welzijn basis" { track = bb, profile = ZW, subjects = [ne, en, bi, ma], pupils = 20 }
  programme zw-kb "Zorg en welzijn kader" { track = kb, profile = ZW, subjects = [ne, en, bi, wi], pupils = 25 }
}

# Een mbo-instelling en wat zij aanbiedt, op crebo-code; naam en niveau staan
# in het commentaar. capacity = plaatsen per jaar.
# An mbo institution and what it offers, by crebo code; name and level are in
# the comment. capacity = places per year.
institution mijnroc "Mijn mbo-instelling" {
  offer 25960 { location = "Mijn gemeente", capacity = 30 } # Helpende Zorg en Welzijn (2)
  offer 25656 { location = "Mijn gemeente", capacity = 40 } # verzorgende-IG (3)
  offer 25655 { location = "Mijn gemeente", capacity = 40 } # Mbo-Verpleegkundige (4)
}

# Overstappen: een keten a -> b -> c is twee overstappen. Een diploma basis
# (bb) geeft toelating tot niveau 2; kader (kb) tot niveau 2, 3 en 4 (WEB
# art. 8.2.1). Binnen het mbo gaat een route alleen omhoog.
# Transitions: a chain a -> b -> c is two transitions. A bb diploma admits to
# level 2; kb to levels 2, 3 and 4 (WEB art. 8.2.1). Inside mbo a route only
# rises.
pathway mijnschool.zw-bb -> mijnroc.25960 -> mijnroc.25656 -> mijnroc.25655
pathway mijnschool.zw-kb -> mijnroc.25656 { note = "doorlopende leerroute zorg" }
"#;

/// Writes both files into `dir`, or none of them when one exists.
pub fn write(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let files = [(CONFIG_FILE, CONFIG), (REGION_FILE, REGION)];
    let existing: Vec<String> = files
        .iter()
        .map(|(name, _)| dir.join(name))
        .filter(|p| p.exists())
        .map(|p| format!("`{}`", p.display()))
        .collect();
    if !existing.is_empty() {
        let verb = if existing.len() == 1 {
            "exists"
        } else {
            "exist"
        };
        return Err(format!(
            "{} already {verb}; init overwrites nothing (choose another directory)",
            existing.join(" and ")
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create `{}`: {e}", dir.display()))?;
    let mut written = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        // Fails rather than overwrite a file made meanwhile.
        crate::write::atomic_create(&path, text.as_bytes())
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?;
        written.push(path);
    }
    Ok(written)
}

pub fn run(args: Args) -> ExitCode {
    match write(&args.dir) {
        Ok(files) => {
            for f in &files {
                println!("wrote {}", f.display());
            }
            let dir = args.dir.display();
            println!("next: leerlijn check {dir}");
            ExitCode::SUCCESS
        }
        Err(e) => fatal(e),
    }
}
