// `npm run bench`: matcher speed and size against a naive baseline (one RegExp per
// term), measured in the same run on the same generated inputs. Other parts
// (e.g. in-browser timings) can be added beside runMatchingBench() and called from main().
import { pathToFileURL } from 'node:url';
import { compileMatcher } from '../core/match/compile-matcher';
import { matchPage } from '../core/match/match-page';
import type { Dossier, Term, Topic } from '../core/dossier/types';
import { normalizeText } from '../core/text/normalize';
import { median } from './stats';

const TERMS_PER_DOSSIER = 300;
const DOSSIER_COUNTS = [1, 20, 200];
const TEXT_SIZES = [5_000, 50_000, 500_000];

/** Deterministic pseudo-random numbers, so every run measures the same inputs. */
function makeRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = {
  // Filler words of the generated articles: mostly not words of any term, as in real text.
  filler: ['the', 'and', 'of', 'was', 'ing', 'ment', 'al', 'er', 'on', 'to', 'in', 'for', 'ed', 'con', 'ex', 'pre', 'ly', 'ty', 'ous', 'ive'],
  // 95 consonant-vowel syllables: a vocabulary of names and words that rarely collide by chance.
  latin: 'bcdfghjklmnprstvwxz'.split('').flatMap((c) => 'aeiou'.split('').map((v) => c + v)),
  arabic: ['ما', 'لك', 'سر', 'تو', 'بي', 'نا', 'حم', 'قد', 'ري', 'عل'],
  cyrillic: ['ма', 'ло', 'ри', 'ст', 'ва', 'не', 'ко', 'ду', 'пре', 'жи'],
  // 1,500 common-range Han characters, one per "syllable".
  han: Array.from({ length: 1500 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 37) % 1500))),
};

function makeWord(rand: () => number, script: keyof typeof SYLLABLES): string {
  const syl = SYLLABLES[script];
  const n = 2 + Math.floor(rand() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += syl[Math.floor(rand() * syl.length)];
  return w;
}

function pickScript(rand: () => number): keyof typeof SYLLABLES {
  const r = rand();
  return r < 0.8 ? 'latin' : r < 0.9 ? 'arabic' : r < 0.95 ? 'cyrillic' : 'han';
}

/** Dossiers of `TERMS_PER_DOSSIER` terms: 1–3 words, mostly Latin, some Arabic, Cyrillic, Han; a few prefix terms. */
export function generateDossiers(count: number, seed = 1): Pick<Dossier, 'id' | 'topics'>[] {
  const rand = makeRandom(seed);
  const out: Pick<Dossier, 'id' | 'topics'>[] = [];
  for (let d = 0; d < count; d++) {
    const topics: Topic[] = [];
    for (let t = 0; t < 3; t++) {
      const terms: Term[] = [];
      for (let i = 0; i < TERMS_PER_DOSSIER / 3; i++) {
        const script = pickScript(rand);
        const words = 1 + Math.floor(rand() * 3);
        // About a third of Latin terms are names, written capitalised as in real dossiers.
        const isName = script === 'latin' && rand() < 0.35;
        const text = Array.from({ length: words }, () => {
          const w = makeWord(rand, script);
          return isName ? w[0].toUpperCase() + w.slice(1) : w;
        }).join(script === 'han' ? '' : ' ');
        const term: Term = { text, weight: 1 + Math.floor(rand() * 3), group: `g${Math.floor(rand() * 5)}` };
        if (script === 'latin' && words === 1 && rand() < 0.03) term.prefix = true;
        terms.push(term);
      }
      topics.push({ id: `t${t}`, label: `Topic ${t}`, level: t === 0 ? 'story' : 'related', terms, require: { groups: 3, score: 8 } });
    }
    out.push({ id: `dossier-${d}`, topics });
  }
  return out;
}

/** Article-like text of about `size` characters: filler words in several scripts, 1% terms of
 *  the few dossiers a page is about (the first three) and 2% words that start a term of any
 *  dossier (candidates that must be checked and rejected). */
export function generateText(size: number, dossiers: Pick<Dossier, 'id' | 'topics'>[], seed = 7): string {
  const rand = makeRandom(seed);
  const termsOf = (ds: Pick<Dossier, 'id' | 'topics'>[]) => ds.flatMap((d) => d.topics.flatMap((t) => t.terms.map((x) => x.text)));
  const onTopic = termsOf(dossiers.slice(0, 3));
  const terms = termsOf(dossiers);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const r = rand();
    const script = pickScript(rand);
    const piece =
      r < 0.01 && onTopic.length > 0
        ? onTopic[Math.floor(rand() * onTopic.length)]
        : r < 0.03 && terms.length > 0
          ? terms[Math.floor(rand() * terms.length)].split(' ')[0]
          : makeWord(rand, script === 'latin' ? 'filler' : script);
    parts.push(piece);
    length += piece.length + 1;
    if (rand() < 0.07) parts.push('.\n');
  }
  return parts.join(' ').slice(0, size);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The baseline: one RegExp per term (the normalised term as a literal), each run over the
 *  normalised text, with a whole-word check around every hit. */
function compileNaive(dossiers: Pick<Dossier, 'id' | 'topics'>[]): { re: RegExp; prefix: boolean }[] {
  return dossiers.flatMap((d) =>
    d.topics.flatMap((t) => t.terms.map((term) => ({ re: new RegExp(escapeRegExp(normalizeText(term.text)), 'g'), prefix: term.prefix === true }))),
  );
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function countNaive(regexps: { re: RegExp; prefix: boolean }[], norm: string): number {
  let found = 0;
  for (const { re, prefix } of regexps) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm))) {
      const before = m.index > 0 ? norm[m.index - 1] : ' ';
      const after = norm[m.index + m[0].length] ?? ' ';
      if (!WORD_CHAR.test(before) && (prefix || !WORD_CHAR.test(after))) found++;
    }
  }
  return found;
}

