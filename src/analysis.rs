//! The whole pipeline for one project: parse, resolve, check, then apply
//! levels and suppressions in one place and sort.

use std::collections::HashSet;

use crate::Lang;
use crate::baseline::Baseline;
use crate::checks;
use crate::codes::{Code, Level};
use crate::diagnostics::Diagnostic;
use crate::project::{Project, UnreadableReason};
use crate::source::FileId;
use crate::syntax::messages::Msg;
use crate::syntax::{ItemKind, parse};

pub use crate::codes::Levels;

#[derive(Clone, Debug, Default)]
pub struct CheckOptions {
    pub levels: Levels,
    /// The plan's years, overriding what the files imply.
    pub years: Option<(u32, u32)>,
    /// Findings recorded here are hidden (`--baseline FILE`).
    pub baseline: Option<Baseline>,
    /// `min-cohort` of leerlijn.toml (K602); `None` for the default, 12.
    pub min_cohort: Option<u32>,
}

/// What the command line says over the config; `Default` for nothing.
#[derive(Debug, Default)]
pub struct Overrides {
    /// The levels, already merged with the config's (`--level`,
    /// `--select`, `--ignore`); `None` keeps the config's.
    pub levels: Option<Vec<(Code, Level)>>,
    /// `--deny warnings`.
    pub deny_warnings: bool,
    /// `--years`.
    pub years: Option<(u32, u32)>,
    /// `--baseline`, read.
    pub baseline: Option<Baseline>,
}

impl CheckOptions {
    /// The one way from `leerlijn.toml` and the command line to the options
    /// of a check: `check`, `diff`, `report`, `graph` and the language
    /// server all come through here.
    pub fn from_config(config: &crate::config::Config, cli: Overrides) -> CheckOptions {
        CheckOptions {
            levels: Levels {
                overrides: cli.levels.unwrap_or_else(|| config.levels.clone()),
                deny_warnings: config.deny_warnings || cli.deny_warnings,
            },
            years: cli.years.or(config.years),
            baseline: cli.baseline,
            min_cohort: config.min_cohort,
        }
    }
}

pub struct Analysis {
    pub diagnostics: Vec<Diagnostic>,
    /// Findings removed by a suppression comment, an `allow` level or the
    /// baseline.
    pub suppressed: usize,
    /// Of those, the findings the baseline hid.
    pub baselined: usize,
    /// Baseline entries that matched no finding (fixed since written).
    pub baseline_fixed: usize,
    pub user_files: usize,
    /// The plan's model; empty from [`analyze_without_texts`], which
    /// gives it back before printing.
    pub model: crate::model::Model,
    /// The transition graph the checks ran on and the plan years it was
    /// built for (none while a file has a syntax error, nor from
    /// [`analyze_without_texts`]), so that `report` and `graph` do not
    /// build it again.
    pub graph: Option<(Option<(u32, u32)>, crate::graph::Graph)>,
}

impl Analysis {
    pub fn count(&self, level: Level) -> usize {
        self.diagnostics.iter().filter(|d| d.level == level).count()
    }

    /// Exit status per cli.md: 1 for an error, or a warning when warnings
    /// are denied.
    pub fn failed(&self, deny_warnings: bool) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.level == Level::Error || (deny_warnings && d.level == Level::Warning))
    }
}

pub fn analyze(project: &Project, opts: &CheckOptions) -> Analysis {
    analyze_with(project, opts, &mut |_| Vec::new())
}

/// Like [`analyze`], for output that names positions and shows no source
/// text (every format but `human`): once the checks that read text have
/// run, the files' texts are let go ([`crate::source::SourceMap::shed_texts`]),
/// so that the rest of the check runs without them. What `project` keeps
/// gives every position; reading a text from it afterwards panics. The
/// analysis keeps no model and no graph: its findings are all it has.
pub fn analyze_without_texts(project: &mut Project, opts: &CheckOptions) -> Analysis {
    pipeline(Texts::Shed(project), opts, &mut |_| Vec::new())
}

