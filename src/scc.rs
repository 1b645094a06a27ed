//! Strongly connected sets without recursion. petgraph's Tarjan recurses
//! once per node on a path, so a plan whose pathways chain 200,000 offers
//! one after another (or sectors that include each other in a long line)
//! overflowed the stack and aborted the check. This is the same algorithm
//! (Pearce's variant of Tarjan's, as petgraph's `TarjanScc` runs it) with
//! an explicit stack, so it gives the same sets in the same order.

/// Calls `emit` with each strongly connected set of the graph of `n`
/// nodes, sinks first (reverse topological order). Node `v` has
/// `degree(v)` successors, `succ(v, k)` for `k` below that, taken last
/// first, as petgraph's own graph gives the edges added to it in that
/// order.
pub fn for_each(
    n: usize,
    degree: impl Fn(usize) -> usize,
    succ: impl Fn(usize, usize) -> usize,
    mut emit: impl FnMut(&[u32]),
) {
    // 0: not visited yet; then the node's index on its path, lowered to
    // the smallest it reaches; a finished set's nodes get a number above
    // every index, counting down from usize::MAX.
    let mut root = vec![0usize; n];
    let mut index = 1usize;
    let mut component = usize::MAX;
    let mut stack: Vec<u32> = Vec::new();
    // Per node on the path: the node, how many successors are left to
    // look at, and whether it is still its set's root.
    let mut path: Vec<(usize, usize, bool)> = Vec::new();
    for s in 0..n {
        if root[s] != 0 {
            continue;
        }
        root[s] = index;
        index += 1;
        path.push((s, degree(s), true));
        while let Some(top) = path.last_mut() {
            let v = top.0;
            if top.1 > 0 {
                top.1 -= 1;
                let w = succ(v, top.1);
                if root[w] == 0 {
                    root[w] = index;
                    index += 1;
                    path.push((w, degree(w), true));
                } else if root[w] < root[v] {
                    root[v] = root[w];
                    top.2 = false;
                }
                continue;
            }
            let (_, _, is_root) = *top;
            path.pop();
            if is_root {
                let mut adjust = 1;
                let from = stack
                    .iter()
                    .rposition(|&w| {
                        if root[v] > root[w as usize] {
                            true
                        } else {
                            root[w as usize] = component;
                            adjust += 1;
                            false
                        }
                    })
                    .map_or(0, |x| x + 1);
                root[v] = component;
                stack.push(v as u32);
                emit(&stack[from..]);
                stack.truncate(from);
                index -= adjust;
                component -= 1;
            } else {
                stack.push(v as u32);
            }
            // Back in the caller: what `v` reaches, its parent reaches.
            if let Some(parent) = path.last_mut()
                && root[v] < root[parent.0]
            {
                root[parent.0] = root[v];
                parent.2 = false;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use petgraph::graph::{DiGraph, NodeIndex};

    /// The same sets in the same order as petgraph's Tarjan, on graphs
    /// with cycles, self-loops, repeated edges and unreached parts.
    #[test]
    fn gives_what_petgraphs_tarjan_gives() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |m: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m) as usize
        };
        for round in 0..300 {
            let n = 1 + next(40);
            let edges = next(3 * n as u64 + 1);
            let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
            let mut g = DiGraph::<(), ()>::new();
            for _ in 0..n {
                g.add_node(());
            }
            for _ in 0..edges {
                let (a, b) = (next(n as u64), next(n as u64));
                adj[a].push(b);
                g.add_edge(NodeIndex::new(a), NodeIndex::new(b), ());
            }
            let mut ours: Vec<Vec<u32>> = Vec::new();
            super::for_each(
                n,
                |v| adj[v].len(),
                |v, k| adj[v][k],
                |s| ours.push(s.to_vec()),
            );
            let theirs: Vec<Vec<u32>> = petgraph::algo::tarjan_scc(&g)
                .into_iter()
                .map(|s| s.into_iter().map(|x| x.index() as u32).collect())
                .collect();
            assert_eq!(ours, theirs, "round {round}: {adj:?}");
        }
    }

    /// A path of a million nodes, and a cycle through them: no recursion.
    #[test]
    fn a_long_chain_does_not_overflow() {
        let n = 1_000_000;
        let mut sets = 0;
        super::for_each(n, |v| usize::from(v + 1 < n), |v, _| v + 1, |_| sets += 1);
        assert_eq!(sets, n);
        let mut largest = 0;
        super::for_each(
            n,
            |_| 1,
            |v, _| (v + 1) % n,
            |s| largest = largest.max(s.len()),
        );
        assert_eq!(largest, n);
    }
}