// V8 keeps native code for every RegExp it has run: tens of thousands of live ones
// exhaust the heap, so the baseline runs in chunks, each compiled and warmed untimed,
// then dropped. On the largest inputs it runs a sample of the terms and scales up
// (its cost is linear in the number of terms); the output says so.
const NAIVE_CHUNK = 3_000;
const NAIVE_BUDGET_CHARS = 600_000_000; // terms × text length run for real

/** Median time (ms) of normalising `text` and running every term's RegExp over it. */
function timeNaive(dossiers: Pick<Dossier, 'id' | 'topics'>[], text: string, runs: number): { ms: number; sampled: number; total: number } {
  const all = dossiers.flatMap((d) => d.topics.map((t) => ({ id: d.id, topics: [t] })));
  const total = all.reduce((n, d) => n + d.topics[0].terms.length, 0);
  const keepEvery = Math.max(1, Math.ceil((total * text.length) / NAIVE_BUDGET_CHARS));
  const sample = all.filter((_, i) => i % keepEvery === 0);
  const sampled = sample.reduce((n, d) => n + d.topics[0].terms.length, 0);
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t0 = performance.now();
    const norm = normalizeText(text);
    const normMs = performance.now() - t0;
    let execMs = 0;
    let found = 0;
    for (let c = 0; c < sample.length; ) {
      const chunk: typeof sample = [];
      let inChunk = 0;
      while (c < sample.length && inChunk < NAIVE_CHUNK) {
        chunk.push(sample[c]);
        inChunk += sample[c].topics[0].terms.length;
        c++;
      }
      const regexps = compileNaive(chunk);
      countNaive(regexps, norm.slice(0, 2_000)); // let V8 compile each RegExp before timing
      t0 = performance.now();
      found += countNaive(regexps, norm);
      execMs += performance.now() - t0;
    }
    samples.push(normMs + (execMs * total) / Math.max(1, sampled));
  }
  return { ms: median(samples), sampled, total };
}

// Medians of wall time (targets are checked on these) and of this process's CPU time
// (for context on a shared machine; it includes V8's parallel GC threads).
let lastCpuMs = 0;
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function time(fn: () => void, runs: number): number {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  lastCpuMs = median(cpu);
  return median(wall);
}

