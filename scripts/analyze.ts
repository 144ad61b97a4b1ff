// npm run analyze -- [--url URL] [--dossier FILE]... FILE...
// Runs the extension's own core code on saved HTML pages and prints one JSON
// object per line: detection and citation metadata (as the content script
// reads them), matches against the dossiers (the built-in one, plus any
// --dossier file, installed or not), and for articles what the article says
// (as the sidebar reads it).
import { readFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { readPage } from '../core/page/read-page';
import type { PageMetadata } from '../core/page/types';
import { collectZones } from '../core/match/collect-zones';
import { compileMatcher } from '../core/match/compile-matcher';
import { matchPage } from '../core/match/match-page';
import type { CompiledMatcher } from '../core/match/types';
import { readArticle } from '../core/analysis/read-article';
import { parseDossierText, formatDossierErrors } from '../core/dossier/validate';
import type { Dossier } from '../core/dossier/types';

export interface AnalyzeOptions {
  url?: string;
  matcher?: CompiledMatcher;
  /** Read what the article says (main text + analysis); on by default. */
  analysis?: boolean;
}

const BUILTIN_DIR = resolve(import.meta.dirname, '../dossiers');

/** The built-in dossiers, then the given files; a file that is not a valid dossier stops the run with its problems. */
export function loadDossiers(files: string[]): Dossier[] {
  const builtins = readdirSync(BUILTIN_DIR).filter((f) => f.endsWith('.dossier.json')).map((f) => join(BUILTIN_DIR, f));
  const byId = new Map<string, Dossier>();
  for (const file of [...builtins, ...files]) {
    const result = parseDossierText(readFileSync(file, 'utf8'));
    if (!result.ok) throw new Error(`${file} is not a valid dossier:\n${formatDossierErrors(result.errors)}`);
    byId.set(result.dossier.id, result.dossier); // a --dossier file with a built-in id replaces it, as an import would
  }
  return [...byId.values()];
}

export interface AnalyzeResult {
  file: string;
  isArticle: boolean | null;
  metadata: Omit<PageMetadata, 'keywords'> | null;
  timingsMs: Record<string, number>;
  error?: string;
  [extra: string]: unknown;
}

const EMPTY: Omit<PageMetadata, 'keywords'> = {
  title: null, authors: [], publisher: null, publishedAt: null, modifiedAt: null,
  language: null, dir: null, canonicalUrl: null, description: null,
};

/** Parse HTML into a DOM the same way for every script (linkedom). */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export async function analyzeFile(path: string, opts: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const result: AnalyzeResult = { file: path, isArticle: null, metadata: null, timingsMs: {} };
  try {
    const t0 = performance.now();
    const html = await readFile(path, 'utf8');
    const doc = parseDocument(html);
    const parseMs = performance.now() - t0;
    const reading = readPage(doc, opts.url);
    result.isArticle = reading.detection.isArticle;
    const { keywords: _k, ...meta } = reading.metadata ?? { ...EMPTY, keywords: [] };
    result.metadata = meta;
    result.signals = reading.detection.signals;
    result.timingsMs = { parse: round(parseMs), ...reading.timingsMs };
    if (opts.matcher && reading.metadata && reading.detection.isArticle) {
      const t1 = performance.now();
      const matches = matchPage(opts.matcher, collectZones(doc, reading.metadata), { publishedAt: reading.metadata.publishedAt, url: opts.url });
      result.timingsMs.match = round(performance.now() - t1);
      result.matches = matches.map(({ dossierId, topicId, level, score, evidence }) => ({ dossierId, topicId, level, score: round(score), evidence }));
    } else if (opts.matcher) {
      result.matches = [];
    }
    if (opts.analysis !== false && reading.detection.isArticle) {
      const t2 = performance.now();
      const article = readArticle(doc, opts.url ?? reading.metadata?.canonicalUrl ?? undefined, reading.metadata);
      result.timingsMs.analysis = round(performance.now() - t2);
      result.analysis = article.ok ? article.analysis : null;
      if (!article.ok) result.analysisError = article.reason;
    }
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  }
  return result;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function parseArgs(argv: string[]): { url?: string; files: string[]; dossiers: string[]; analysis: boolean } {
  const files: string[] = [];
  const dossiers: string[] = [];
  let url: string | undefined;
  let analysis = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') url = argv[++i];
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--dossier') dossiers.push(argv[++i]);
    else if (a.startsWith('--dossier=')) dossiers.push(a.slice(10));
    else if (a === '--no-analysis') analysis = false;
    else files.push(a);
  }
  return { url, files, dossiers, analysis };
}

async function main(): Promise<void> {
  const { url, files, dossiers, analysis } = parseArgs(process.argv.slice(2));
  if (!files.length) {
    process.stderr.write('usage: npm run analyze -- [--url URL] [--dossier FILE]... [--no-analysis] FILE...\n');
    process.exitCode = 2;
    return;
  }
  let matcher: CompiledMatcher;
  try {
    matcher = compileMatcher(loadDossiers(dossiers));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    process.stdout.write(`${JSON.stringify(await analyzeFile(file, { url, matcher, analysis }))}\n`);
  }
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) void main();
