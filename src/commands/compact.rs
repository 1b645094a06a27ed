//! The region's overview on paper: one line per school (left) and per
//! institution (right), joined where a school's programmes lead first into
//! an institution's offers, thicker for more transitions, red and dashed
//! when one of them is broken. The full overview takes a page of its own
//! at a realistic size; this one takes a few centimetres, names whole.

use super::layout::{esc, wrap};
use super::view::{Area, View};
use crate::model::{MemberRef, Node};

/// Drawn 1:1 on the printed page (180 mm at 96 px per inch).
const WIDTH: f64 = 680.0;
const LINE: f64 = 10.0;
const GAP: f64 = 1.5;
/// Characters per line of a name (9 px type in a column of 290 px).
const CHARS: usize = 56;

/// The picture as inline SVG, or `None` for a region without a school or
/// an institution with a transition between them.
pub fn svg(view: &View, r: Area) -> Option<String> {
    let nodes = view.region_nodes(r);
    // Schools and institutions in the order of their first node.
    let mut schools: Vec<(MemberRef, String, bool)> = Vec::new();
    let mut insts: Vec<(MemberRef, String, bool)> = Vec::new();
    for &(n, outside) in &nodes {
        let list = match n {
            Node::Programme(_) => &mut schools,
            Node::Offer(_) => &mut insts,
        };
        let owner = view.owner(n);
        if !list.iter().any(|x| x.0 == owner) {
            list.push((owner, view.info(n).owner_name, outside));
        }
    }
    let on = |n: Node| nodes.iter().any(|x| x.0 == n);
    // (school, institution) → (transitions, any broken).
    let mut links: Vec<((usize, usize), (usize, bool))> = Vec::new();
    for (i, e) in view.edges() {
        let (Node::Programme(_), Node::Offer(_)) = (e.from(), e.to()) else {
            continue;
        };
        if !on(e.from()) || !on(e.to()) {
            continue;
        }
        let s = schools.iter().position(|x| x.0 == view.owner(e.from()));
        let t = insts.iter().position(|x| x.0 == view.owner(e.to()));
        let (Some(s), Some(t)) = (s, t) else { continue };
        match links.iter_mut().find(|l| l.0 == (s, t)) {
            Some(l) => {
                l.1.0 += 1;
                l.1.1 |= view.is_broken(i);
            }
            None => links.push(((s, t), (1, view.is_broken(i)))),
        }
    }
    if links.is_empty() {
        return None;
    }
    let lines = |list: &[(MemberRef, String, bool)]| -> Vec<Vec<String>> {
        list.iter().map(|x| wrap(&x.1, CHARS)).collect()
    };
    let (left, right) = (lines(&schools), lines(&insts));
    let tall =
        |l: &[Vec<String>]| -> f64 { l.iter().map(|x| x.len() as f64 * LINE + GAP).sum::<f64>() };
    let height = tall(&left).max(tall(&right)) + GAP;
    // The middle of each name, spread over the height.
    let centres = |l: &[Vec<String>]| -> Vec<f64> {
        let spare = (height - tall(l)) / (l.len() as f64 + 1.0);
        let mut y = GAP + spare;
        l.iter()
            .map(|x| {
                let h = x.len() as f64 * LINE;
                let c = y + h / 2.0;
                y += h + GAP + spare;
                c
            })
            .collect()
    };
    let (ys, yi) = (centres(&left), centres(&right));
    let (x_left, x_right) = (WIDTH / 2.0 - 46.0, WIDTH / 2.0 + 46.0);
    let mut out = format!(
        r#"<svg class="compact" viewBox="0 0 {WIDTH} {height:.0}" width="{WIDTH}" height="{height:.0}" role="img" font-family="Helvetica, Arial, sans-serif" font-size="9">"#
    );
    for &((s, t), (count, broken)) in &links {
        let (y1, y2) = (ys[s], yi[t]);
        let width = 0.8 + 0.5 * (count.min(9) as f64 - 1.0);
        let style = if broken {
            r##"stroke="#c62828" stroke-dasharray="4 2""##
        } else {
            r##"stroke="#78909c""##
        };
        out.push_str(&format!(
            r#"<path d="M{a:.1} {y1:.1} C{m:.1} {y1:.1} {m:.1} {y2:.1} {b:.1} {y2:.1}" fill="none" {style} stroke-width="{width:.1}"/>"#,
            a = x_left + 4.0,
            b = x_right - 4.0,
            m = WIDTH / 2.0,
        ));
    }
    let mut names =
        |l: &[Vec<String>], c: &[f64], list: &[(MemberRef, String, bool)], x: f64, anchor: &str| {
            for ((text, &y), item) in l.iter().zip(c).zip(list) {
                let top = y - text.len() as f64 * LINE / 2.0 + LINE * 0.8;
                let fill = if item.2 { "#90a4ae" } else { "#263238" };
                out.push_str(&format!(
                    r#"<text x="{x}" text-anchor="{anchor}" fill="{fill}">"#
                ));
                for (k, line) in text.iter().enumerate() {
                    out.push_str(&format!(
                        r#"<tspan x="{x}" y="{:.1}">{}</tspan>"#,
                        top + k as f64 * LINE,
                        esc(line)
                    ));
                }
                out.push_str("</text>");
            }
        };
    names(&left, &ys, &schools, x_left, "end");
    names(&right, &yi, &insts, x_right, "start");
    out.push_str("</svg>");
    Some(out)
}
