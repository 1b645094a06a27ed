//! Field values that follow from the law as it stands (profiles per track,
//! routes and types of qualifications, prerequisites by crebo, the 2026
//! municipalities and arbeidsmarktregio's).

use super::super::{CreboDef, Def, Resolver};
use super::Fields;
use crate::codes::Code;
use crate::diagnostics::Diagnostic;
use crate::model::*;
use crate::resolve::messages::{LawMsg, Msg, Shape};
use crate::schema::Wanted;
use crate::source::Span;
use crate::syntax::{Field, ItemKind, Value};

/// Tracks a praktijkgericht vak belongs to (gl, tl, and gt for both).
const PRACTICAL_TRACKS: &[&str] = &["gl", "tl", "gt"];

impl<'a, 's: 'a> Resolver<'a, 's> {
    fn law(&mut self, span: Span, msg: LawMsg, help: LawMsg, key: &str) {
        self.push(
            Diagnostic::new(Code::E104, span, Msg::Law(msg))
                .help(Msg::Law(help))
                .key(key),
        );
    }

    pub(super) fn tracks(&mut self, f: &Field<'_>) -> Vec<TrackId> {
        let mut out: Vec<TrackId> = self
            .references(f, &[ItemKind::Track], Wanted::Kind(ItemKind::Track))
            .into_iter()
            .filter_map(|(d, _)| match d {
                Def::Track(t) => Some(t),
                _ => None,
            })
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// A qualification's `routes`: `None` when absent or nothing valid.
    pub(super) fn routes(&mut self, f: &Field<'_>) -> Option<Vec<Route>> {
        let elems = self.list(f, Shape::RouteList)?;
        let mut rs: Vec<Route> = elems
            .iter()
            .filter_map(|v| self.route_value(v, f, true))
            .collect();
        rs.sort_unstable();
        rs.dedup();
        (!rs.is_empty()).then_some(rs)
    }

    /// `type = specialist`; anything else is E104.
    pub(super) fn qual_type(&mut self, f: &Field<'_>) -> bool {
        match &f.value {
            Value::Ref(r) if r.member().is_none() && r.base().text == "specialist" => true,
            v => {
                let text = match v {
                    Value::Ref(r) => super::super::ref_text(r),
                    Value::Int(i) => i.text.to_string(),
                    Value::Str(s) => format!("\"{}\"", s.value),
                    Value::List(..) => "[...]".to_string(),
                    Value::YearCount(yc) => format!("{}: {}", yc.year().text, yc.count().text),
                };
                self.law(
                    v.span(),
                    LawMsg::BadType {
                        text: crate::diagnostics::truncate(&text, 40),
                    },
                    LawMsg::HelpType,
                    "type",
                );
                false
            }
        }
    }

    /// A prerequisite's `into`: sectors by ID, qualifications by crebo.
    pub(super) fn into(&mut self, f: &Field<'_>) -> (Vec<SectorId>, Vec<QualId>) {
        let Some(elems) = self.list(f, Shape::RefList) else {
            return Default::default();
        };
        let (mut sectors, mut quals) = (Vec::new(), Vec::new());
        for v in elems {
            match v {
                Value::Ref(r) => {
                    if let Some(Def::Sector(s)) =
                        self.lookup(r, &[ItemKind::Sector], Wanted::Kind(ItemKind::Sector))
                    {
                        sectors.push(s);
                    }
                }
                Value::Int(_) => {
                    if let Some(CreboDef::Qual(q)) =
                        self.crebo_field(v, f, ItemKind::Qualification, true)
                    {
                        quals.push(q);
                    }
                }
                _ => self.bad_element(f, v, Shape::Ref, Shape::RefList),
            }
        }
        quals.sort_unstable();
        quals.dedup();
        (sectors, quals)
    }

    /// E104 at the profile when it does not belong to the programme's track.
    pub(super) fn profile_on_track(&mut self, f: &Field<'_>, profile: ProfileId, track: TrackId) {
        let p = self.model.profile(profile);
        if p.tracks.is_empty() || p.tracks.contains(&track) {
            return;
        }
        let track_name = self.model.track(track).name.clone();
        let mut fitting: Vec<String> = self
            .model
            .profiles
            .iter()
            .filter(|q| q.tracks.contains(&track))
            .map(|q| q.name.clone())
            .collect();
        fitting.sort();
        let msg = LawMsg::ProfileNotOnTrack {
            programme: self.owner().name,
            profile: p.name.clone(),
            track: track_name.clone(),
            tracks: p
                .tracks
                .iter()
                .map(|&t| self.model.track(t).name.clone())
                .collect(),
        };
        let help = LawMsg::HelpProfileTracks {
            profile: p.name.clone(),
            track: track_name,
            profiles: fitting,
        };
        self.law(f.value.span(), msg, help, "profile");
    }

    /// E104 at `practical` on a track other than gl, tl or gt.
    pub(super) fn practical_on_track(&mut self, f: &Field<'_>, track: TrackId) {
        let name = &self.model.track(track).name;
        if PRACTICAL_TRACKS.contains(&name.as_str()) {
            return;
        }
        let msg = LawMsg::PracticalNotOnTrack {
            programme: self.owner().name,
            track: name.clone(),
        };
        self.law(f.value.span(), msg, LawMsg::HelpPractical, "practical");
    }

    /// An offer's route that its qualification does not allow.
    pub(super) fn route_not_allowed(&mut self, span: Span, route: Route, q: QualId) {
        let qual = self.model.qual(q);
        let qual_text = match &qual.title {
            Some(t) => format!("{:05} {t}", qual.crebo),
            None => format!("{:05}", qual.crebo),
        };
        let allowed = qual.routes.iter().map(|r| r.as_str().to_string()).collect();
        let msg = LawMsg::RouteNotAllowed {
            offer: self.owner().name,
            route: route.as_str().into(),
            qual: qual_text,
        };
        self.law(span, msg, LawMsg::HelpRouteNotAllowed { allowed }, "routes");
    }

    /// A `municipality`: its name as written when it is one of 2026, else
    /// E104 with the closest names.
    pub(super) fn municipality(&mut self, f: &Field<'_>) -> Option<String> {
        let name = self.string(f)?;
        if crate::labour_market::municipality(&name).is_some() {
            return Some(name);
        }
        let ambiguous: Vec<String> = crate::labour_market::ambiguous(&name)
            .into_iter()
            .map(String::from)
            .collect();
        let closest = if ambiguous.is_empty() {
            crate::labour_market::closest_municipalities(&name)
        } else {
            Vec::new()
        };
        self.law(
            f.value.span(),
            LawMsg::UnknownMunicipality {
                name: crate::diagnostics::truncate(&name, 60),
                ambiguous: !ambiguous.is_empty(),
            },
            LawMsg::HelpMunicipality { closest, ambiguous },
            "municipality",
        );
        None
    }

    /// A prerequisite's `from` written as a list of profiles (the field's
    /// meaning before `profiles` took it over) is E104 with a help that
    /// says where the profiles go; it then counts as absent.
    pub(super) fn prerequisite_from<'f, 't>(&mut self, mut fs: Fields<'f, 't>) -> Fields<'f, 't> {
        if let Some(f) = fs.get(crate::field_key!("from"))
            && let Value::List(elems, span) = &f.value
        {
            let names: Vec<String> = elems
                .iter()
                .filter_map(|v| match v {
                    Value::Ref(r) => Some(super::super::ref_text(r)),
                    _ => None,
                })
                .collect();
            let fix = (names.len() == elems.len() && names.len() <= 12)
                .then(|| format!("profiles = [{}]", names.join(", ")));
            self.law(
                *span,
                LawMsg::PrerequisiteFromList,
                LawMsg::HelpPrerequisiteFrom { fix },
                "from",
            );
            fs.remove(crate::field_key!("from"));
        }
        fs
    }

    /// A region's `labour-market`: one of the 35 arbeidsmarktregio's.
    pub(super) fn labour_market(&mut self, f: &Field<'_>) -> Option<&'static str> {
        let name = self.string(f)?;
        if let Some(r) = crate::labour_market::region(&name) {
            return Some(r);
        }
        let closest = crate::labour_market::closest_regions(&name);
        self.law(
            f.value.span(),
            LawMsg::UnknownLabourMarket {
                name: crate::diagnostics::truncate(&name, 60),
            },
            LawMsg::HelpLabourMarket { closest },
            "labour-market",
        );
        None
    }
}
