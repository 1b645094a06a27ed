//! Pass 2 and 3 of the resolver: field values, per item kind.

use super::HashMap;

mod law;

use super::messages::{Msg, Owner, Shape};
use super::{CreboDef, Def, Head, NodePos, Pending, Resolver};
use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::model::*;
use crate::schema::Wanted;
use crate::source::Span;
use crate::syntax::{Field, IntLit, Item, ItemKind, Ref, Value};

use crate::field_key;
use crate::schema::{FieldKey, field_key, field_names, has_field, non_empty, required};

const MAX_INT: u64 = u32::MAX as u64;

/// Two list values as one list (`[bol]`, `[bbl]` → `[bol, bbl]`), without
/// repeats, when both are lists of plain names and numbers.
fn merge_lists(a: &Value, b: &Value) -> Option<String> {
    let (Value::List(a, _), Value::List(b, _)) = (a, b) else {
        return None;
    };
    let mut out: Vec<String> = Vec::new();
    for v in a.iter().chain(b.iter()) {
        let t = match v {
            Value::Ref(r) => super::ref_text(r),
            Value::Int(i) if i.text.len() <= 10 => i.text.to_string(),
            _ => return None,
        };
        if !out.contains(&t) {
            out.push(t);
        }
    }
    (out.len() <= 12).then(|| format!("[{}]", out.join(", ")))
}

/// The value rewritten in the wanted shape, when the fix is obvious: a
/// quoted name or number unquoted, a one-element list unwrapped, a single
/// value wrapped in a list, a bare word quoted.
fn rewrite(v: &Value, shape: Shape) -> Option<String> {
    let is_name = |t: &str| {
        t.starts_with(|c: char| c.is_ascii_alphabetic())
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
            && !t.ends_with('-')
            && t.len() <= 40
    };
    // Text that needs no escape inside quotes.
    let plain =
        |t: &str| t.len() <= 60 && !t.chars().any(|c| c == '"' || c == '\\' || c.is_control());
    let is_number =
        |t: &str| !t.is_empty() && t.len() <= 10 && t.bytes().all(|b| b.is_ascii_digit());
    let number = |t: &str| is_number(t).then(|| t.parse::<u64>().ok()).flatten();
    let fits = |t: &str, s: Shape| match s {
        Shape::Ref => is_name(t),
        Shape::Route => t == "bol" || t == "bbl",
        Shape::Int | Shape::Count => number(t).is_some_and(|n| n <= MAX_INT),
        Shape::Year => number(t).is_some_and(|n| (1900..=2200).contains(&n)),
        Shape::Level => number(t).is_some_and(|n| (1..=4).contains(&n)),
        Shape::Crebo => t.len() == 5 && is_number(t),
        _ => false,
    };
    let text = |v: &Value| match v {
        Value::Ref(r) => Some(super::ref_text(r)),
        Value::Int(i) => Some(i.text.to_string()),
        Value::Str(s) => Some(s.value.to_string()),
        Value::List(..) | Value::YearCount(..) => None,
    };
    let element = match shape {
        Shape::RefList => Some(Shape::Ref),
        Shape::IntList => Some(Shape::Int),
        Shape::LevelList => Some(Shape::Level),
        Shape::CreboList => Some(Shape::Crebo),
        Shape::RouteList => Some(Shape::Route),
        _ => None,
    };
    match (v, element) {
        // A list where one value is wanted: unwrap a single element.
        (Value::List(elems, _), None) => match &elems[..] {
            [Value::Str(s)] if shape == Shape::Str => {
                plain(s.value).then(|| format!("\"{}\"", s.value))
            }
            [one] => rewrite(one, shape).or_else(|| text(one).filter(|t| fits(t, shape))),
            _ => None,
        },
        (Value::List(..), Some(_)) => None,
        // One value where a list is wanted: wrap it.
        (_, Some(elem)) => {
            let t = match v {
                Value::Str(_) => rewrite(v, elem)?,
                _ => text(v)?,
            };
            fits(&t, elem).then(|| format!("[{t}]"))
        }
        (Value::Str(s), None) => fits(s.value, shape).then(|| s.value.to_string()),
        (Value::Ref(_) | Value::Int(_), None) if shape == Shape::Str => {
            text(v).map(|t| format!("\"{t}\""))
        }
        _ => None,
    }
}

/// The first occurrence of each known field of an item, by its key (the
/// names are compared once, when the item's fields are read). An item has
/// at most [`MAX_FIELDS`] known fields (`schema::field_names`), so a scan
/// of a small array on the stack beats a table of every field name.
#[derive(Clone, Copy)]
pub(super) struct Fields<'f, 'a> {
    list: [Option<&'f Field<'a>>; MAX_FIELDS],
    keys: [FieldKey; MAX_FIELDS],
    len: usize,
}

/// More than any item kind has (`schema::field_names`); a unit test keeps
/// it so.
const MAX_FIELDS: usize = 12;

impl<'f, 'a> Fields<'f, 'a> {
    fn new() -> Self {
        Fields {
            list: [None; MAX_FIELDS],
            keys: [field_key!("from"); MAX_FIELDS],
            len: 0,
        }
    }

    pub(super) fn get(&self, key: FieldKey) -> Option<&'f Field<'a>> {
        let at = self.keys[..self.len].iter().position(|&k| k == key)?;
        self.list[at]
    }

    /// Adds a field whose key is not yet present (a known field, so there
    /// is room).
    fn insert(&mut self, key: FieldKey, f: &'f Field<'a>) {
        self.list[self.len] = Some(f);
        self.keys[self.len] = key;
        self.len += 1;
    }

    pub(super) fn remove(&mut self, key: FieldKey) {
        if let Some(at) = self.keys[..self.len].iter().position(|&k| k == key) {
            self.list[at] = None;
        }
    }
}