/// Like [`analyze`], with `extra` findings computed after the graph checks
/// (the plan-version checks), so that levels, suppressions and the
/// baseline apply to them as to every other finding.
pub fn analyze_with(
    project: &Project,
    opts: &CheckOptions,
    extra: &mut dyn FnMut(&checks::Context) -> Vec<Diagnostic>,
) -> Analysis {
    pipeline(Texts::Kept(project), opts, extra)
}

/// Whether the files' texts outlive the checks that read them.
enum Texts<'p> {
    Kept(&'p Project),
    Shed(&'p mut Project),
}

impl Texts<'_> {
    fn project(&self) -> &Project {
        match self {
            Texts::Kept(p) => p,
            Texts::Shed(p) => p,
        }
    }

    fn shed(&mut self) {
        if let Texts::Shed(p) = self {
            crate::allocator::give_back(|| p.sources.shed_texts());
        }
    }

    /// Between the graph checks and K601/K602 of a one-off check that
    /// sheds its texts: the graph checks' working memory goes back to the
    /// system, as K601/K602 would not reuse it, and so do the pathways,
    /// which nothing reads after the graph checks (K601/K602 take what
    /// they need of them from the graph, `Graph::routed_start`). At scale
    /// 1 of the benchmark they were 2.5 of the 20.5 MiB of the run's peak,
    /// which K601/K602 set.
    fn between_checks(&self, model: &mut crate::model::Model) {
        if let Texts::Shed(_) = self {
            let pathways = std::mem::take(&mut model.pathways);
            crate::allocator::give_back(move || drop(pathways));
        }
    }

    /// Once the checks are done, a one-off check that sheds its texts
    /// prints findings only: the model, the graph and the memory the
    /// checks worked in go back to the system before the findings are
    /// sorted and printed (at scale 1 of the benchmark the model and the
    /// graph are 8 of the 16 MiB of heap then, and the freed pages stayed
    /// resident under the output). The language server and the commands
    /// that draw or report the plan keep them.
    fn checks_done(
        &self,
        model: crate::model::Model,
        graph: Option<crate::graph::Graph>,
    ) -> (crate::model::Model, Option<crate::graph::Graph>) {
        match self {
            Texts::Shed(_) => {
                crate::allocator::give_back(move || drop((model, graph)));
                crate::allocator::trace("giving back the model and graph");
                (crate::model::Model::default(), None)
            }
            Texts::Kept(_) => (model, graph),
        }
    }
}

