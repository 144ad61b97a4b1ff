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

/**
 * Packages that reach the browser or the database: only storage/ (its services) and entrypoints/ (the
 * extension's wiring) may import them. components/ go through storage/ services (fakeable in tests),
 * and core/ runs in Node.
 */
const BROWSER_PACKAGES = ['webextension-polyfill', 'wxt/browser', '@wxt-dev/browser', 'dexie', 'dexie-react-hooks'];
const NO_BROWSER_PACKAGES = ['core', 'components'];

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

/** Every module a file imports (relative or a package). */
function importedSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]).filter((s): s is string => Boolean(s));
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Browser packages imported, or the extension API used through a global (`browser.tabs`, `chrome.runtime`). */
function browserAccess(source: string): string[] {
  const found = importedSpecifiers(source).filter((specifier) => BROWSER_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`)));
  for (const match of stripComments(source).matchAll(/\b(browser|chrome)\.(runtime|tabs|i18n|storage|action|browserAction|contextMenus|menus|commands|windows|scripting|sidePanel|sidebarAction)\b/g)) {
    found.push(`${match[1]}.${match[2]}`);
  }
  return [...new Set(found)];
}

/** The database handle itself (getDb, the Dexie class): components ask storage/ functions instead. */
function databaseHandleUse(source: string): string[] {
  return [...new Set([...stripComments(source).matchAll(/\b(getDb|setDbForTesting|BackstoryDb)\b/g)].map((match) => match[1]))];
}

function findBrowserAccess(root = ROOT): string[] {
  const problems: string[] = [];
  for (const layer of NO_BROWSER_PACKAGES) {
    for (const file of listSources(join(root, layer))) {
      const source = readFileSync(file, 'utf8');
      for (const access of browserAccess(source)) problems.push(`${relative(root, file)} uses ${access} (${layer} must go through storage/)`);
      for (const handle of databaseHandleUse(source)) {
        problems.push(`${relative(root, file)} uses ${handle} (${layer} must call storage/ functions, e.g. canOpenDatabase, countStoredData)`);
      }
    }
  }
  return problems;
}

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

  it('core/ and components/ never reach browser APIs or the database themselves (storage/ services do)', () => {
    expect(findBrowserAccess()).toEqual([]);
  });

  it('sees browser access in every form it can be written', () => {
    expect(browserAccess(`import browser from 'webextension-polyfill';`)).toEqual(['webextension-polyfill']);
    expect(browserAccess(`import { liveQuery } from "dexie";`)).toEqual(['dexie']);
    expect(browserAccess(`import { browser } from 'wxt/browser';`)).toEqual(['wxt/browser']);
    expect(browserAccess(`const m = await import('dexie');`)).toEqual(['dexie']);
    expect(browserAccess(`await browser.tabs.query({});`)).toEqual(['browser.tabs']);
    expect(browserAccess(`chrome.runtime.sendMessage(x);`)).toEqual(['chrome.runtime']);
    // Words in comments, and look-alikes, are not access.
    expect(browserAccess(`// browser.i18n cannot do this at run time\n/* chrome.tabs */ const x = 1;`)).toEqual([]);
    expect(browserAccess(`import { getPlatform } from '../storage/platform'; const browserLanguage = 'en';`)).toEqual([]);
    expect(databaseHandleUse(`import { getDb } from '../../storage/db';\nconst n = await getDb().history.count();`)).toEqual(['getDb']);
    expect(databaseHandleUse(`import type { HistoryEntry } from '../../storage/db';`)).toEqual([]);
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
