//! A layered picture of a transition graph as SVG, for the HTML report.
//!
//! Columns are the layers (vmbo programmes, then mbo levels 1–4), fixed by
//! what a node is rather than found by the layout, so a reader always
//! finds level 4 in the same place. Within a column, nodes are grouped in
//! boxes per school or institution (one row per programme or offer), which
//! keeps a region of ~30 schools and ~150 offers compact. An edge that
//! skips columns passes each one through a reserved slot (a "dummy" row of
//! the Sugiyama method), so it never runs behind a box. The order of boxes
//! and rows comes from a few barycenter sweeps, which removes most
//! crossings. The result depends only on the input: no randomness, no
//! fonts or images from outside; all text is escaped.
//!
//! No layout crate is used: layout-rs (pure Rust, DOT → SVG) lays out
//! ranks by itself and cannot pin programmes and levels to columns or draw
//! grouped rows, which is what makes these pictures readable.

use std::fmt::Write as _;

/// How a row is shaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStyle {
    Normal,
    /// A finding at error level points at this node.
    Error,
    /// A warning points at this node.
    Warning,
    /// No route reaches this offer.
    Faded,
}

/// A box: a school or an institution within one column.
#[derive(Clone, Debug)]
pub struct Group {
    pub layer: usize,
    pub header: String,
    pub title: String,
    /// A programme box (blue header) rather than an institution's.
    pub programmes: bool,
    /// Outside the region: drawn dashed and grey.
    pub outside: bool,
}

/// A row in a box: one programme or offer.
#[derive(Clone, Debug)]
pub struct Row {
    pub group: usize,
    pub text: String,
    /// The tooltip: every fact about the node.
    pub title: String,
    pub style: RowStyle,
}

#[derive(Clone, Debug)]
pub struct Link {
    pub from: usize,
    pub to: usize,
    pub broken: bool,
    /// Drawn next to a broken edge (its codes).
    pub label: String,
    pub title: String,
}

#[derive(Clone, Debug, Default)]
pub struct Picture {
    pub groups: Vec<Group>,
    pub rows: Vec<Row>,
    pub links: Vec<Link>,
    /// The heading of each layer that has rows.
    pub layer_names: Vec<(usize, String)>,
}

// Narrow enough that four columns print at nearly full size across an A4
// page; names wrap instead of being cut.
const COL_W: f64 = 170.0;
const GAP: f64 = 46.0;
const MARGIN: f64 = 12.0;
const TOP: f64 = 34.0;
/// One line of a box's header and of a row.
const HEAD_LINE: f64 = 12.0;
const LINE: f64 = 11.5;
const PAD: f64 = 2.0;
const ITEM_GAP: f64 = 6.0;
const DUMMY: f64 = 5.0;
/// Characters on a line of a row: 10 px Helvetica (or the wider
/// fallback DejaVu Sans) in 170 px.
const CHARS: usize = 27;

const BROKEN: &str = "#c62828";

