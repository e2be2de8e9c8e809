//! Stable sorting in one copy.
//!
//! The standard library's stable sort is compiled anew for every element
//! type and comparison, some 8 KB of wasm each time: seven of them were
//! 10 KB of the gzipped download (measured with `twiggy` and
//! `./build.sh size`). In the browser build every call here sorts a list of
//! indices with one comparison through a `dyn` reference, so the sort is
//! compiled once, and then moves the elements into that order. Natively
//! the call is the standard library's own sort. Both are stable, so both
//! give the same order.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, as `slice::sort_by` does.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    v.sort_by(cmp);
}

/// Sorts `v` stably by `cmp`, as `slice::sort_by` does.
#[cfg(target_arch = "wasm32")]
pub(crate) fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    compact_sort_by(v, cmp);
}

/// The browser build's sort: the indices sorted, then the elements moved.
#[cfg(any(target_arch = "wasm32", test))]
fn compact_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = permutation(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, &order);
}

/// Sorts `v`, whose equal elements are alike (numbers, strings): natively
/// the standard library's unstable sort, in the browser the one sort.
pub(crate) fn sort_plain<T: Ord>(v: &mut [T]) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
    #[cfg(target_arch = "wasm32")]
    compact_sort_by(v, Ord::cmp);
}

/// Sorts `v` stably by the key `key` gives each element.
pub(crate) fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// The indices `0..n` in the order `cmp` gives them (stable).
#[cfg(any(target_arch = "wasm32", test))]
fn permutation(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Puts `v[order[i]]` at `i` for every `i`, following each cycle of the
/// permutation with swaps.
#[cfg(any(target_arch = "wasm32", test))]
fn permute<T>(v: &mut [T], order: &[usize]) {
    let mut placed = vec![false; v.len()];
    for start in 0..v.len() {
        let mut i = start;
        while !placed[i] {
            placed[i] = true;
            let from = order[i];
            if from == start {
                break;
            }
            v.swap(i, from);
            i = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every permutation of five elements is applied as `order` says.
    #[test]
    fn permute_applies_any_order() {
        fn each(prefix: &mut Vec<usize>, n: usize, check: &mut dyn FnMut(&[usize])) {
            if prefix.len() == n {
                return check(prefix);
            }
            for i in 0..n {
                if !prefix.contains(&i) {
                    prefix.push(i);
                    each(prefix, n, check);
                    prefix.pop();
                }
            }
        }
        let mut seen = 0;
        each(&mut Vec::new(), 5, &mut |order| {
            let mut v: Vec<String> = (0..5).map(|i| format!("x{i}")).collect();
            permute(&mut v, order);
            let want: Vec<String> = order.iter().map(|i| format!("x{i}")).collect();
            assert_eq!(v, want, "order {order:?}");
            seen += 1;
        });
        assert_eq!(seen, 120);
    }

    /// The browser build's sort gives the standard library's order, equal
    /// keys in their first order included, on lists of every length to 300.
    #[test]
    fn compact_sort_is_the_std_sort() {
        let mut seed = 7u64;
        for n in 0..300 {
            let v: Vec<(u64, usize)> = (0..n)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % (n as u64 / 3 + 1), i)
                })
                .collect();
            let (mut ours, mut std) = (v.clone(), v);
            compact_sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            std.sort_by_key(|a| a.0);
            assert_eq!(ours, std, "n = {n}");
        }
    }
}
