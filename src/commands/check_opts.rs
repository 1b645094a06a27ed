//! The options of `check` that choose what is reported and how much of it:
//! `--select`, `--ignore`, `--level`, `--statistics`, `-q`, `--exit-zero`.
//! They only change inputs of the one level sink (`analysis::Levels`) and
//! what is printed; no check reads them.

use crate::analysis::Analysis;
use crate::codes::{Code, Level, REGISTRY};

use super::texts::Text;

#[derive(clap::Args, Debug, Default, Clone)]
pub struct CheckCliArgs {
    /// Run only these checks (codes or names, comma-separated; E codes are
    /// always reported)
    #[arg(long, value_name = "CODE|NAME,...", value_delimiter = ',', value_parser = crate::config::parse_check)]
    pub select: Vec<Code>,
    /// Do not run these checks (codes or names, comma-separated; not E
    /// codes, which are always errors)
    #[arg(long, value_name = "CODE|NAME,...", value_delimiter = ',', value_parser = crate::config::parse_check)]
    pub ignore: Vec<Code>,
    /// A check's level, as in the config's `[levels]` (repeatable; wins
    /// over the config), e.g. `--level C211=allow`
    #[arg(long = "level", value_name = "CODE=LEVEL", value_parser = crate::config::parse_level_arg)]
    pub levels: Vec<(Code, Level)>,
    /// Print how many findings each check has instead of the findings
    #[arg(long)]
    pub statistics: bool,
    /// Print only the findings: no summary line
    #[arg(short, long)]
    pub quiet: bool,
    /// Exit 0 even when there are errors (a run that could not check still
    /// exits 2)
    #[arg(long)]
    pub exit_zero: bool,
}

impl CheckCliArgs {
    /// The level overrides of a run, in the order the sink reads them
    /// (the last one for a check wins): the config's `[levels]`, then
    /// `--level`, then `--select`/`--ignore` as `allow` for the checks
    /// they leave out. `Err` for an `--ignore` of an E code.
    pub fn overrides(&self, config: &[(Code, Level)]) -> Result<Vec<(Code, Level)>, Text<'static>> {
        if let Some(fixed) = self.ignore.iter().find(|c| c.info().is_fixed()) {
            let info = fixed.info();
            return Err(Text::IgnoreFixed(info.code.as_str(), info.name));
        }
        let mut out = config.to_vec();
        out.extend(self.levels.iter().copied());
        let off = |c: Code| {
            !c.info().is_fixed()
                && (self.ignore.contains(&c)
                    || (!self.select.is_empty() && !self.select.contains(&c)))
        };
        out.extend(
            REGISTRY
                .iter()
                .map(|c| c.code)
                .filter(|&c| off(c))
                .map(|c| (c, Level::Allow)),
        );
        Ok(out)
    }

    /// The exit status of a run that could check (0 or 1).
    pub fn exit_status(&self, analysis: &Analysis, deny_warnings: bool) -> u8 {
        u8::from(!self.exit_zero && analysis.failed(deny_warnings))
    }
}