/// A bidirectional embedding, override or isolate (U+202A–U+202E,
/// U+2066–U+2069): invisible, and able to show plan text in an order
/// other than the one it has, so a title cannot make a picture or page
/// read differently from the plan. Shown as a space, like a control
/// character.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Escapes text for SVG (XML) content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c.is_control() && c != '\n') || is_bidi_control(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Breaks text into lines of at most `max` characters at spaces; a word
/// longer than a line is split. Nothing is left out.
pub fn wrap(s: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > max {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(word.drain(..max).collect());
        }
        let word: String = word.into_iter().collect();
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A row's wrapped lines.
fn row_lines(p: &Picture, r: usize) -> Vec<String> {
    wrap(&p.rows[r].text, CHARS)
}

/// A box header's wrapped lines (bold, so fewer characters).
fn header_lines(p: &Picture, g: usize) -> Vec<String> {
    wrap(&p.groups[g].header, CHARS - 4)
}

#[derive(Clone, Debug)]
enum Item {
    /// A group and its vertices (row indices), in order.
    Group(usize, Vec<usize>),
    /// A slot an edge passes through; its vertex.
    Dummy(usize),
}

struct Layout {
    /// Column of each vertex (rows first, then dummies).
    col: Vec<usize>,
    /// Centre y of each vertex.
    y: Vec<f64>,
    /// Neighbours to the left and to the right, per vertex.
    left: Vec<Vec<usize>>,
    right: Vec<Vec<usize>>,
    columns: Vec<Vec<Item>>,
    /// Per link: the vertices it passes, source and target included;
    /// empty for a link that goes back or stays in its column.
    chains: Vec<Vec<usize>>,
    /// Top y of each item, per column, parallel to `columns`.
    tops: Vec<Vec<f64>>,
    /// Height of each group's header and of each row (by its wrapped lines).
    head: Vec<f64>,
    rowh: Vec<f64>,
}

impl Layout {
    /// The centres of a group's rows, measured from the group's top.
    fn centres(&self, g: usize, vs: &[usize]) -> Vec<f64> {
        let mut y = self.head[g];
        vs.iter()
            .map(|&v| {
                let c = y + self.rowh[v] / 2.0;
                y += self.rowh[v];
                c
            })
            .collect()
    }

    /// A group's height, without the gap below it.
    fn group_height(&self, g: usize, vs: &[usize]) -> f64 {
        self.head[g] + vs.iter().map(|&v| self.rowh[v]).sum::<f64>() + PAD
    }

    fn place(&mut self, c: usize) {
        let mut y = TOP;
        let mut tops = Vec::with_capacity(self.columns[c].len());
        for item in &self.columns[c] {
            tops.push(y);
            match item {
                Item::Group(g, vs) => {
                    for (&v, c) in vs.iter().zip(self.centres(*g, vs)) {
                        self.y[v] = y + c;
                    }
                    y += self.group_height(*g, vs) + ITEM_GAP;
                }
                Item::Dummy(v) => {
                    self.y[*v] = y + DUMMY / 2.0;
                    y += DUMMY + 2.0;
                }
            }
        }
        self.tops[c] = tops;
    }

    /// Places a column's items (in their order) as close as they can get
    /// to the mean height of their left neighbours, never overlapping: a
    /// short column then sits level with what leads into it instead of
    /// bunching at the top.
    fn align(&mut self, c: usize) {
        let mut y = TOP;
        let mut tops = Vec::with_capacity(self.columns[c].len());
        let items = std::mem::take(&mut self.columns[c]);
        for item in &items {
            let (want, h) = match item {
                Item::Group(g, vs) => {
                    let wants: Vec<f64> = vs
                        .iter()
                        .zip(self.centres(*g, vs))
                        .filter_map(|(&v, c)| self.bary(v, true).map(|b| b - c))
                        .collect();
                    let want = if wants.is_empty() {
                        y
                    } else {
                        wants.iter().sum::<f64>() / wants.len() as f64
                    };
                    (want, self.group_height(*g, vs) + ITEM_GAP)
                }
                Item::Dummy(v) => (
                    self.bary(*v, true).map_or(y, |b| b - DUMMY / 2.0),
                    DUMMY + 2.0,
                ),
            };
            let top = want.max(y);
            tops.push(top);
            match item {
                Item::Group(g, vs) => {
                    for (&v, c) in vs.iter().zip(self.centres(*g, vs)) {
                        self.y[v] = top + c;
                    }
                }
                Item::Dummy(v) => self.y[*v] = top + DUMMY / 2.0,
            }
            y = top + h;
        }
        self.columns[c] = items;
        self.tops[c] = tops;
    }

    /// Moves a column's items up, keeping their order, so that it ends
    /// no lower than `bottom`: aligning must not make the picture taller
    /// than its tallest packed column (paper is short).
    fn fit(&mut self, c: usize, bottom: f64) {
        let mut limit = bottom;
        for k in (0..self.columns[c].len()).rev() {
            let (h, gap) = match &self.columns[c][k] {
                Item::Group(g, vs) => (self.group_height(*g, vs), ITEM_GAP),
                Item::Dummy(_) => (DUMMY, 2.0),
            };
            let top = self.tops[c][k].min(limit - h).max(TOP);
            let dy = top - self.tops[c][k];
            self.tops[c][k] = top;
            match &self.columns[c][k] {
                Item::Group(_, vs) => {
                    for &v in vs {
                        self.y[v] += dy;
                    }
                }
                Item::Dummy(v) => self.y[*v] += dy,
            }
            limit = top - gap;
        }
    }

    fn height(&self, c: usize) -> f64 {
        match (self.columns[c].last(), self.tops[c].last()) {
            (Some(Item::Group(g, vs)), Some(top)) => top + self.group_height(*g, vs),
            (Some(Item::Dummy(_)), Some(top)) => top + DUMMY,
            _ => TOP,
        }
    }

    fn bary(&self, v: usize, use_left: bool) -> Option<f64> {
        let ns = if use_left {
            &self.left[v]
        } else {
            &self.right[v]
        };
        (!ns.is_empty()).then(|| ns.iter().map(|&n| self.y[n]).sum::<f64>() / ns.len() as f64)
    }

    /// Reorders one column by the barycenters of its vertices' neighbours
    /// on one side; what has no neighbour there keeps its place.
    fn sweep(&mut self, c: usize, use_left: bool) {
        let mut items = std::mem::take(&mut self.columns[c]);
        let mut keyed: Vec<(f64, usize, Item)> = Vec::with_capacity(items.len());
        for (i, mut item) in items.drain(..).enumerate() {
            let key = match &mut item {
                Item::Group(_, vs) => {
                    let mut rows: Vec<(f64, usize, usize)> = vs
                        .iter()
                        .enumerate()
                        .map(|(j, &v)| (self.bary(v, use_left).unwrap_or(self.y[v]), j, v))
                        .collect();
                    rows.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
                    let known: Vec<f64> =
                        vs.iter().filter_map(|&v| self.bary(v, use_left)).collect();
                    let current =
                        vs.iter().map(|&v| self.y[v]).sum::<f64>() / vs.len().max(1) as f64;
                    *vs = rows.into_iter().map(|r| r.2).collect();
                    if known.is_empty() {
                        current
                    } else {
                        known.iter().sum::<f64>() / known.len() as f64
                    }
                }
                Item::Dummy(v) => self.bary(*v, use_left).unwrap_or(self.y[*v]),
            };
            keyed.push((key, i, item));
        }
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        self.columns[c] = keyed.into_iter().map(|k| k.2).collect();
        self.place(c);
    }

    fn crossings(&self) -> usize {
        // Pairs of segments between the same two columns that cross.
        let mut segs: Vec<(usize, f64, f64)> = Vec::new();
        for chain in &self.chains {
            for w in chain.windows(2) {
                segs.push((self.col[w[0]], self.y[w[0]], self.y[w[1]]));
            }
        }
        let mut n = 0;
        for (i, a) in segs.iter().enumerate() {
            for b in &segs[i + 1..] {
                if a.0 == b.0 && (a.1 - b.1) * (a.2 - b.2) < 0.0 {
                    n += 1;
                }
            }
        }
        n
    }
}

fn layout(p: &Picture) -> (Layout, Vec<usize>) {
    let mut layers: Vec<usize> = p.groups.iter().map(|g| g.layer).collect();
    layers.sort();
    layers.dedup();
    let col_of = |layer: usize| layers.iter().position(|&l| l == layer).unwrap_or(0);
    let n = p.rows.len();
    let mut col: Vec<usize> = p
        .rows
        .iter()
        .map(|r| col_of(p.groups[r.group].layer))
        .collect();
    let mut columns: Vec<Vec<Item>> = vec![Vec::new(); layers.len()];
    for (gi, g) in p.groups.iter().enumerate() {
        let rows: Vec<usize> = (0..n).filter(|&r| p.rows[r].group == gi).collect();
        if !rows.is_empty() {
            columns[col_of(g.layer)].push(Item::Group(gi, rows));
        }
    }
    let mut left: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut right: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut chains = Vec::with_capacity(p.links.len());
    for l in &p.links {
        let (a, b) = (col[l.from], col[l.to]);
        if b <= a {
            chains.push(Vec::new());
            continue;
        }
        let mut chain = vec![l.from];
        for (c, column) in columns.iter_mut().enumerate().take(b).skip(a + 1) {
            let v = col.len();
            col.push(c);
            left.push(Vec::new());
            right.push(Vec::new());
            column.push(Item::Dummy(v));
            chain.push(v);
        }
        chain.push(l.to);
        for w in chain.windows(2) {
            right[w[0]].push(w[1]);
            left[w[1]].push(w[0]);
        }
        chains.push(chain);
    }
    let total = col.len();
    let head = (0..p.groups.len())
        .map(|g| 4.0 + HEAD_LINE * header_lines(p, g).len() as f64)
        .collect();
    let rowh = (0..total)
        .map(|v| {
            if v < n {
                3.0 + LINE * row_lines(p, v).len() as f64
            } else {
                0.0
            }
        })
        .collect();
    let mut lay = Layout {
        head,
        rowh,
        col,
        y: vec![0.0; total],
        left,
        right,
        tops: vec![Vec::new(); columns.len()],
        columns,
        chains,
    };
    for c in 0..lay.columns.len() {
        lay.place(c);
    }
    // Barycenter sweeps, keeping the best order seen.
    let ncols = lay.columns.len();
    let mut best = (lay.crossings(), lay.columns.clone());
    for round in 0..8 {
        if round % 2 == 0 {
            for c in 1..ncols {
                lay.sweep(c, true);
            }
        } else {
            for c in (0..ncols.saturating_sub(1)).rev() {
                lay.sweep(c, false);
            }
        }
        let x = lay.crossings();
        if x < best.0 {
            best = (x, lay.columns.clone());
        }
    }
    lay.columns = best.1;
    for c in 0..ncols {
        lay.place(c);
    }
    let packed = (0..ncols).map(|c| lay.height(c)).fold(TOP, f64::max);
    for c in 1..ncols {
        lay.align(c);
        lay.fit(c, packed);
    }
    (lay, layers)
}

fn x_left(c: usize) -> f64 {
    MARGIN + c as f64 * (COL_W + GAP)
}

fn x_right(c: usize) -> f64 {
    x_left(c) + COL_W
}

/// The height of a picture's SVG, in its own units.
pub fn height(p: &Picture) -> f64 {
    if p.rows.is_empty() {
        return 40.0;
    }
    let (lay, layers) = layout(p);
    (0..layers.len()).map(|c| lay.height(c)).fold(TOP, f64::max) + MARGIN
}

/// The SVG of a picture; empty pictures give a small note.
pub fn svg(p: &Picture, empty_note: &str) -> String {
    if p.rows.is_empty() {
        return format!(
            "<svg viewBox=\"0 0 400 40\" width=\"400\" height=\"40\" role=\"img\"><text x=\"8\" y=\"24\" font-size=\"13\" fill=\"#555\">{}</text></svg>",
            esc(empty_note)
        );
    }
    let (lay, layers) = layout(p);
    let ncols = layers.len();
    let width = 2.0 * MARGIN + ncols as f64 * COL_W + (ncols as f64 - 1.0) * GAP + 40.0;
    let height = (0..ncols).map(|c| lay.height(c)).fold(TOP, f64::max) + MARGIN;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"graph\" viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\" role=\"img\" font-family=\"Helvetica, Arial, sans-serif\">"
    );
    // Column headings.
    for (c, layer) in layers.iter().enumerate() {
        let name = p
            .layer_names
            .iter()
            .find(|(l, _)| l == layer)
            .map_or("", |(_, n)| n.as_str());
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#263238\">{}</text>",
            x_left(c),
            esc(name)
        );
    }
    // Edges first, so boxes sit on top; broken edges last, so they show.
    let mut order: Vec<usize> = (0..p.links.len()).collect();
    order.sort_by_key(|&i| p.links[i].broken);
    let mut labels: Vec<(f64, f64, f64)> = Vec::new();
    let mut label_svg = String::new();
    for i in order {
        edge(&mut s, &mut label_svg, p, &lay, i, &mut labels);
    }
    // Boxes.
    for c in 0..ncols {
        for (k, item) in lay.columns[c].iter().enumerate() {
            let Item::Group(gi, vs) = item else { continue };
            group(&mut s, p, &lay, c, lay.tops[c][k], *gi, vs);
        }
    }
    // Labels of broken edges on top of everything.
    s.push_str(&label_svg);
    s.push_str("</svg>");
    s
}

