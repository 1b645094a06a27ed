//! `leerlijn init [DIR]`: a first project for a new author — `leerlijn.toml`
//! and a small region with comments in Dutch and English that passes
//! `check` without a finding. It never overwrites a file: when either file
//! exists it writes nothing and exits 2.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::texts::{Text, fatal};
use super::{LangArg, lang_of};
use crate::i18n::Message;
use crate::{Lang, fl, msg};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The directory to write to (created when missing)
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// Language of the comments in the files and of the messages (default:
    /// nl when LANG starts with nl, else en); `nl` also sets `lang = "nl"`
    /// in the config
    #[arg(long, value_enum, ignore_case = true)]
    pub lang: Option<LangArg>,
}

pub const CONFIG_FILE: &str = "leerlijn.toml";
pub const REGION_FILE: &str = "regio.pathway";

/// `text` as comment lines, each behind `# `.
fn comment(text: String) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                "#".to_string()
            } else {
                format!("# {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `leerlijn.toml` with comments in `lang`; a Dutch project sets
/// `lang = "nl"`, so its findings stay Dutch whatever `LANG` says.
pub fn config(lang: Lang) -> String {
    let lang_line = match lang {
        Lang::Nl => "lang = \"nl\"",
        Lang::En => "# lang = \"nl\"",
    };
    format!(
        "{head}\n\n{std}\nstd = true\n\n{lang_c}\n{lang_line}\n\n{deny}\ndeny-warnings = false\n\n{years}\n# years = \"2025..2030\"\n\n{levels}\n[levels]\n# overlapping-offer = \"error\"\n# C211 = \"allow\"\n",
        head = comment(fl!(lang, "init-config-head")),
        std = comment(fl!(lang, "init-config-std")),
        lang_c = comment(fl!(lang, "init-config-lang")),
        deny = comment(fl!(lang, "init-config-deny")),
        years = comment(fl!(lang, "init-config-years")),
        levels = comment(fl!(lang, "init-config-levels")),
    )
}

/// `regio.pathway`: a small region that passes `check`, with comments in
/// `lang`. The plan itself is the same in both languages.
pub fn region(lang: Lang) -> String {
    format!(
        r#"{head}
#
{commands}

{region_c}
region mijnregio "Mijn regio" {{
  members = [mijnschool, mijnroc]
  demand = [zorg-welzijn]
  target-level = 4
  labour-market = "Midden-Utrecht"
}}

{school_c}
school mijnschool "Mijn vmbo-school" {{
  municipality = "Utrecht"
  programme zw-bb "Zorg en welzijn basis" {{ track = bb, profile = ZW, subjects = [ne, en, bi, ma], pupils = 20 }}
  programme zw-kb "Zorg en welzijn kader" {{ track = kb, profile = ZW, subjects = [ne, en, bi, wi], pupils = 25 }}
}}

{institution_c}
institution mijnroc "Mijn mbo-instelling" {{
  offer 25960 {{ location = "Mijn gemeente", capacity = 30 }} # Helpende Zorg en Welzijn (2)
  offer 25656 {{ location = "Mijn gemeente", capacity = 40 }} # verzorgende-IG (3)
  offer 25655 {{ location = "Mijn gemeente", capacity = 40 }} # Mbo-Verpleegkundige (4)
}}

{pathway_c}
pathway mijnschool.zw-bb -> mijnroc.25960 -> mijnroc.25656 -> mijnroc.25655
pathway mijnschool.zw-kb -> mijnroc.25656 {{ note = "doorlopende leerroute zorg" }}
"#,
        head = comment(fl!(lang, "init-region-head")),
        commands = comment(fl!(lang, "init-region-commands")),
        region_c = comment(fl!(lang, "init-region-region")),
        school_c = comment(fl!(lang, "init-region-school")),
        institution_c = comment(fl!(lang, "init-region-institution")),
        pathway_c = comment(fl!(lang, "init-region-pathway")),
    )
}

/// Writes both files into `dir` with comments in `lang`, or none of them
/// when one exists.
pub fn write(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, Message> {
    let files = [(CONFIG_FILE, config(lang)), (REGION_FILE, region(lang))];
    let existing: Vec<String> = files
        .iter()
        .map(|(name, _)| dir.join(name))
        // A link to nothing is there too: writing would fail half way.
        .filter(|p| p.symlink_metadata().is_ok())
        .map(|p| format!("`{}`", p.display()))
        .collect();
    if !existing.is_empty() {
        return Err(msg!(
            "init-exists",
            files = crate::i18n::Arg::and(existing.iter().cloned()),
            count = existing.len()
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| {
        msg!(
            "init-cannot-create",
            dir = dir.display().to_string(),
            error = e.to_string()
        )
    })?;
    let mut written = Vec::new();
    for (name, text) in files {
        let path = dir.join(name);
        // Fails rather than overwrite a file made meanwhile.
        crate::write::atomic_create(&path, text.as_bytes()).map_err(|e| {
            msg!(
                "cannot-write",
                path = path.display().to_string(),
                error = crate::write::error_arg(&e)
            )
        })?;
        written.push(path);
    }
    Ok(written)
}

pub fn run(args: Args) -> ExitCode {
    let lang = lang_of(args.lang);
    match write(&args.dir, lang) {
        Ok(files) => {
            let mut out = String::new();
            for f in &files {
                out.push_str(&fl!(lang, "init-wrote", path = f.display().to_string()));
                out.push('\n');
            }
            let dir = args.dir.display().to_string();
            out.push_str(&fl!(lang, "init-next", dir = dir));
            out.push('\n');
            super::texts::print(lang, &out)
                .err()
                .unwrap_or(ExitCode::SUCCESS)
        }
        Err(e) => fatal(lang, Text::Message(e)),
    }
}
