// `npm run eval`: accuracy and speed on ../shared/corpus and the project's own
// fixtures. Each part prints its figures beside its baselines, measured in the
// same run, and says whether its thresholds hold; any miss fails the run (CI).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const parts: [name: string, module: string][] = [
  ['extraction (issue 3)', './eval/extraction.ts'],
  ['matching (issue 4)', './eval/matching.ts'],
  ['analysis (issue 5)', './eval/analysis.ts'],
  ['follow (issue 17)', './eval/follow.ts'],
  ['detection (issue 15)', './eval/detection.ts'],
];

const only = process.argv.slice(2);
const corpus = resolve(import.meta.dirname, '../../shared/corpus');
if (!existsSync(corpus)) {
  console.error(`eval: the corpus is missing at ${corpus} (clone the repository beside ../shared).`);
  process.exit(1);
}

const results: [string, boolean, number][] = [];
for (const [name, module] of parts) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n=== ${name} ===`);
  const started = performance.now();
  let ok = false;
  try {
    const part = (await import(module)) as { run: () => Promise<boolean> };
    ok = await part.run();
  } catch (error) {
    console.error(error);
  }
  results.push([name, ok, (performance.now() - started) / 1000]);
}

console.log('\n=== summary ===');
for (const [name, ok, seconds] of results) console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}  (${seconds.toFixed(1)} s)`);
process.exit(results.every(([, ok]) => ok) ? 0 : 1);