fn pipeline(
    mut texts: Texts,
    opts: &CheckOptions,
    extra: &mut dyn FnMut(&checks::Context) -> Vec<Diagnostic>,
) -> Analysis {
    let project = texts.project();
    let sources = &project.sources;
    let sizes = crate::resolve::Sizes::estimate(sources);
    // Room for a finding per line, which a plan never comes near (a draft
    // has about one per ten): room never used is never touched, and a
    // list that doubled as the checks pushed left each earlier buffer
    // resident (1.4 MiB of the national benchmark's peak).
    let mut diags = Vec::with_capacity(sizes.bound);
    let mut skip: HashSet<FileId> = HashSet::new();
    for u in &project.unreadable {
        skip.insert(u.span.file);
        let msg = match &u.reason {
            UnreadableReason::InvalidUtf8(offset) => Msg::InvalidUtf8 { offset: *offset },
            UnreadableReason::Io(e) => Msg::CannotRead { error: e.clone() },
        };
        diags.push(Diagnostic::new(Code::E003, u.span, msg).help(Msg::HelpUtf8));
    }
    // The trees of files with items the resolver keeps until every name
    // is declared (the catalogue, regions, files of mixed items) in one arena, kept
    // until their fields are read; sized for three bytes of tree per byte
    // of their text, up to 256 MiB (a larger plan's arena grows as it
    // needs; one huge request up front could fail where growing would not).
    let bytes = sources.text_len();
    let arena = crate::syntax::Arena::with_capacity(bytes.saturating_mul(3).min(1 << 28) / 2);
    // A one-off check takes the texts of the files that start with a
    // pathway out of the project: such a file's text goes once its
    // pathways are resolved (`Resolver::finish_taking`), not after
    // resolving, which held every text at the run's peak.
    let mut taken: Vec<Option<String>> = Vec::new();
    if let (Texts::Shed(p), false) = (&mut texts, checks::reads_text()) {
        taken.resize_with(p.sources.len(), || None);
        for (i, slot) in taken.iter_mut().enumerate() {
            let id = FileId(i as u32);
            if !skip.contains(&id) && starts_with_pathway(&p.sources.get(id).text) {
                *slot = p.sources.take_text(id);
            }
        }
    }
    let project = texts.project();
    let sources = &project.sources;
    // A file of pathways, institutions and schools only (a region's
    // list of pathways, its institutions, its schools: most of a national
    // plan's text) is lowered as soon as it is parsed; its tree is then
    // freed, and the next such file's is built in the same memory.
    let mut scratch = crate::syntax::Arena::new();
    let mut resolver = crate::resolve::Resolver::new(sources, sizes);
    // Each file's suppression comments are read as soon as it is parsed:
    // the trees serve the resolver only.
    let mut suppressions = checks::suppress::Suppressions::default();
    // One token list for every file (`syntax::lex_into`).
    let mut tokens = Vec::new();
    for (id, file) in sources.files() {
        if skip.contains(&id) {
            continue;
        }
        let text: &str = if taken.get(id.0 as usize).is_some_and(Option::is_some) {
            let t = taken[id.0 as usize].as_deref().unwrap_or_default();
            let lexed = crate::syntax::lex_into(id, t, std::mem::take(&mut tokens));
            if lexed.lowered_when_parsed() {
                scratch.reset();
                let mut parsed = crate::syntax::parse_lexed(id, t, lexed, &scratch);
                tokens = std::mem::take(&mut parsed.tokens);
                let pathways = parsed.ast.items.iter().all(|i| i.kind == ItemKind::Pathway);
                if pathways && parsed.ast.dropped.is_empty() {
                    diags.extend(parsed.errors);
                    suppressions.add(sources, t, &crate::syntax::Outline::of(&parsed.ast));
                    resolver.add_lowered(parsed.ast.items);
                    continue;
                }
            }
            // More than pathways: read as any file, from a copy that
            // lives as long as the trees.
            let copy: &str = arena.alloc_str(t);
            taken[id.0 as usize] = None;
            resolver.keep_text(id, copy);
            copy
        } else {
            &file.text
        };
        let lexed = crate::syntax::lex_into(id, text, std::mem::take(&mut tokens));
        let parsed = if lexed.lowered_when_parsed() {
            scratch.reset();
            let mut parsed = crate::syntax::parse_lexed(id, text, lexed, &scratch);
            tokens = std::mem::take(&mut parsed.tokens);
            // A dropped item records its name for the resolver to keep;
            // then (rarely) the file is parsed again into the arena.
            let lowered = parsed.ast.items.iter().all(|i| {
                matches!(
                    i.kind,
                    ItemKind::Pathway | ItemKind::Institution | ItemKind::School
                )
            });
            if lowered && parsed.ast.dropped.is_empty() {
                diags.extend(parsed.errors);
                suppressions.add(sources, text, &crate::syntax::Outline::of(&parsed.ast));
                resolver.add_lowered(parsed.ast.items);
                continue;
            }
            parse(id, text, &arena)
        } else {
            let mut parsed = crate::syntax::parse_lexed(id, text, lexed, &arena);
            tokens = std::mem::take(&mut parsed.tokens);
            parsed
        };
        diags.extend(parsed.errors);
        suppressions.add(sources, text, &crate::syntax::Outline::of(&parsed.ast));
        resolver.add_file(&parsed.ast);
    }
    // The largest file's tokens: nothing after parsing reads them.
    drop((scratch, tokens));
    crate::allocator::trace("parsing");
    let syntax_ok = diags.is_empty();
    let resolved = resolver.finish_taking(&mut taken);
    drop(taken);
    crate::allocator::trace("resolving");
    crate::allocator::give_back(|| drop(arena));
    diags.extend(resolved.diagnostics);
    let mut model = resolved.model;
    // Nothing after the checks that read text (`checks::reads_text`; none
    // now) reads a file's text but `extra`, which runs only where the
    // texts are kept: the emitters need positions only. Without such a
    // check the texts go before the graph is built, which then takes
    // their memory.
    let texts_read = checks::reads_text();
    if !texts_read {
        texts.shed();
    }
    let graph = syntax_ok.then(|| crate::graph::build(&model, opts.years));
    crate::allocator::trace("building the graph");
    if texts_read {
        if let Some(graph) = &graph {
            let ctx = checks::Context {
                sources: &texts.project().sources,
                model: &model,
                graph,
            };
            checks::run_reading_text(&ctx, &mut diags);
        }
        texts.shed();
    }
    let project = texts.project();
    let sources = &project.sources;
    if let Some(graph) = &graph {
        let ctx = checks::Context {
            sources,
            model: &model,
            graph,
        };
        checks::run_rest(&ctx, &mut diags);
        diags.extend(extra(&ctx));
    }
    texts.between_checks(&mut model);
    crate::allocator::trace("the graph checks");
    // Suppressions are graph-check business: while a file has an E0xx
    // error they are neither applied nor judged (no W001/W002).
    let (mut diags, suppressed) = if let Some(graph) = &graph {
        // K601/K602 run on what survives suppression (checks.md).
        let min_cohort = opts
            .min_cohort
            .unwrap_or(checks::k602_small_cohort::DEFAULT_MIN_COHORT);
        checks::suppress::apply_staged(suppressions, diags, |reported| {
            let ctx = checks::Context {
                sources,
                model: &model,
                graph,
            };
            checks::run_capacity(&ctx, reported, &opts.levels, min_cohort)
        })
    } else {
        (diags, 0)
    };
    // The level sink: config levels and `--deny warnings`, then the baseline.
    let mut removed = suppressed;
    diags.retain_mut(|d| {
        d.level = opts.levels.level_of(d.code);
        if d.level == Level::Allow {
            removed += 1;
            false
        } else {
            true
        }
    });
    let applied = opts
        .baseline
        .as_ref()
        .map(|b| b.apply(sources, &mut diags))
        .unwrap_or_default();
    crate::allocator::trace("K601/K602 and levels");
    let (model, graph) = texts.checks_done(model, graph);
    sort(&mut diags);
    crate::allocator::trace("sorting");
    Analysis {
        diagnostics: diags,
        suppressed: removed + applied.hidden,
        baselined: applied.hidden,
        baseline_fixed: applied.fixed,
        user_files: project.user_files,
        model,
        graph: graph.map(|g| (opts.years, g)),
    }
}