/// Draws one edge. `labels` holds the boxes (x, y, width) of the labels
/// drawn so far: a new label moves down until it overlaps none.
fn edge(
    s: &mut String,
    label_svg: &mut String,
    p: &Picture,
    lay: &Layout,
    i: usize,
    labels: &mut Vec<(f64, f64, f64)>,
) {
    let l = &p.links[i];
    let chain = &lay.chains[i];
    let (stroke, w, dash, opacity) = if l.broken {
        (BROKEN, 2.0, " stroke-dasharray=\"6 4\"", 1.0)
    } else {
        ("#78909c", 1.1, "", 0.75)
    };
    let mut d = String::new();
    let (end_x, end_y, pointing_right);
    // Where the label of a broken edge goes: the middle of its last leg.
    let (mut label_x, mut label_y);
    if chain.is_empty() {
        let (ca, cb) = (lay.col[l.from], lay.col[l.to]);
        let (ya, yb) = (lay.y[l.from], lay.y[l.to]);
        if ca == cb {
            // Sideways within a column: a loop out to the right.
            let (xa, xb) = (x_right(ca), x_right(cb) + 7.0);
            let _ = write!(
                d,
                "M{xa:.1},{ya:.1} C{:.1},{ya:.1} {:.1},{yb:.1} {xb:.1},{yb:.1}",
                xa + 40.0,
                xb + 40.0
            );
            label_x = xa + 24.0;
            label_y = (ya + yb) / 2.0;
            end_x = xb - 7.0;
        } else {
            // Back to a lower column: from the source's left side into the
            // target's right side.
            let (xa, xb) = (x_left(ca), x_right(cb) + 7.0);
            let dx = (xa - xb) / 2.0;
            let _ = write!(
                d,
                "M{xa:.1},{ya:.1} C{:.1},{ya:.1} {:.1},{yb:.1} {xb:.1},{yb:.1}",
                xa - dx,
                xb + dx
            );
            label_x = (xa + xb) / 2.0 - 12.0;
            label_y = (ya + yb) / 2.0;
            end_x = xb - 7.0;
        }
        end_y = yb;
        pointing_right = false;
    } else {
        let first = chain[0];
        let mut x = x_right(lay.col[first]);
        let mut y = lay.y[first];
        label_x = x;
        label_y = y;
        let _ = write!(d, "M{x:.1},{y:.1}");
        for (k, &v) in chain.iter().enumerate().skip(1) {
            let c = lay.col[v];
            let last = k + 1 == chain.len();
            let tx = x_left(c) - if last { 7.0 } else { 0.0 };
            let ty = lay.y[v];
            let dx = (tx - x) / 2.0;
            let _ = write!(
                d,
                " C{:.1},{y:.1} {:.1},{ty:.1} {tx:.1},{ty:.1}",
                x + dx,
                tx - dx
            );
            if last {
                label_x = (x + tx) / 2.0 - 12.0;
                label_y = (y + ty) / 2.0;
            }
            x = tx;
            y = ty;
            if !last {
                x = x_right(c);
                let _ = write!(d, " L{x:.1},{y:.1}");
            }
        }
        end_x = x + 7.0;
        end_y = y;
        pointing_right = true;
    }
    let _ = write!(
        s,
        "<g><title>{}</title><path d=\"{d}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{w}\" stroke-opacity=\"{opacity}\"{dash}/>",
        esc(&l.title)
    );
    let (tip, back) = if pointing_right {
        (end_x, end_x - 7.0)
    } else {
        (end_x, end_x + 7.0)
    };
    let _ = write!(
        s,
        "<polygon points=\"{tip:.1},{end_y:.1} {back:.1},{:.1} {back:.1},{:.1}\" fill=\"{stroke}\" fill-opacity=\"{opacity}\"/>",
        end_y - 3.5,
        end_y + 3.5
    );
    if l.broken && !l.label.is_empty() {
        label_y -= 3.0;
        let w = 6.5 * l.label.chars().count() as f64;
        let clash = |x: f64, y: f64, labels: &[(f64, f64, f64)]| {
            labels
                .iter()
                .any(|&(lx, ly, lw)| (y - ly).abs() < 11.0 && x < lx + lw && lx < x + w)
        };
        // Each step clears at least one label, so this ends; no cap, so
        // two labels never end up on top of each other.
        while clash(label_x, label_y, labels) {
            label_y += 11.0;
        }
        labels.push((label_x, label_y, w));
        let _ = write!(
            label_svg,
            "<text x=\"{label_x:.1}\" y=\"{label_y:.1}\" font-size=\"10\" font-weight=\"bold\" fill=\"{BROKEN}\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
            esc(&l.label)
        );
    }
    s.push_str("</g>");
}

