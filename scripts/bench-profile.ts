// Where the content script's main-thread time goes: a CPU profile (CDP Profiler, the page's whole
// isolate, the content script's world included) of page loads with the built extension, self time
// summed per function of the extension's scripts. `npx tsx scripts/bench-profile.ts [page-name…]`
// (names from scripts/bench-reader.ts's listPages; default: one of each class). EXTENSION_DIR=… to
// profile another build.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, chromiumArgs, EXTENSION_DIR, PAGES_DIR, ROOT } from './browser-harness';
import { startBenchServer, type Profile } from './bench-server';
import { listPages } from './bench-reader';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }

async function main(): Promise<void> {
  const extensionDir = process.env.EXTENSION_DIR ?? EXTENSION_DIR;
  const names = process.argv.slice(2);
  const all = listPages();
  const pages = names.length ? all.filter((p) => names.includes(p.name)) : [all.find((p) => p.name === 'home')!, all.find((p) => p.name === 'section')!, all.find((p) => p.kind === 'unmatched')!];
  const server = await startBenchServer(all, [join(ROOT, 'bench/pages'), PAGES_DIR]);
  const profileDir = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...chromiumArgs(extensionDir), '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
    const profiles: Profile[] = (process.env.PROFILE as Profile) ? [process.env.PROFILE as Profile] : ['fast', 'slow'];
    for (const page of pages) {
      for (const profile of profiles) {
        const self = new Map<string, number>();
        let total = 0;
        for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) {
          const tab = await context.newPage();
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
          await cdp.send('Profiler.start');
          await tab.goto(server.url(page, profile, run), { waitUntil: 'load' });
          await tab.waitForTimeout(600);
          const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
          const byId = new Map(p.nodes.map((n) => [n.id, n]));
          for (let i = 0; i < p.samples.length; i++) {
            const node = byId.get(p.samples[i])!;
            const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
            const { url, functionName, lineNumber, columnNumber } = node.callFrame;
            const mine = url.includes('-extension://') || (process.env.ALL && !['(idle)', '(program)'].includes(functionName));
            if (!mine && !['(garbage collector)'].includes(functionName)) continue;
            const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\//, '')}:${lineNumber}:${columnNumber}`;
            self.set(key, (self.get(key) ?? 0) + dt);
            if (url.includes('-extension://')) total += dt;
          }
          await tab.close();
        }
        const runs = Number(process.env.RUNS ?? 3);
        console.log(`\n${page.name} (${page.kind}, ${profile}): extension self time ${(total / runs).toFixed(2)} ms per load`);
        for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 15))) console.log(`  ${(ms / runs).toFixed(2).padStart(7)} ms  ${k}`);
      }
    }
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    await server.close();
  }
}
main();
