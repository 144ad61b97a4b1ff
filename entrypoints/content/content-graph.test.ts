import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// content.js is what every page loads: detection and the controller. What reads an article is
// content-article.js, imported on articles only (article-slot.ts). A value import of an article-only
// module from content.js's graph would put it back into every page's script: this walks that graph
// (value imports, static and dynamic; `import type` is erased) and fails on one.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const IMPORT = /^\s*import\s+(?!type\s)[^'";]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*export\s+(?!type\s)[^'";]*?from\s*['"]([^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null; // packages: WXT's runtime, Readability's readerable test
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
      const target = specifier && resolveModule(file, specifier);
      if (target) visit(target);
    }
  };
  visit(entry);
  return new Set([...seen].map((file) => relative(ROOT, file)));
}

describe('content.js, the script every page loads', () => {
  const modules = graph(resolve(ROOT, 'entrypoints/content/index.ts'));

  it('holds detection and the controller', () => {
    expect(modules).toContain('entrypoints/content/controller.ts');
    expect(modules).toContain('core/page/detect-article.ts');
  });

  it('does not hold what reads an article, highlights or mounts the sidebar (content-article.js does)', () => {
    // Small modules both parts may use.
    const shared = new Set(['entrypoints/content/article-slot.ts', 'core/url.ts', 'core/sidebar/state.ts']);
    const articleOnly = [...graph(resolve(ROOT, 'entrypoints/content/article-code.ts'))].filter((file) => !shared.has(file));
    expect(articleOnly).toEqual(expect.arrayContaining(['core/page/extract-metadata.ts', 'core/match/collect-zones.ts', 'core/match/match-page.ts', 'entrypoints/content/highlight.ts', 'entrypoints/content/sidebar-host.ts', 'core/messages.ts']));
    expect([...modules].filter((file) => articleOnly.includes(file))).toEqual([]);
  });
});
