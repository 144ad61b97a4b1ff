import type { Sentence } from './types';
import { isDateOnlyLine } from './extract-events';

// Three to five sentences that summarise the article, chosen extractively: the lead sentence plus the
// most central sentences by TextRank over word overlap, returned in their original order. Never generated.

const MAX_CANDIDATES = 200;
const ITERATIONS = 30;
const DAMPING = 0.85;
const STOP_WORDS = new Set(('the a an and or but of to in on at for by with from as is are was were be been has have had it its this that these those ' +
  'which who whom he she they we i you his her their our not no said says would will could also than then there after before about over into more most ' +
  'في من على إلى عن أن إن التي الذي مع هذا هذه ذلك كان كانت قد لا ما أو ثم حيث بعد قبل كما و ل ب عام قال قالت').split(' '));

function isCandidate(s: Sentence): boolean {
  const text = s.text.trim();
  const words = text.split(/\s+/);
  if (words.length < 6 || words.length > 80) return false; // headers, captions, walls of text
  if (/^(?:by\s+[A-Z]|[•*\-–—·]|\(|photo|image|read more|related|advertisement|share|subscribe)/i.test(text)) return false;
  if (!/[.!?؟…"”»]$/.test(text)) return false; // headings and widget lines lack closing punctuation
  return !isDateOnlyLine(text);
}

function termsOf(text: string, ids: Map<string, number>): Int32Array {
  const set = new Set<number>();
  for (const w of wordsOf(text)) {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    set.add(id);
  }
  return Int32Array.from(set).sort();
}

function wordsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const raw of text.toLowerCase().split(/[\s.,;:!?؟،؛"“”«»()[\]{}—–\-/'’]+/)) {
    if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
    // Arabic definite article and clitics: "الحكومة" and "والحكومة" are one term.
    const w = raw.charCodeAt(0) >= 0x0600 ? raw.replace(/^(?:وال|بال|لل|ال)(?=.{3,})/, '') : raw;
    if (!STOP_WORDS.has(w)) terms.add(w);
  }
  return terms;
}

function similarity(a: Int32Array, b: Int32Array): number {
  if (a.length < 2 || b.length < 2) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) { shared++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
  }
  return shared === 0 ? 0 : shared / (Math.log(a.length) + Math.log(b.length));
}

export function selectKeyPoints(sentences: Sentence[]): string[] {
  const candidates = sentences.filter(isCandidate).slice(0, MAX_CANDIDATES);
  if (candidates.length === 0) return [];
  // Three for a short piece, up to five for a long one.
  const want = Math.min(Math.max(3, Math.min(5, Math.round(candidates.length / 4))), candidates.length);
  const ids = new Map<string, number>();
  const terms = candidates.map((s) => termsOf(s.text, ids));
  const n = candidates.length;
  // Sparse graph: most sentence pairs share no term.
  const edges: { to: number; w: number }[][] = terms.map(() => []);
  const totals = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const w = similarity(terms[i], terms[j]);
      if (w <= 0) continue;
      edges[i].push({ to: j, w });
      edges[j].push({ to: i, w });
      totals[i] += w;
      totals[j] += w;
    }
  }
  let scores = new Array<number>(n).fill(1);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const next = new Array<number>(n).fill(1 - DAMPING);
    for (let j = 0; j < n; j++) {
      if (totals[j] === 0) continue;
      const share = (DAMPING * scores[j]) / totals[j];
      for (const e of edges[j]) next[e.to] += share * e.w;
    }
    scores = next;
  }
  // The lead sentence carries the story in news copy; it is always kept.
  const chosen = new Set<number>([0]);
  const ranked = scores.map((score, i) => ({ score, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  for (const { i } of ranked) {
    if (chosen.size >= want) break;
    chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => candidates[i].text);
}
