// npm run analyze -- [--url URL] FILE...
// Runs the content script's own core code on saved HTML pages and prints one
// JSON object per line. Later issues add `matches` and `analysis` to the object.
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { readPage } from '../core/page/read-page';
import type { PageMetadata } from '../core/page/types';

export interface AnalyzeOptions {
  url?: string;
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
    result.timingsMs = { parse: Math.round(parseMs * 1000) / 1000, ...reading.timingsMs };
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  }
  return result;
}

function parseArgs(argv: string[]): { url?: string; files: string[] } {
  const files: string[] = [];
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') url = argv[++i];
    else if (a.startsWith('--url=')) url = a.slice(6);
    else files.push(a);
  }
  return { url, files };
}

async function main(): Promise<void> {
  const { url, files } = parseArgs(process.argv.slice(2));
  if (!files.length) {
    process.stderr.write('usage: npm run analyze -- [--url URL] FILE...\n');
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    process.stdout.write(`${JSON.stringify(await analyzeFile(file, { url }))}\n`);
  }
}

if (process.argv[1] && /analyze\.ts$/.test(process.argv[1])) void main();