/// True when the first thing in `text`, past blank lines and comments,
/// is the keyword `pathway`: a file of pathways, most likely (the parse
/// says for sure).
fn starts_with_pathway(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        match rest.strip_prefix('#') {
            Some(comment) => rest = comment.split_once('\n').map_or("", |(_, r)| r),
            None => break,
        }
    }
    rest.strip_prefix("pathway")
        .is_some_and(|r| r.starts_with(|c: char| c.is_whitespace()))
}

/// Sorts by file (source order), line, column, code, then message.
pub fn sort(diags: &mut [Diagnostic]) {
    // Messages are rendered only to break a tie of place and code, which
    // is rare: rendering every one as a sort key cost 6% of a national check.
    // By the code as written (`C211` before `C212`), not by the registry's
    // order, which keeps related checks together.
    let order = |a: &Diagnostic, b: &Diagnostic| {
        (a.span.file, a.span.start, a.code.as_str())
            .cmp(&(b.span.file, b.span.start, b.code.as_str()))
            .then_with(|| a.message.render(Lang::En).cmp(&b.message.render(Lang::En)))
            .then_with(|| a.span.end.cmp(&b.span.end))
    };
    // The order of a stable sort, without its buffer of half the findings
    // (216 bytes each: 8 MB at the end of a national check, the run's
    // peak): indices sorted, ties kept in order, then the findings moved.
    let mut perm: Vec<u32> = (0..diags.len() as u32).collect();
    perm.sort_unstable_by(|&i, &j| order(&diags[i as usize], &diags[j as usize]).then(i.cmp(&j)));
    // Position k takes the finding at perm[k]: follow each cycle once.
    for start in 0..perm.len() {
        let mut k = start;
        while perm[k] as usize != start {
            let from = perm[k] as usize;
            diags.swap(k, from);
            perm[k] = k as u32;
            k = from;
        }
        perm[k] = k as u32;
    }
}