fn group(s: &mut String, p: &Picture, lay: &Layout, c: usize, top: f64, gi: usize, vs: &[usize]) {
    let g = &p.groups[gi];
    let x = x_left(c);
    let h = lay.group_height(gi, vs);
    let head = lay.head[gi];
    let (head_fill, stroke, dash) = match (g.programmes, g.outside) {
        (_, true) => ("#90a4ae", "#78909c", " stroke-dasharray=\"4 3\""),
        (true, false) => ("#1565c0", "#1565c0", ""),
        (false, false) => ("#37474f", "#37474f", ""),
    };
    let _ = write!(
        s,
        "<g><title>{}</title><rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{COL_W}\" height=\"{h:.1}\" rx=\"4\" fill=\"#ffffff\" stroke=\"{stroke}\"{dash}/>",
        esc(&g.title)
    );
    let _ = write!(
        s,
        "<path d=\"M{x:.1},{:.1} v-{:.1} a4,4 0 0 1 4,-4 h{:.1} a4,4 0 0 1 4,4 v{:.1} z\" fill=\"{head_fill}\"/>",
        top + head,
        head - 4.0,
        COL_W - 8.0,
        head - 4.0
    );
    text_lines(
        s,
        x + 6.0,
        top + 11.5,
        HEAD_LINE,
        &header_lines(p, gi),
        " font-weight=\"bold\" fill=\"#ffffff\"",
    );
    s.push_str("</g>");
    let mut y = top + head;
    for (i, &v) in vs.iter().enumerate() {
        let r = &p.rows[v];
        let rh = lay.rowh[v];
        let (fill, text, italic) = match r.style {
            RowStyle::Normal => (None, "#212121", false),
            RowStyle::Error => (Some("#ffebee"), "#b71c1c", false),
            RowStyle::Warning => (Some("#fff8e1"), "#5d4037", false),
            RowStyle::Faded => (None, "#757575", true),
        };
        let _ = write!(s, "<g><title>{}</title>", esc(&r.title));
        if let Some(f) = fill {
            let _ = write!(
                s,
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{rh:.1}\" fill=\"{f}\"/>",
                x + 1.0,
                y + 0.5,
                COL_W - 2.0
            );
        }
        if i > 0 {
            let _ = write!(
                s,
                "<line x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#eceff1\"/>",
                x + 1.0,
                x + COL_W - 1.0
            );
        }
        let style = format!(
            " fill=\"{text}\"{}",
            if italic { " font-style=\"italic\"" } else { "" }
        );
        text_lines(s, x + 6.0, y + 10.5, LINE, &row_lines(p, v), &style);
        s.push_str("</g>");
        y += rh;
    }
}