impl<'a, 's: 'a> Resolver<'a, 's> {
    /// Checks field names (E106, E107) and presence (E105); returns the
    /// first occurrence of each known field.
    fn fields<'f, 't>(&mut self, item: &'f Item<'t>) -> Fields<'f, 't> {
        let names = field_names(item.kind);
        let mut seen = Fields::new();
        // Fields an unknown name was surely meant as: not also E105.
        let mut meant: Vec<&str> = Vec::new();
        for f in item.fields {
            let name = f.name.text;
            let key = field_key(name).filter(|&k| has_field(item.kind, k));
            let Some(key) = key else {
                let closest = super::dutch_fields::closest_field(name, names);
                if let [one] = closest[..] {
                    meant.push(one);
                }
                self.push(
                    Diagnostic::new(
                        Code::E106,
                        f.name.span(),
                        Msg::UnknownField {
                            owner: self.owner(),
                            field: name.into(),
                        },
                    )
                    .help(Msg::HelpFields {
                        kind: item.kind,
                        names: names.iter().map(|s| s.to_string()).collect(),
                        closest: closest.iter().map(|s| s.to_string()).collect(),
                    })
                    .key(crate::diagnostics::truncate(name, 40)),
                );
                // Renaming onto a field the item already has would give it
                // twice (E107) and change which value counts: no fix then.
                let free: Vec<&str> = closest
                    .iter()
                    .copied()
                    .filter(|c| !item.fields.iter().any(|g| g.name.text == *c))
                    .collect();
                let fixes = crate::fixes::did_you_mean(f.name.span(), "", name, &free);
                if let Some(d) = self.diags.last_mut() {
                    d.fixes = fixes.into();
                }
                continue;
            };
            if let Some(first) = seen.get(key) {
                let merged = merge_lists(&first.value, &f.value).map(|m| format!("{name} = {m}"));
                let first_field: &Field = first;
                let first = first.name.span();
                self.push(
                    Diagnostic::new(
                        Code::E107,
                        f.name.span(),
                        Msg::DuplicateField {
                            owner: self.owner(),
                            field: name.into(),
                        },
                    )
                    .with_label(first, Msg::FirstFieldHere)
                    .help(Msg::HelpOneField { merged })
                    .key(name),
                );
                let fix = crate::fixes::drop_repeated_field(first_field, f);
                if let Some(d) = self.diags.last_mut() {
                    d.fixes.extend(fix);
                }
                continue;
            }
            seen.insert(key, f);
        }
        for group in required(item.kind) {
            if !group
                .iter()
                .any(|g| field_key(g).is_some_and(|k| seen.get(k).is_some()) || meant.contains(g))
            {
                let owner = self.owner();
                let id = owner.name.clone();
                let fields: Vec<String> = group.iter().map(|s| s.to_string()).collect();
                self.push(
                    Diagnostic::new(
                        Code::E105,
                        item.name_span(),
                        Msg::MissingField {
                            owner,
                            fields: fields.clone(),
                        },
                    )
                    .help(Msg::HelpAddField {
                        kind: item.kind,
                        fields,
                    })
                    .key(id)
                    .key(group[0]),
                );
            }
        }
        seen
    }

    fn bad_shape(&mut self, f: &Field<'_>, shape: Shape) {
        let field = f.name.text;
        let help = match rewrite(&f.value, shape) {
            Some(fix) => Msg::HelpRewrite {
                fix: format!("{field} = {fix}"),
            },
            None => Msg::HelpShape {
                field: field.into(),
                shape,
            },
        };
        self.push(
            Diagnostic::new(
                Code::E104,
                f.value.span(),
                Msg::BadShape {
                    field: field.into(),
                    shape,
                },
            )
            .help(help)
            .key(field),
        );
        if let Some(fix) = rewrite(&f.value, shape) {
            let fix = crate::diagnostics::Fix::replace(f.value.span(), fix, true);
            if let Some(d) = self.diags.last_mut() {
                d.fixes.push(fix);
            }
        }
    }

    /// An element of a list field with the wrong shape: reported at the
    /// element, naming the list's shape in the help.
    fn bad_element(&mut self, f: &Field<'_>, v: &Value<'_>, elem: Shape, list: Shape) {
        let help = match rewrite(v, elem) {
            Some(fix) => Msg::HelpRewriteElement { fix },
            None => Msg::HelpShape {
                field: f.name.text.into(),
                shape: list,
            },
        };
        self.push(
            Diagnostic::new(
                Code::E104,
                v.span(),
                Msg::BadElement {
                    field: f.name.text.into(),
                    shape: elem,
                },
            )
            .help(help)
            .key(f.name.text),
        );
        if let Some(fix) = rewrite(v, elem) {
            let fix = crate::diagnostics::Fix::replace(v.span(), fix, true);
            if let Some(d) = self.diags.last_mut() {
                d.fixes.push(fix);
            }
        }
    }

    /// The item being resolved, as messages name it.
    fn owner(&self) -> Owner {
        match self.owner.expect("fields are resolved inside an item") {
            (Some(head), p) => self.owner_of(head, &p),
            (None, Pending::Pathway(id)) => Owner {
                kind: ItemKind::Pathway,
                name: self.pathway_name(id),
            },
            (None, Pending::Offer(id)) => Owner {
                kind: ItemKind::Offer,
                name: self.model.offer_ref(id),
            },
            (None, Pending::Inst(id)) => Owner {
                kind: ItemKind::Institution,
                name: crate::diagnostics::truncate(&self.model.institution(id).name, 40),
            },
            (None, _) => {
                unreachable!("only pathways, institutions and offers are read without a tree")
            }
        }
    }

    fn invalid(&mut self, span: Span, msg: Msg, help: Msg) {
        self.push(Diagnostic::new(Code::E104, span, msg).help(help));
    }

    /// The elements of a list field; a scalar is a shape error.
    fn list<'f, 't>(&mut self, f: &'f Field<'t>, shape: Shape) -> Option<&'f [Value<'t>]> {
        match &f.value {
            Value::List(elems, span) => {
                if elems.is_empty() && non_empty(f.name.text) {
                    self.invalid(
                        *span,
                        Msg::EmptyList {
                            owner: self.owner(),
                            field: f.name.text.into(),
                        },
                        Msg::HelpFillList {
                            field: f.name.text.into(),
                        },
                    );
                }
                Some(elems)
            }
            _ => {
                self.bad_shape(f, shape);
                None
            }
        }
    }

    // Inlined, with the error out of line: every `capacity` and every
    // number of a `pupils` series comes through here.
    #[inline]
    fn int_value(&mut self, lit: &IntLit, field: &str) -> Option<u32> {
        match lit.value() {
            Some(v) if v <= MAX_INT => Some(v as u32),
            _ => {
                self.too_large(lit, field);
                None
            }
        }
    }

    #[cold]
    fn too_large(&mut self, lit: &IntLit, field: &str) {
        self.invalid(
            lit.span(),
            Msg::TooLarge {
                field: field.into(),
                text: lit.text.into(),
            },
            Msg::HelpTooLarge,
        );
    }

    /// A COUNT list's year that is no year (`order` `None`), or that does
    /// not come after the one before it (`Some((year, prev))`).
    #[cold]
    fn bad_count_year(&mut self, f: &Field<'_>, y: &IntLit, order: Option<(u32, u32)>) {
        let field = f.name.text.into();
        let (msg, help) = match order {
            None => (
                Msg::BadYear {
                    field,
                    value: y.text.into(),
                },
                Msg::HelpYears,
            ),
            Some((year, prev)) => (
                Msg::CountYearOrder { field, year, prev },
                Msg::HelpCountYearOrder,
            ),
        };
        self.invalid(y.span(), msg, help);
    }

    fn level_value(&mut self, v: &Value<'_>, f: &Field<'_>, in_list: bool) -> Option<u8> {
        let Value::Int(lit) = v else {
            if in_list {
                self.bad_element(f, v, Shape::Level, Shape::LevelList);
            } else {
                self.bad_shape(f, Shape::Level);
            }
            return None;
        };
        match lit.value() {
            Some(l @ 1..=4) => Some(l as u8),
            _ => {
                self.invalid(
                    lit.span(),
                    Msg::BadLevel {
                        field: f.name.text.into(),
                        value: crate::diagnostics::truncate(lit.text, 40),
                    },
                    Msg::HelpLevels,
                );
                None
            }
        }
    }

    fn level(&mut self, f: &Field<'_>) -> Option<u8> {
        self.level_value(&f.value, f, false)
    }

    fn levels(&mut self, f: &Field<'_>) -> Vec<u8> {
        let Some(elems) = self.list(f, Shape::LevelList) else {
            return Vec::new();
        };
        let mut out: Vec<u8> = elems
            .iter()
            .filter_map(|v| self.level_value(v, f, true))
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A COUNT: one number, or `[YEAR: INT, ...]` with years strictly
    /// ascending (E104 at the first year out of order, which drops the
    /// list). An empty list is no value. Listed years join the plan's.
    // Inlined: most counts are one number (every offer's `capacity`); a
    // series takes the call.
    #[inline]
    fn count(&mut self, f: &Field<'_>, std: bool) -> Option<Count> {
        match &f.value {
            Value::Int(lit) => self.int_value(lit, f.name.text).map(Count::Fixed),
            Value::List(elems, _) => self.count_series(f, elems, std),
            _ => {
                self.bad_shape(f, Shape::Count);
                None
            }
        }
    }

    /// [`Resolver::count`] of a list.
    #[inline(never)]
    fn count_series(&mut self, f: &Field<'_>, elems: &[Value<'_>], std: bool) -> Option<Count> {
        let mut pairs: Vec<YearValue> = Vec::with_capacity(elems.len());
        let mut ok = true;
        // Only the first year out of order is reported, whatever else in
        // the list is wrong.
        let mut in_order = true;
        // The years written so far, as (earliest, latest): the latest is
        // what the next must follow, and the span joins the plan's once.
        let mut written: Option<(u32, u32)> = None;
        for v in elems.iter() {
            let Value::YearCount(yc) = v else {
                self.bad_element(f, v, Shape::YearCount, Shape::Count);
                ok = false;
                continue;
            };
            let (y, c) = (yc.year(), yc.count());
            let year = match y.value() {
                Some(y @ 1900..=2200) => y as u32,
                _ => {
                    self.bad_count_year(f, &y, None);
                    ok = false;
                    continue;
                }
            };
            if let Some((_, latest)) = written
                && year <= latest
                && in_order
            {
                self.bad_count_year(f, &y, Some((year, latest)));
                (ok, in_order) = (false, false);
            }
            written = Some(written.map_or((year, year), |(lo, hi)| (lo.min(year), hi.max(year))));
            match self.int_value(&c, f.name.text) {
                Some(value) => pairs.push(YearValue { year, value }),
                None => ok = false,
            }
        }
        if let Some((lo, hi)) = written.filter(|_| !std) {
            let w = &mut self.model.written_years;
            *w = Some(w.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
        }
        (ok && !pairs.is_empty()).then(|| Count::ByYear(Box::new(pairs.into_boxed_slice())))
    }

    fn year(&mut self, f: &Field<'_>) -> Option<(u32, Span)> {
        let Value::Int(lit) = &f.value else {
            self.bad_shape(f, Shape::Year);
            return None;
        };
        match lit.value() {
            Some(y @ 1900..=2200) => Some((y as u32, lit.span())),
            _ => {
                self.invalid(
                    lit.span(),
                    Msg::BadYear {
                        field: f.name.text.into(),
                        value: lit.text.into(),
                    },
                    Msg::HelpYears,
                );
                None
            }
        }
    }

    /// `from`/`until` of an item: E104 for a bad year or `from` after `until`.
    fn years(&mut self, fs: &Fields<'_, '_>, std: bool) -> Years {
        if fs.len == 0 {
            // Most pathways have no fields at all.
            return Years::default();
        }
        let from = fs.get(field_key!("from")).and_then(|f| self.year(f));
        let until = fs.get(field_key!("until")).and_then(|f| self.year(f));
        if std {
            for (y, _) in from.iter().chain(until.iter()) {
                let p = &mut self.model.prelude_year;
                *p = Some(p.map_or(*y, |p| p.max(*y)));
            }
        } else {
            for (y, _) in from.iter().chain(until.iter()) {
                let w = &mut self.model.written_years;
                *w = Some(match *w {
                    Some((lo, hi)) => (lo.min(*y), hi.max(*y)),
                    None => (*y, *y),
                });
            }
        }
        if let (Some((f, span)), Some((u, _))) = (from, until)
            && f > u
        {
            self.invalid(
                span,
                Msg::FromAfterUntil {
                    owner: self.owner(),
                    from: f as u64,
                    until: u as u64,
                },
                Msg::HelpSwapYears,
            );
            return Years::default();
        }
        Years {
            from: from.map(|y| y.0),
            until: until.map(|y| y.0),
        }
    }

    fn string(&mut self, f: &Field<'_>) -> Option<String> {
        match &f.value {
            Value::Str(s) => Some(s.value.to_string()),
            _ => {
                self.bad_shape(f, Shape::Str);
                None
            }
        }
    }

    fn reference(&mut self, f: &Field<'_>, kinds: &[ItemKind], wanted: Wanted) -> Option<Def> {
        match &f.value {
            Value::Ref(r) => self.lookup(r, kinds, wanted),
            _ => {
                self.bad_shape(f, Shape::Ref);
                None
            }
        }
    }

    fn references(
        &mut self,
        f: &Field<'_>,
        kinds: &[ItemKind],
        wanted: Wanted,
    ) -> Vec<(Def, Span)> {
        let Some(elems) = self.list(f, Shape::RefList) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for v in elems {
            match v {
                Value::Ref(r) => {
                    if let Some(d) = self.lookup(r, kinds, wanted.clone()) {
                        out.push((d, r.span()));
                    }
                }
                _ => self.bad_element(f, v, Shape::Ref, Shape::RefList),
            }
        }
        out
    }

    fn sector(&mut self, f: &Field<'_>) -> Option<SectorId> {
        match self.reference(f, &[ItemKind::Sector], Wanted::Kind(ItemKind::Sector)) {
            Some(Def::Sector(s)) => Some(s),
            _ => None,
        }
    }

    fn sectors(&mut self, f: &Field<'_>) -> Vec<(SectorId, Span)> {
        self.references(f, &[ItemKind::Sector], Wanted::Kind(ItemKind::Sector))
            .into_iter()
            .filter_map(|(d, s)| match d {
                Def::Sector(id) => Some((id, s)),
                _ => None,
            })
            .collect()
    }

    fn subjects(&mut self, f: &Field<'_>) -> Vec<SubjectId> {
        self.references(f, &[ItemKind::Subject], Wanted::Kind(ItemKind::Subject))
            .into_iter()
            .filter_map(|(d, _)| match d {
                Def::Subject(id) => Some(id),
                _ => None,
            })
            .collect()
    }

    fn crebo_field(
        &mut self,
        v: &Value<'_>,
        f: &Field<'_>,
        kind: ItemKind,
        in_list: bool,
    ) -> Option<CreboDef> {
        match v {
            Value::Int(lit) => self.crebo(lit.text, lit.span(), kind, false),
            _ if in_list => {
                self.bad_element(f, v, Shape::Crebo, Shape::CreboList);
                None
            }
            _ => {
                self.bad_shape(f, Shape::Crebo);
                None
            }
        }
    }

    fn route_value(&mut self, v: &Value<'_>, f: &Field<'_>, in_list: bool) -> Option<Route> {
        match v {
            Value::Ref(r) if r.member().is_none() && r.base().text == "bol" => Some(Route::Bol),
            Value::Ref(r) if r.member().is_none() && r.base().text == "bbl" => Some(Route::Bbl),
            Value::Ref(r) => {
                self.invalid(
                    r.span(),
                    Msg::BadRoute {
                        text: super::ref_text(r),
                    },
                    Msg::HelpRoutes,
                );
                None
            }
            _ if in_list => {
                self.bad_element(f, v, Shape::Route, Shape::RouteList);
                None
            }
            _ => {
                self.bad_shape(f, Shape::Route);
                None
            }
        }
    }

    fn is_std(&self, item: &Item) -> bool {
        self.sources.get(item.span.file).is_std
    }

    /// How messages name the item: by its reference for a programme, an
    /// offer or a pathway, else by its ID or crebo.
    fn owner_of(&self, head: Head, p: &Pending) -> Owner {
        let name = match p {
            Pending::Programme(id) => self.model.programme_ref(*id),
            Pending::Offer(id) => self.model.offer_ref(*id),
            Pending::Pathway(id) => self.pathway_name(*id),
            _ => head
                .name
                .map(|span| crate::diagnostics::truncate(self.text_at(span), 40))
                .unwrap_or_default(),
        };
        Owner {
            kind: head.kind,
            name,
        }
    }

    pub(super) fn fill(&mut self, item: &Item<'_>, p: Pending) {
        self.owner = Some((Some(Head::of(item)), p));
        let fs = self.fields(item);
        let std = self.is_std(item);
        match p {
            Pending::Track(t) => {
                if let Some(f) = fs.get(field_key!("admits")) {
                    self.model.tracks[t.idx()].admits = self.levels(f);
                }
            }
            Pending::Sector(s) => {
                if let Some(f) = fs.get(field_key!("includes")) {
                    let inc = self.sectors(f);
                    self.includes_spans[s.idx()] = inc.iter().map(|x| x.1).collect();
                    self.model.sectors[s.idx()].includes = inc.into_iter().map(|x| x.0).collect();
                }
            }
            Pending::Subject => {}
            Pending::Profile(id) => {
                if let Some(f) = fs.get(field_key!("sectors")) {
                    self.model.profiles[id.idx()].sectors =
                        self.sectors(f).into_iter().map(|x| x.0).collect();
                }
                if let Some(f) = fs.get(field_key!("tracks")) {
                    self.model.profiles[id.idx()].tracks = self.tracks(f);
                }
            }
            Pending::Dossier(d) => {
                if let Some(f) = fs.get(field_key!("sector")) {
                    self.model.dossiers[d.idx()].sector = self.sector(f);
                }
            }
            Pending::Qual(q) => {
                let level = fs.get(field_key!("level")).and_then(|f| self.level(f));
                let dossier = fs.get(field_key!("dossier")).and_then(|f| {
                    match self.crebo_field(&f.value, f, ItemKind::Dossier, false) {
                        Some(CreboDef::Dossier(d)) => Some(d),
                        _ => None,
                    }
                });
                let sector = fs.get(field_key!("sector")).and_then(|f| self.sector(f));
                let requires = fs
                    .get(field_key!("requires"))
                    .map(|f| self.subjects(f))
                    .unwrap_or_default();
                let routes = fs.get(field_key!("routes")).and_then(|f| self.routes(f));
                let specialist = fs
                    .get(field_key!("type"))
                    .is_some_and(|f| self.qual_type(f));
                let successor = fs.get(field_key!("successor")).and_then(|f| {
                    match self.crebo_field(&f.value, f, ItemKind::Qualification, false) {
                        Some(CreboDef::Qual(s)) => Some(s),
                        _ => None,
                    }
                });
                let years = self.years(&fs, std);
                let q = &mut self.model.qualifications[q.idx()];
                q.level = level;
                q.dossier = dossier;
                q.sector = sector;
                q.requires = requires;
                if let Some(rs) = routes {
                    q.routes = rs.into();
                }
                q.specialist = specialist;
                q.successor = successor;
                q.years = years;
            }
            Pending::Prereq(id) => {
                let (into, into_quals) = fs
                    .get(field_key!("into"))
                    .map(|f| self.into(f))
                    .unwrap_or_default();
                let from = fs
                    .get(field_key!("profiles"))
                    .map(|f| {
                        self.references(f, &[ItemKind::Profile], Wanted::Kind(ItemKind::Profile))
                    })
                    .unwrap_or_default();
                let tracks = fs
                    .get(field_key!("tracks"))
                    .map(|f| self.tracks(f))
                    .unwrap_or_default();
                let fs = self.prerequisite_from(fs);
                let years = self.years(&fs, std);
                let levels = fs
                    .get(field_key!("levels"))
                    .map(|f| self.levels(f))
                    .unwrap_or_default();
                let one_of = fs
                    .get(field_key!("one-of"))
                    .map(|f| self.subjects(f))
                    .unwrap_or_default();
                let mut except = Vec::new();
                if let Some(f) = fs.get(field_key!("except"))
                    && let Some(elems) = self.list(f, Shape::CreboList)
                {
                    for v in elems {
                        if let Some(CreboDef::Qual(q)) =
                            self.crebo_field(v, f, ItemKind::Qualification, true)
                        {
                            except.push(q);
                        }
                    }
                }
                let p = &mut self.model.prerequisites[id.idx()];
                p.into = into;
                p.into_quals = into_quals;
                p.tracks = tracks;
                p.years = years;
                p.profiles = from
                    .into_iter()
                    .filter_map(|(d, _)| match d {
                        Def::Profile(p) => Some(p),
                        _ => None,
                    })
                    .collect();
                p.levels = levels;
                p.one_of = one_of;
                p.except = except;
                // A rule missing its sectors, profiles or subjects (E101,
                // E103, E104 or E105 says why) cannot be judged: it applies
                // to no one rather than to everyone with nothing to satisfy it.
                if (p.into.is_empty() && p.into_quals.is_empty())
                    || p.profiles.is_empty()
                    || p.one_of.is_empty()
                {
                    p.into.clear();
                    p.into_quals.clear();
                    p.profiles.clear();
                    p.one_of.clear();
                }
            }
            Pending::School(s) => {
                if let Some(f) = fs.get(field_key!("brin")) {
                    self.check_brin(f, false);
                }
                let brin = fs.get(field_key!("brin")).and_then(|f| self.string(f));
                let municipality = fs
                    .get(field_key!("municipality"))
                    .and_then(|f| self.municipality(f));
                let school = &mut self.model.schools[s.idx()];
                school.brin = brin;
                school.municipality = municipality;
            }
            Pending::Programme(id) => {
                let track = match fs.get(field_key!("track")).and_then(|f| {
                    self.reference(f, &[ItemKind::Track], Wanted::Kind(ItemKind::Track))
                }) {
                    Some(Def::Track(t)) => Some(t),
                    _ => None,
                };
                let profile = match fs.get(field_key!("profile")).and_then(|f| {
                    self.reference(f, &[ItemKind::Profile], Wanted::Kind(ItemKind::Profile))
                }) {
                    Some(Def::Profile(p)) => Some(p),
                    _ => None,
                };
                if let (Some(t), Some(pr), Some(f)) =
                    (track, profile, fs.get(field_key!("profile")))
                {
                    self.profile_on_track(f, pr, t);
                }
                let practical = fs.get(field_key!("practical")).and_then(|f| self.sector(f));
                if let (Some(t), Some(f)) = (track, fs.get(field_key!("practical"))) {
                    self.practical_on_track(f, t);
                }
                // A list with a subject that did not resolve is not known: C202
                // would otherwise report the misspelt subject as missing.
                let subjects = fs.get(field_key!("subjects")).and_then(|f| {
                    let resolved = self.subjects(f);
                    let written = match &f.value {
                        Value::List(elems, _) => elems.len(),
                        _ => usize::MAX,
                    };
                    (resolved.len() == written).then_some(resolved)
                });
                let pupils = fs
                    .get(field_key!("pupils"))
                    .and_then(|f| self.count(f, std));
                let years = self.years(&fs, std);
                let p = &mut self.model.programmes[id.idx()];
                p.track = track;
                p.profile = profile;
                p.practical = practical;
                p.subjects = subjects;
                p.pupils = pupils;
                p.years = years;
            }
            // Read whole when declared (`declare_pathway`, `pathway_nodes`,
            // `declare_institution`, `offer_qualification`).
            Pending::Pathway(_) | Pending::Inst(_) | Pending::Offer(_) => {}
            Pending::Region(id) => {
                let (members, member_spans): (Vec<MemberRef>, Vec<Span>) = fs
                    .get(field_key!("members"))
                    .map(|f| {
                        self.references(
                            f,
                            &[ItemKind::School, ItemKind::Institution],
                            Wanted::Member,
                        )
                    })
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|(d, span)| match d {
                        Def::School(s) => Some((MemberRef::School(s), span)),
                        Def::Inst(i) => Some((MemberRef::Institution(i), span)),
                        _ => None,
                    })
                    .unzip();
                let labour_market = fs
                    .get(field_key!("labour-market"))
                    .and_then(|f| self.labour_market(f));
                let demand = fs
                    .get(field_key!("demand"))
                    .map(|f| self.sectors(f))
                    .unwrap_or_default();
                let target = fs
                    .get(field_key!("target-level"))
                    .and_then(|f| self.level(f));
                let r = &mut self.model.regions[id.idx()];
                r.members = members;
                r.member_spans = member_spans;
                r.labour_market = labour_market;
                r.demand = demand;
                r.target_level = target.unwrap_or(4);
            }
        }
    }

    /// An institution's fields, read as it is declared.
    pub(super) fn read_institution(&mut self, i: InstId, item: &Item<'_>) {
        let outer = self.owner.replace((None, Pending::Inst(i)));
        let fs = self.fields(item);
        if let Some(f) = fs.get(field_key!("brin")) {
            self.check_brin(f, true);
            self.model.institutions[i.idx()].brin = self.string(f);
        }
        if let Some(f) = fs.get(field_key!("municipality")) {
            self.model.institutions[i.idx()].municipality = self.municipality(f);
        }
        self.owner = outer;
    }

    /// An offer's fields, read as it is declared: all but what depends on
    /// its qualification, which pass 2 adds ([`Resolver::offer_qualification`]).
    pub(super) fn read_offer(&mut self, o: OfferId, item: &Item<'_>) {
        let outer = self.owner.replace((None, Pending::Offer(o)));
        let fs = self.fields(item);
        let std = self.is_std(item);
        if let Some(f) = fs.get(field_key!("routes"))
            && let Some(elems) = self.list(f, Shape::RouteList)
        {
            let written: Box<[(Route, Span)]> = elems
                .iter()
                .filter_map(|v| Some((self.route_value(v, f, true)?, v.span())))
                .collect();
            if !written.is_empty() {
                self.offer_routes.insert(o, written);
            }
        }
        // Declared with the offer; only its shape is checked here.
        if let Some(f) = fs.get(field_key!("location"))
            && !matches!(f.value, Value::Str(_))
        {
            self.bad_shape(f, Shape::Str);
        }
        let capacity = fs
            .get(field_key!("capacity"))
            .and_then(|f| self.count(f, std));
        let years = self.years(&fs, std);
        let offer = &mut self.model.offers[o.idx()];
        offer.capacity = capacity;
        offer.years = years;
        self.owner = outer;
    }

    /// An offer's qualification, by its crebo code read again from the
    /// text, and the routes it may have (pass 2, once the catalogue is read).
    pub(super) fn offer_qualification(&mut self, o: OfferId) {
        self.owner = Some((None, Pending::Offer(o)));
        let span = self.model.offers[o.idx()].crebo_span();
        let qual = match self.crebo(self.text_at(span), span, ItemKind::Qualification, true) {
            Some(CreboDef::Qual(q)) => Some(q),
            _ => None,
        };
        let mut kept = Vec::new();
        for (r, span) in self.offer_routes.remove(&o).unwrap_or_default() {
            // A route the qualification does not allow (E104): the offer
            // keeps the routes it may have.
            match qual {
                Some(q) if !self.model.qual(q).routes.contains(&r) => {
                    self.route_not_allowed(span, r, q)
                }
                _ => kept.push(r),
            }
        }
        let kept = Routes::from(kept);
        let offer = &mut self.model.offers[o.idx()];
        offer.qualification = qual;
        if !kept.is_empty() {
            offer.routes = kept;
        } else if let Some(q) = qual {
            // Nothing valid written (E104 reported), or nothing written:
            // the routes its qualification allows.
            offer.routes = self.model.qualifications[q.idx()].routes;
        }
    }

    /// Declares a pathway and reads its fields, which name nothing (a
    /// route, years, a note); its nodes are kept as offsets into the file
    /// and resolved by [`Resolver::pathway_nodes`] once every name is
    /// declared. Nothing of `item` is kept: a file of pathways is freed as
    /// soon as it is declared.
    pub(super) fn declare_pathway(&mut self, item: &Item<'_>) {
        let id = PathwayId(self.model.pathways.len() as u32);
        let plain = item.nodes().iter().all(|r| {
            r.member()
                .is_none_or(|m| m.span().start == r.base().span().end + 1)
        });
        let spans: smallvec::SmallVec<[(u32, u32); 4]> = item
            .nodes()
            .iter()
            .map(|n| {
                let s = n.span();
                (s.start, s.end)
            })
            .collect();
        self.model
            .pathways
            .push(Pathway::new(item.span, plain, &spans));
        let outer = self.owner.replace((None, Pending::Pathway(id)));
        // Messages about its fields name it; its file's text may be gone
        // by the time they are worded (a one-off check), the tree is here.
        if !item.fields.is_empty() {
            let name = item.nodes().iter().map(super::ref_text).collect::<Vec<_>>();
            self.declaring = Some((id, name.join(" -> ")));
        }
        let fs = self.fields(item);
        let std = self.is_std(item);
        let route = fs.get(field_key!("route")).and_then(|f| {
            self.route_value(&f.value, f, false)
                .map(|r| (r, f.value.span()))
        });
        let note = fs.get(field_key!("note")).and_then(|f| self.string(f));
        let years = self.years(&fs, std);
        self.owner = outer;
        self.declaring = None;
        if route.is_some() || years != Years::default() || note.is_some() {
            let rare = self.model.pathways[id.idx()]
                .rare
                .get_or_insert_with(Default::default);
            rare.route = route.map(|(r, span)| (r, (span.start, span.end)));
            rare.years = years;
            rare.note = note.map(String::into_boxed_str);
        }
    }

    /// Node `i` of a pathway as the reference it was written as, read
    /// again from the file's text.
    fn pathway_ref<'t>(&self, id: PathwayId, i: usize, text: &'t str) -> Ref<'t> {
        let p = &self.model.pathways[id.idx()];
        let (start, end) = p.node_at(i);
        let file = p.file();
        if p.plain {
            crate::syntax::plain_reference_at(file, text, start, end)
        } else {
            crate::syntax::reference_at(file, text, start, end)
        }
    }

    /// How messages name a pathway: `olympia.pie-kb -> zadkine.25263`.
    fn pathway_name(&self, id: PathwayId) -> String {
        if let Some((named, name)) = &self.declaring
            && *named == id
        {
            return name.clone();
        }
        let text = self.text_of(self.model.pathways[id.idx()].file());
        (0..self.model.pathways[id.idx()].written())
            .map(|i| super::ref_text(&self.pathway_ref(id, i, text)))
            .collect::<Vec<_>>()
            .join(" -> ")
    }

    /// Resolves a declared pathway's nodes (pass 2).
    /// `text` is its file's.
    pub(super) fn pathway_nodes(&mut self, id: PathwayId, text: &str) {
        // The steps up to the first unresolved node stay in the graph
        // (docs/decisions.md); every node is still looked up, so a second
        // misspelt one is reported too.
        let n = self.model.pathways[id.idx()].written();
        let mut nodes: smallvec::SmallVec<[Node; 4]> = smallvec::SmallVec::with_capacity(n);
        let mut after_break = Vec::new();
        let mut ok = true;
        let mut guess = None;
        for i in 0..n {
            let r = self.pathway_ref(id, i, text);
            let pos = if i == 0 {
                NodePos::First
            } else {
                NodePos::Later
            };
            self.guess = None;
            let found = self.node(&r, pos);
            if let Some(Node::Offer(o)) = found
                && let Some(alias) = self.model.offer(o).alias()
                && r.member().is_some_and(|m| m.text() == alias)
            {
                let span = self.model.pathways[id.idx()].node_span(i);
                self.model.by_alias.push(span);
            }
            match found {
                Some(n) if ok => nodes.push(n),
                Some(n) => after_break.push(n),
                None if i == 0 => (ok, guess) = (false, self.guess.take()),
                // The node surely meant is not reported unreached.
                None => {
                    ok = false;
                    after_break.extend(self.guess.take());
                }
            }
        }
        // Known even when a later node is not (C207–C209 skip it); when
        // the first resolved it is `nodes[0]` (`Pathway::first`).
        let meant_first = if nodes.is_empty() && n > 0 {
            let r = self.pathway_ref(id, 0, text);
            r.member().and_then(|_| self.node_quiet(&r).or(guess))
        } else {
            None
        };
        let p = &mut self.model.pathways[id.idx()];
        p.set_nodes(&nodes);
        p.broken = !ok;
        if !after_break.is_empty() || meant_first.is_some() {
            let rare = p.rare.get_or_insert_with(Default::default);
            rare.after_break = after_break.into_boxed_slice();
            rare.meant_first = meant_first;
        }
    }

    /// Each dossier's qualifications, and each qualification's sector.
    pub(super) fn link_dossiers(&mut self) {
        for (i, q) in self.model.qualifications.iter_mut().enumerate() {
            if let Some(d) = q.dossier {
                let dossier = &mut self.model.dossiers[d.idx()];
                dossier.qualifications.push(QualId(i as u32));
                if q.sector.is_none() {
                    q.sector = dossier.sector;
                }
            }
        }
    }

    /// A cycle through the edge `from -> to` inside one strongly connected
    /// set: `from`, `to`, then the shortest way back to `from`.
    fn cycle_path(&self, in_set: impl Fn(usize) -> bool, from: usize, to: usize) -> Vec<usize> {
        let mut prev: HashMap<usize, usize> = HashMap::default();
        let mut queue = std::collections::VecDeque::from([to]);
        let mut seen = std::collections::HashSet::from([to]);
        while let Some(s) = queue.pop_front() {
            if s == from {
                break;
            }
            for inc in &self.model.sectors[s].includes {
                let t = inc.idx();
                if in_set(t) && seen.insert(t) {
                    prev.insert(t, s);
                    queue.push_back(t);
                }
            }
        }
        // Walk back from `from` to `to`.
        let mut back = vec![from];
        let mut at = from;
        while at != to {
            match prev.get(&at) {
                Some(&p) => {
                    back.push(p);
                    at = p;
                }
                None => break,
            }
        }
        back.reverse();
        let mut path = vec![from];
        path.extend(back);
        path
    }

    /// Sector closures, `includes` cycles and the implicit region.
    pub(super) fn finish_model(&mut self) {
        // Pushed in pathway order, which is source order; sorted anyway,
        // so that C212's binary search does not rest on that (a few spans).
        self.model.by_alias.sort_unstable();
        let n = self.model.sectors.len();
        let sectors = &self.model.sectors;
        let mut sets: Vec<Vec<usize>> = Vec::new();
        crate::scc::for_each(
            n,
            |v| sectors[v].includes.len(),
            |v, k| sectors[v].includes[k].idx(),
            |scc| sets.push(scc.iter().map(|&i| i as usize).collect()),
        );
        self.model.sector_closures = crate::model::SectorClosures::new(n, &sets);
        let mut cycles = Vec::new();
        for (set, members) in sets.iter().enumerate() {
            // By the set's index: a cycle of thousands is hostile input,
            // and asking its list took time quadratic in it.
            let closures = &self.model.sector_closures;
            let in_set = |s: usize| closures.set_of(s) == set;
            let is_cycle = members.len() > 1
                || self.model.sectors[members[0]]
                    .includes
                    .contains(&SectorId(members[0] as u32));
            if !is_cycle {
                continue;
            }
            // The first `includes` element, in source order, that stays in the set.
            let mut first: Option<(Span, usize, usize)> = None;
            for &m in members {
                for (k, inc) in self.model.sectors[m].includes.iter().enumerate() {
                    if in_set(inc.idx()) {
                        let span = self.includes_spans[m][k];
                        if first.is_none_or(|(f, _, _)| {
                            self.sources.order(span) < self.sources.order(f)
                        }) {
                            first = Some((span, m, inc.idx()));
                        }
                    }
                }
            }
            if let Some((span, from, to)) = first {
                let path = self.cycle_path(in_set, from, to);
                let names = path
                    .iter()
                    .map(|&i| self.model.sectors[i].name.clone())
                    .collect();
                let mut key: Vec<String> = members
                    .iter()
                    .map(|&m| self.model.sectors[m].name.clone())
                    .collect();
                key.sort();
                cycles.push((span, names, key.join(",")));
            }
        }
        for (span, names, key) in cycles {
            self.push(
                Diagnostic::new(Code::E104, span, Msg::IncludesCycle { sectors: names })
                    .help(Msg::HelpBreakCycle)
                    .key(key),
            );
        }
        if self.model.regions.is_empty() {
            let members = (0..self.model.schools.len())
                .map(|i| MemberRef::School(SchoolId(i as u32)))
                .chain(
                    (0..self.model.institutions.len())
                        .map(|i| MemberRef::Institution(InstId(i as u32))),
                )
                .collect();
            self.model.regions.push(Region {
                name: String::new(),
                title: None,
                members,
                demand: Vec::new(),
                target_level: 4,
                member_spans: Vec::new(),
                labour_market: None,
                implicit: true,
                loc: Loc {
                    name: Span::default(),
                    item: Span::default(),
                },
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{MAX_FIELDS, merge_lists, rewrite};
    use crate::resolve::messages::Shape;

    #[test]
    fn every_kind_fits_in_fields() {
        for kind in crate::schema::ItemKind::ALL {
            assert!(
                crate::schema::field_names(kind).len() <= MAX_FIELDS,
                "{kind:?}"
            );
        }
    }
    use crate::syntax::{Field, ItemKind, Value, parse};

    /// The value of the first field of the first item of `text`.
    fn with_value(text: &str, f: impl FnOnce(&Value)) {
        let arena = crate::syntax::Arena::new();
        let parsed = parse(crate::source::FileId(0), text, &arena);
        assert!(parsed.errors.is_empty(), "{text}");
        let item = &parsed.ast.items[0];
        assert_eq!(item.kind, ItemKind::Region);
        let field: &Field = &item.fields[0];
        f(&field.value);
    }

    #[test]
    fn rewrites_plain_fixes_only() {
        let cases = [
            ("\"kb\"", Shape::Ref, Some("kb")),
            ("[PIE]", Shape::Ref, Some("PIE")),
            ("ne", Shape::RefList, Some("[ne]")),
            ("\"30\"", Shape::Int, Some("30")),
            ("\"5\"", Shape::Level, None),
            ("\"1899\"", Shape::Year, None),
            ("bbl", Shape::RouteList, Some("[bbl]")),
            ("bus", Shape::RouteList, None),
            ("Rotterdam", Shape::Str, Some("\"Rotterdam\"")),
            ("[\"Rotterdam\"]", Shape::Str, Some("\"Rotterdam\"")),
            ("veel", Shape::Int, None),
            ("[a, b]", Shape::Ref, None),
        ];
        for (value, shape, want) in cases {
            with_value(&format!("region r {{ x = {value} }}"), |v| {
                assert_eq!(rewrite(v, shape).as_deref(), want, "{value} as {shape:?}");
            });
        }
    }

    #[test]
    fn merges_two_lists() {
        let text = "region r { x = [bol, 3] y = [bbl, bol] }";
        let arena = crate::syntax::Arena::new();
        let parsed = parse(crate::source::FileId(0), text, &arena);
        let fields = &parsed.ast.items[0].fields;
        assert_eq!(
            merge_lists(&fields[0].value, &fields[1].value).as_deref(),
            Some("[bol, 3, bbl]")
        );
        assert_eq!(
            merge_lists(&fields[0].value, &fields[0].value).as_deref(),
            Some("[bol, 3]")
        );
    }
}
