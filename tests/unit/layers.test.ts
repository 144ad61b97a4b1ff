import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// docs/architecture.md: layers depend only downward (core <- storage <- components <- entrypoints),
// and scripts/ never import tests/. This reads every source file's imports and fails on one upward.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What each top-level folder may not import. */
const FORBIDDEN: Record<string, string[]> = {
  core: ['storage', 'components', 'entrypoints', 'scripts', 'tests'],
  storage: ['components', 'entrypoints', 'scripts', 'tests'],
  components: ['entrypoints', 'scripts', 'tests'],
  entrypoints: ['scripts', 'tests'],
  scripts: ['tests', 'entrypoints', 'components'],
};

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listSources(path));
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The top-level folders a file's relative imports reach. */
function importedLayers(file: string, source: string): { specifier: string; layer: string }[] {
  const found: { specifier: string; layer: string }[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier?.startsWith('.')) continue;
    const target = relative(ROOT, resolve(dirname(file), specifier));
    found.push({ specifier, layer: target.split(/[\\/]/)[0] });
  }
  return found;
}

function findUpwardImports(root = ROOT): string[] {
  const problems: string[] = [];
  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    for (const file of listSources(join(root, layer))) {
      for (const { specifier, layer: target } of importedLayers(file, readFileSync(file, 'utf8'))) {
        if (forbidden.includes(target)) problems.push(`${relative(root, file)} imports ${specifier} (${layer} → ${target})`);
      }
    }
  }
  return problems;
}

describe('layers', () => {
  it('no module imports a layer above its own (and scripts never import tests)', () => {
    expect(findUpwardImports()).toEqual([]);
  });

  it('sees an upward import in every form it can be written', () => {
    const file = join(ROOT, 'core/match/example.ts');
    const layers = (source: string) => importedLayers(file, source).map((found) => found.layer);
    expect(layers(`import { getDb } from '../../storage/db';`)).toEqual(['storage']);
    expect(layers(`import type { X } from "../../components/x";`)).toEqual(['components']);
    expect(layers(`export { y } from '../../entrypoints/content/controller';`)).toEqual(['entrypoints']);
    expect(layers(`const m = await import('../../storage/db');`)).toEqual(['storage']);
    expect(layers(`import '../../components/sidebar/sidebar.css';`)).toEqual(['components']);
    expect(layers(`import {\n  a,\n  b,\n} from '../text/normalize';`)).toEqual(['core']);
    expect(layers(`import valibot from 'valibot';`)).toEqual([]);
  });
});