export async function runMatchingBench(): Promise<boolean> {
  console.log(`\n== Matching benchmark (Node ${process.version}): ${TERMS_PER_DOSSIER} terms per dossier, median times`);
  let ok = true;
  const check = (label: string, pass: boolean) => {
    if (!pass) ok = false;
    console.log(`  target ${label}: ${pass ? 'PASS' : 'FAIL'}`);
  };
  console.log('(times: wall-clock medians in ms; CPU ms of this process in brackets; load average ' + (await import('node:os')).loadavg()[0].toFixed(1) + ')');
  console.log('dossiers  compile(ms)          naive compile(ms, RegExp objects)  compiled JSON');
  const all = generateDossiers(Math.max(...DOSSIER_COUNTS));
  const results: Record<string, { ours: number; oursCpu: number; naive: number; note: string }> = {};
  for (const count of DOSSIER_COUNTS) {
    const dossiers = all.slice(0, count);
    time(() => compileMatcher(dossiers), 2); // warm-up: JIT, as for matching below
    const compileMs = time(() => compileMatcher(dossiers), 15);
    const compileCpu = lastCpuMs;
    const naiveCompileMs = time(() => compileNaive(dossiers.slice(0, 10)), 3) * (count / Math.min(count, 10));
    const matcher = compileMatcher(dossiers);
    const bytes = Buffer.byteLength(JSON.stringify(matcher));
    console.log(`${String(count).padStart(8)}  ${compileMs.toFixed(2).padStart(8)} [${compileCpu.toFixed(1).padStart(6)}]  ${naiveCompileMs.toFixed(2).padStart(33)}  ${(bytes / 1024).toFixed(0).padStart(8)} KB`);
    if (count === 200) {
      check(`compile 200 dossiers < 50 ms (${compileMs.toFixed(1)} ms)`, compileMs < 50);
      check(`compiled form for 200 dossiers < 2 MB (${(bytes / 1024 / 1024).toFixed(2)} MB)`, bytes < 2 * 1024 * 1024);
    }
    // What the content script receives: a JSON round trip, as extension messaging does.
    const received = JSON.parse(JSON.stringify(matcher));
    for (const size of TEXT_SIZES) {
      const text = generateText(size, dossiers);
      const zones = { title: '', lead: '', metadata: '', body: text, outside: '' };
      const runs = size >= 500_000 ? 9 : size >= 50_000 ? 41 : 101;
      matchPage(received, zones); // warm-up
      const ours = time(() => matchPage(received, zones), runs);
      const oursCpu = lastCpuMs;
      const naive = timeNaive(dossiers, text, count >= 20 ? 3 : 9);
      const note = naive.sampled < naive.total ? `naive: ${naive.sampled} of ${naive.total} terms run, scaled` : '';
      results[`${count}/${size}`] = { ours, oursCpu, naive: naive.ms, note };
    }
  }
  console.log('\ndossiers  text     match(ms)  [cpu]      naive(ms)  naive/ours');
  for (const count of DOSSIER_COUNTS) {
    for (const size of TEXT_SIZES) {
      const r = results[`${count}/${size}`];
      console.log(`${String(count).padStart(8)}  ${(size / 1000 + ' KB').padStart(6)}  ${r.ours.toFixed(3).padStart(9)}  [${r.oursCpu.toFixed(3).padStart(7)}]  ${r.naive.toFixed(2).padStart(9)}  ${(r.naive / r.ours).toFixed(1).padStart(9)}×  ${r.note}`);
    }
  }
  const key = results['200/50000'];
  check(`match 50 KB vs 200 dossiers < 2 ms median (${key.ours.toFixed(3)} ms)`, key.ours < 2);
  check(`match 50 KB vs 200 dossiers ≥ 10× faster than naive (${(key.naive / key.ours).toFixed(0)}×)`, key.naive / key.ours >= 10);
  console.log(`matching bench: ${ok ? 'PASS' : 'FAIL'}`);
  return ok;
}

async function main(): Promise<void> {
  const results = [await runMatchingBench()];
  // Real dossiers on real page text (and, with --baseline=DIR, an older core/ on the same inputs).
  const { runRealBench } = await import('./bench-real');
  results.push(await runRealBench());
  const { runDraftBench, runValidateBench } = await import('./bench-draft');
  results.push(await runDraftBench());
  results.push(await runValidateBench());
  // The in-browser part needs the built extension and Chromium: `npm run bench -- --node-only` skips it.
  if (!process.argv.includes('--node-only')) {
    const { runBrowserBench } = await import('./bench-browser');
    results.push(await runBrowserBench());
  }
  process.exit(results.every(Boolean) ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
