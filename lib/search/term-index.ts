import SearchableMap from 'minisearch/SearchableMap';

/**
 * A small full-text index whose query cost has a ceiling: the engine under site search.
 *
 * Each indexed word keeps its postings as two typed arrays (documents, and a weight that
 * already combines the BM25 term frequency of every field with the field's boost), so a
 * query is a few tight loops over numbers, with nothing allocated per document. A query
 * word expands to index words (itself, words it begins, words one edit away, words with
 * two neighbouring letters swapped), at most `maxExpansions` of them, the closest first;
 * all the query's words must match (AND). The work of a query is therefore at most
 * words × `maxExpansions` × documents, whatever a stranger types.
 *
 * The words themselves live in MiniSearch's radix tree (`minisearch/SearchableMap`), which
 * answers prefix and fuzzy lookups.
 */

export interface Field<D> {
  text: (doc: D) => string;
  boost: number;
}

export interface TermIndex {
  /** Number of documents; a document is its position in the list given to `buildTermIndex`. */
  size: number;
  words: SearchableMap<number>;
  keys: string[];
  docs: Int32Array[];
  weights: Float32Array[];
  idf: Float64Array;
}

/** One index word a query word stands for, and how much a match on it counts (0 to 1]. */
export interface Expansion {
  word: number;
  factor: number;
}

export interface ExpandOptions {
  /** Shortest query word matched as the start of longer words. */
  minPrefix: number;
  /** Shortest query word that forgives one edit or two swapped neighbours. */
  minFuzzy: number;
}

export const maxExpansions = 64;
const k1 = 1.2;
const b = 0.7;

/** Indexes `docs`: `split` turns a field's text into normalized words. */
export function buildTermIndex<D>(docs: readonly D[], fields: readonly Field<D>[], split: (text: string) => string[]): TermIndex {
  // A plain map while indexing (the radix tree is slower to fill word by word), then the tree.
  const ids = new Map<string, number>();
  const keys: string[] = [];
  // Per word, flat triples (document, field, occurrences), in document order.
  const raw: number[][] = [];
  const lengths = fields.map(() => new Float64Array(docs.length));
  const counts = new Map<number, number>();
  docs.forEach((doc, d) => {
    fields.forEach((field, f) => {
      const tokens = split(field.text(doc));
      lengths[f]![d] = tokens.length;
      counts.clear();
      for (const token of tokens) {
        let id = ids.get(token);
        if (id === undefined) {
          id = keys.length;
          ids.set(token, id);
          keys.push(token);
          raw.push([]);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      for (const [id, tf] of counts) raw[id]!.push(d, f, tf);
    });
  });
  const average = lengths.map((l) => l.reduce((a, x) => a + x, 0) / Math.max(1, docs.length) || 1);
  const postings = raw.map((triples) => {
    const ds: number[] = [];
    const ws: number[] = [];
    for (let i = 0; i < triples.length; i += 3) {
      const [d, f, tf] = [triples[i]!, triples[i + 1]!, triples[i + 2]!];
      const norm = 1 - b + (b * lengths[f]![d]!) / average[f]!;
      const w = (fields[f]!.boost * tf * (k1 + 1)) / (tf + k1 * norm);
      if (ds.at(-1) === d) {
        ws[ws.length - 1]! += w;
      } else {
        ds.push(d);
        ws.push(w);
      }
    }
    return { docs: Int32Array.from(ds), weights: Float32Array.from(ws) };
  });
  const n = docs.length;
  return {
    size: n,
    words: SearchableMap.from(ids),
    keys,
    docs: postings.map((p) => p.docs),
    weights: postings.map((p) => p.weights),
    idf: Float64Array.from(postings, (p) => Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5))),
  };
}

/** `nvidai` → `invdai`, `nivdai`, …, `nvidia`: the word with two neighbouring letters swapped. */
export function transpositions(term: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < term.length; i++) {
    if (term[i] === term[i + 1]) continue;
    out.add(term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2));
  }
  return [...out];
}

/** The index words a query word stands for, the closest first, at most `maxExpansions`. */
export function expand(index: TermIndex, term: string, { minPrefix, minFuzzy }: ExpandOptions): Expansion[] {
  const found = new Map<number, number>();
  const add = (word: number | undefined, factor: number) => {
    if (word !== undefined && factor > (found.get(word) ?? 0)) found.set(word, factor);
  };
  add(index.words.get(term), 1);
  // A longer word counts less the more it adds; a typo counts less than a prefix.
  const near = (distance: number, weight: number) => (weight * term.length) / (term.length + distance);
  if (term.length >= minFuzzy) {
    for (const swapped of transpositions(term)) add(index.words.get(swapped), near(1, 0.45));
    for (const [, [word, distance]] of index.words.fuzzyGet(term, 1)) add(word, near(distance, 0.45));
  }
  if (term.length >= minPrefix) {
    let seen = 0;
    for (const [key, word] of index.words.atPrefix(term)) {
      add(word, near(0.3 * (key.length - term.length), 0.375));
      if (++seen >= 16 * maxExpansions) break;
    }
  }
  return [...found]
    .map(([word, factor]) => ({ word, factor }))
    .sort((x, y) => y.factor - x.factor || index.keys[x.word]!.length - index.keys[y.word]!.length)
    .slice(0, maxExpansions);
}

export interface TermHits {
  /** Matching documents, best first (equal scores keep the order the documents were given in). */
  docs: number[];
  /** The index words that matched at least one of those documents, for highlighting. */
  words: string[];
}

/** Documents that match every query word (each through one of its expansions), scored by BM25. */
export function searchTerms(index: TermIndex, terms: readonly string[], options: ExpandOptions): TermHits {
  const expansions = terms.map((t) => expand(index, t, options));
  if (expansions.length === 0 || expansions.some((e) => e.length === 0)) return { docs: [], words: [] };
  const n = index.size;
  const total = new Float64Array(n);
  const matched = new Uint8Array(n);
  const best = new Float32Array(n);
  for (const group of expansions) {
    // A document's score for one query word is its best expansion, not the sum of all.
    for (const { word, factor } of group) {
      const docs = index.docs[word]!;
      const weights = index.weights[word]!;
      const scale = factor * index.idf[word]!;
      for (let i = 0; i < docs.length; i++) {
        const s = scale * weights[i]!;
        if (s > best[docs[i]!]!) best[docs[i]!] = s;
      }
    }
    for (let d = 0; d < n; d++) {
      if (best[d]! > 0) {
        total[d]! += best[d]!;
        matched[d]!++;
        best[d] = 0;
      }
    }
  }
  const all = expansions.length;
  // Sorted as numbers, without a comparator (ten times faster on a whole archive): each
  // key is the score, rounded to 1e-4 and negated (best first), times n, plus the document.
  const keys: number[] = [];
  for (let d = 0; d < n; d++) if (matched[d] === all) keys.push(-Math.round(total[d]! * 1e4) * n + d);
  const docs = Array.from(Float64Array.from(keys).sort(), (key) => ((key % n) + n) % n);
  const words = new Set<string>();
  if (docs.length > 0)
    for (const group of expansions)
      for (const { word } of group) if (index.docs[word]!.some((d) => matched[d] === all)) words.add(index.keys[word]!);
  return { docs, words: [...words] };
}
