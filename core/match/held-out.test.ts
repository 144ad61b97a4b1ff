// Held-out check of the built-in dossier's topics: our own news excerpts of the story in
// languages the dev corpus does not have (tests/fixtures/held-out-matching.jsonl), written
// before reading the dossier's spellings, plus near misses in each language (Azure outages,
// Israeli military news without Microsoft, Unit 8200 alumni start-ups, Microsoft–OpenAI deals).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier/types';
import { compileMatcher } from './compile-matcher';
import { matchPage } from './match-page';
import type { PageZones, TopicMatch } from './types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface HeldOutRecord {
  lang: string;
  kind: 'on-topic' | 'near-miss';
  /** Written after the first run: Microsoft + Israeli military + a third group word in a story
   *  that is not this one (Iranian hackers spying on the army, a Unit 8200 alumni start-up
   *  bought by Microsoft). Only a rule that needs a story-specific group beside the Israeli
   *  context (Palestinians, the review, the protest, the services cut) rejects them. */
  hard?: boolean;
  title: string;
  text: string;
}

const MIN_RECALL = 0.9;

// Sentence ends: Latin/Cyrillic/Greek . ! ?, CJK 。！？, Devanagari/Bengali danda, Urdu full stop.
const SENTENCE_END = /(?<=[.!?。！？।۔])\s*/u;

/** First sentence(s) of a text, up to about a paragraph's lead, and the rest. */
export function splitLead(text: string): { lead: string; body: string } {
  const sentences = text.split(SENTENCE_END).filter((s) => s.trim().length > 0);
  let k = 0;
  let length = 0;
  // A very short first sentence ("Gaza, 29 September.") is not a lead on its own.
  while (k < sentences.length && (k === 0 || length < 40)) length += sentences[k++].length;
  return { lead: sentences.slice(0, k).join(' '), body: sentences.slice(k).join(' ') };
}

function zonesOf(record: HeldOutRecord): PageZones {
  const { lead, body } = splitLead(record.text);
  return { title: record.title, lead, metadata: '', body, outside: '' };
}

const records = readFileSync(path.join(repoRoot, 'tests/fixtures/held-out-matching.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as HeldOutRecord);
const dossier = JSON.parse(
  readFileSync(path.join(repoRoot, 'dossiers/microsoft-unit-8200-azure.dossier.json'), 'utf8'),
) as Dossier;
const matcher = compileMatcher([dossier]);

function isStory(ms: TopicMatch[]): boolean {
  return ms.some((m) => m.level === 'story' && m.dossierId === dossier.id);
}

describe('splitLead', () => {
  it('takes the first sentence as the lead, in several scripts', () => {
    expect(splitLead('Microsoft cut off the unit from its cloud services. The Guardian had reported it.')).toEqual({
      lead: 'Microsoft cut off the unit from its cloud services.',
      body: 'The Guardian had reported it.',
    });
    expect(splitLead('微软公司宣布，已停止以色列军方情报机构8200部队使用其部分云计算和人工智能服务。卫报此前报道。').body).toBe('卫报此前报道。');
    expect(splitLead('Short. Then a longer second sentence that belongs to the lead too. Body.').body).toBe('Body.');
  });
});

describe('held-out coverage of the built-in story (languages beyond the dev set)', () => {
  const results = records.map((r) => ({ record: r, matches: matchPage(matcher, zonesOf(r)) }));

  it('prints per-language results', () => {
    const byLang = new Map<string, { hit: number; total: number; nmStory: number; nmTotal: number }>();
    for (const { record, matches } of results) {
      const s = byLang.get(record.lang) ?? { hit: 0, total: 0, nmStory: 0, nmTotal: 0 };
      if (record.kind === 'on-topic') {
        s.total++;
        if (isStory(matches)) s.hit++;
        else {
          const top = matches[0];
          console.log(`  missed [${record.lang}] ${record.title} :: ${top ? `${top.topicId} ${top.level} ${top.score} ${JSON.stringify(top.evidence.map((e) => e.term))}` : 'no match'}`);
        }
      } else if (record.hard) {
        if (isStory(matches)) console.log(`  hard near miss given story [${record.lang}] ${record.title} :: ${JSON.stringify(matches[0].evidence.map((e) => e.term))}`);
      } else {
        s.nmTotal++;
        if (isStory(matches)) {
          s.nmStory++;
          console.log(`  near miss given story [${record.lang}] ${record.title} :: ${JSON.stringify(matches[0].evidence.map((e) => e.term))}`);
        }
      }
      byLang.set(record.lang, s);
    }
    const lines = [...byLang].sort().map(([lang, s]) => `${lang.padEnd(4)} on-topic story ${s.hit}/${s.total}   near misses given story ${s.nmStory}/${s.nmTotal}`);
    console.log(`held-out matching, ${byLang.size} languages\n${lines.join('\n')}`);
    expect(byLang.size).toBeGreaterThanOrEqual(15);
  });

  it('gives no near miss the story level', () => {
    const wrong = results.filter(({ record, matches }) => record.kind === 'near-miss' && !record.hard && isStory(matches));
    expect(wrong.map(({ record }) => `${record.lang}: ${record.title}`)).toEqual([]);
  });

  it('gives none of the hard near misses the story level', () => {
    const hard = results.filter(({ record }) => record.kind === 'near-miss' && record.hard);
    const wrong = hard.filter(({ matches }) => isStory(matches));
    console.log(`hard near misses given story: ${wrong.length}/${hard.length}`);
    expect(hard.length).toBeGreaterThan(0);
    expect(wrong.map(({ record }) => `${record.lang}: ${record.title}`)).toEqual([]);
  });

  it(`finds the story in at least ${MIN_RECALL} of the on-topic excerpts`, () => {
    const onTopic = results.filter(({ record }) => record.kind === 'on-topic');
    const hits = onTopic.filter(({ matches }) => isStory(matches)).length;
    console.log(`held-out on-topic story recall: ${hits}/${onTopic.length} (${(hits / onTopic.length).toFixed(3)})`);
    expect(onTopic.length).toBeGreaterThanOrEqual(30);
    expect(hits / onTopic.length).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