/// A `<text>` with one `<tspan>` per line.
fn text_lines(s: &mut String, x: f64, y: f64, step: f64, lines: &[String], attrs: &str) {
    let _ = write!(
        s,
        "<text x=\"{x:.1}\" y=\"{y:.1}\" font-size=\"10\"{attrs}>"
    );
    for (i, line) in lines.iter().enumerate() {
        let dy = if i == 0 { 0.0 } else { step };
        let _ = write!(
            s,
            "<tspan x=\"{x:.1}\" dy=\"{dy:.1}\">{}</tspan>",
            esc(line)
        );
    }
    s.push_str("</text>");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture() -> Picture {
        let g = |layer, header: &str, programmes| Group {
            layer,
            header: header.into(),
            title: header.into(),
            programmes,
            outside: false,
        };
        let r = |group, text: &str| Row {
            group,
            text: text.into(),
            title: text.into(),
            style: RowStyle::Normal,
        };
        let l = |from, to| Link {
            from,
            to,
            broken: false,
            label: String::new(),
            title: String::new(),
        };
        Picture {
            groups: vec![
                g(0, "school", true),
                g(2, "roc 2", false),
                g(4, "roc 4", false),
            ],
            rows: vec![r(0, "a"), r(0, "b"), r(1, "x"), r(1, "y"), r(2, "z")],
            // a -> y, b -> x: crossing in the given order; a -> z skips a column.
            links: vec![l(0, 3), l(1, 2), l(0, 4)],
            layer_names: vec![(0, "vmbo".into()), (2, "mbo 2".into()), (4, "mbo 4".into())],
        }
    }

    #[test]
    fn sweeps_remove_a_crossing_and_long_edges_get_slots() {
        let (lay, layers) = layout(&picture());
        assert_eq!(layers, vec![0, 2, 4]);
        assert_eq!(lay.crossings(), 0);
        // The edge into level 4 passes the mbo 2 column through a slot.
        assert_eq!(lay.chains[2].len(), 3);
        assert!(lay.columns[1].iter().any(|i| matches!(i, Item::Dummy(_))));
    }

    #[test]
    fn text_is_escaped_and_wrapped_whole() {
        let mut p = picture();
        p.rows[0].text = "<script>alert(1)</script>".into();
        let out = svg(&p, "");
        assert!(!out.contains("<script>"));
        assert!(out.contains("&lt;script&gt;"));
        assert_eq!(
            wrap("Eerste monteur mechatronica", 15),
            ["Eerste monteur", "mechatronica"]
        );
        assert_eq!(wrap("abcdefgh ij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("", 4), [""]);
        // A long name takes two lines, whole, and makes its row taller.
        p.rows[2].text = "25340 Eerste monteur mechatronica (Hoogvliet)".into();
        let out = svg(&p, "");
        assert!(out.contains(">mechatronica (Hoogvliet)</tspan>"), "{out}");
        assert!(!out.contains('…'));
    }

    #[test]
    fn labels_of_broken_edges_never_overlap() {
        let mut p = picture();
        // Many broken edges into one row: their labels all start at the
        // same place.
        for i in 0..12 {
            p.rows.push(Row {
                group: 0,
                text: format!("p{i}"),
                title: String::new(),
                style: RowStyle::Normal,
            });
            p.links.push(Link {
                from: 5 + i,
                to: 2,
                broken: true,
                label: "C203 C210".into(),
                title: String::new(),
            });
        }
        let out = svg(&p, "");
        let mut ys: Vec<(f64, f64)> = Vec::new();
        for part in out.split("<text x=\"").skip(1) {
            if !part.contains(">C203 C210<") {
                continue;
            }
            let x: f64 = part.split('"').next().unwrap().parse().unwrap();
            let y: f64 = part
                .split("y=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            ys.push((x, y));
        }
        assert_eq!(ys.len(), 12);
        for (i, a) in ys.iter().enumerate() {
            for b in &ys[i + 1..] {
                assert!(
                    (a.1 - b.1).abs() >= 11.0 || (a.0 - b.0).abs() >= 6.5 * 9.0,
                    "labels at {a:?} and {b:?} overlap"
                );
            }
        }
    }
}
