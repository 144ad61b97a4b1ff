import { describe, expect, it } from 'vitest';
import type { Dossier, Topic } from '../dossier/types';
import { compileMatcher } from './compile-matcher';
import { matchPage } from './match-page';
import type { PageZones } from './types';

// A made-up story, so these tests say nothing about the built-in dossier.
const harbour: Topic = {
  id: 'harbour-strike',
  label: 'Dockers strike at the port of Valmora',
  level: 'story',
  terms: [
    { text: 'Valmora', weight: 3, group: 'place' },
    { text: 'فالمورا', weight: 3, group: 'place' },
    { text: 'ולמורה', weight: 3, group: 'place' },
    { text: '瓦尔莫拉', weight: 3, group: 'place' },
    { text: 'dockers', weight: 2, group: 'workers' },
    { text: 'Hafenarbeiter', weight: 2, group: 'workers' },
    { text: 'dockworkers union', weight: 3, group: 'workers' },
    { text: 'strike', weight: 2, group: 'action' },
    { text: 'grève', weight: 2, group: 'action' },
    { text: 'walk out', weight: 2, group: 'action' },
    { text: 'Streik', weight: 2, group: 'action', prefix: true },
  ],
  require: { groups: 3, score: 7 },
};
const ports: Topic = {
  id: 'ports',
  label: 'Shipping and ports',
  level: 'related',
  terms: [
    { text: 'port', weight: 2, group: 'port' },
    { text: 'container ship', weight: 2, group: 'ship' },
  ],
  require: { groups: 2, score: 3 },
};
const dossier: Pick<Dossier, 'id' | 'topics'> = { id: 'valmora', topics: [harbour, ports] };
const matcher = compileMatcher([dossier]);

function zones(z: Partial<PageZones>): PageZones {
  return { title: '', lead: '', metadata: '', body: '', outside: '', ...z };
}
const story = (z: Partial<PageZones>, sensitivity?: number) =>
  matchPage(matcher, zones(z), { sensitivity }).find((m) => m.topicId === 'harbour-strike');

describe('matchPage', () => {
  it('matches a page with terms from enough groups, with evidence', () => {
    const m = story({ title: 'Dockers strike in Valmora', body: 'The dockers of Valmora began a strike on Monday.' });
    expect(m?.level).toBe('story');
    expect(m?.dossierId).toBe('valmora');
    const valmora = m?.evidence.find((e) => e.term === 'Valmora');
    expect(valmora?.count).toBe(2);
    expect(valmora?.where).toEqual(['title', 'body']);
  });

  it('matches whole words only in scripts with spaces, or their forms', () => {
    // A continuation longer than an inflection (DEFAULT_EXTRA letters) is another word.
    expect(story({ body: 'Valmoraport dockersunion went on strikebreaking' })).toBeUndefined();
    expect(story({ body: 'Valmora dockers went on strikebreaking' })).toBeUndefined();
    expect(story({ body: 'Valmora’s dockers went on strikes' })).toBeDefined();
    expect(story({ body: 'Valmora’s dockers: strike!' })).toBeDefined();
    expect(story({ body: 'In VALMORA, the DOCKERS call a STRIKE.' })).toBeDefined();
  });

  it('matches substrings in scripts without spaces and reads Arabic/Hebrew prefixes', () => {
    expect(story({ body: '瓦尔莫拉港口的 dockers strike' })).toBeDefined();
    expect(story({ body: 'والفالمورا dockers strike' })).toBeDefined(); // و + ال glued to the name
    expect(story({ body: 'בולמורה dockers strike' })).toBeDefined(); // ב glued to the name
  });

  it('matches multi-word terms across spacing and hyphens, and prefix terms', () => {
    expect(story({ body: 'Valmora: the dockworkers-union will walk\u00a0out' })).toBeDefined();
    expect(story({ body: 'Valmora Hafenarbeiter Streikwelle' })).toBeDefined();
    expect(story({ body: 'Valmora Hafenarbeiter Warnstreik' })).toBeUndefined(); // prefix, not infix
  });

  it('needs distinct groups: one common word repeated is not a story', () => {
    expect(story({ title: 'Valmora', body: 'Valmora Valmora Valmora Valmora Valmora' })).toBeUndefined();
    expect(story({ title: 'Strike strike strike', body: 'strike grève walk out dockers dockers' })).toBeUndefined();
  });

  it('weights the title, lead and metadata above the body', () => {
    const inBody = story({ body: 'Valmora dockers strike' });
    const inTitle = story({ title: 'Valmora dockers strike', body: 'Valmora dockers strike' });
    const inMeta = story({ metadata: 'Valmora · dockers · strike', body: 'Valmora dockers strike' });
    expect(inTitle!.score).toBeGreaterThan(inMeta!.score);
    expect(inMeta!.score).toBeGreaterThan(inBody!.score);
  });

  it('discounts text outside the article: it neither adds groups nor much score', () => {
    const outside = 'Most read: Valmora dockers strike enters second week';
    expect(story({ title: 'Weather', body: 'Sunny all week, says the forecast for Valmora.', outside })).toBeUndefined();
    expect(story({ body: 'Valmora dockers', outside })).toBeUndefined();
  });

  it('applies the required score times the sensitivity', () => {
    const page = { body: 'Valmora dockers strike' };
    const m = story(page);
    expect(m).toBeDefined();
    expect(story(page, 0.5)).toBeDefined();
    expect(story(page, (m!.score / 7) * 1.01)).toBeUndefined();
    expect(story(page, Number.NaN)).toBeDefined(); // invalid sensitivity: default 1
  });

  it('honours require.all and require.any', () => {
    const t: Topic = {
      id: 't',
      label: 't',
      level: 'story',
      terms: [
        { text: 'alpha', group: 'a' },
        { text: 'beta', group: 'b' },
        { text: 'gamma', group: 'c' },
      ],
      require: { groups: 2, score: 0, all: ['a'], any: ['b'] },
    };
    const m = compileMatcher([{ id: 'd', topics: [t] }]);
    const run = (body: string) => matchPage(m, zones({ body })).length;
    expect(run('alpha beta')).toBe(1);
    expect(run('beta gamma')).toBe(0); // no "a"
    expect(run('alpha gamma')).toBe(0); // none of "any"
  });

  it('honours require.pair: two of its groups together stand in for require.any', () => {
    const t: Topic = {
      id: 't',
      label: 't',
      level: 'story',
      terms: [
        { text: 'mutiny', group: 'kind' },
        { text: 'Orlan', group: 'leader' },
        { text: 'Vostok Legion', group: 'militia' },
        { text: 'Ruritania', group: 'country' },
      ],
      require: { groups: 2, score: 0, any: ['kind'], pair: ['leader', 'militia'] },
    };
    const m = compileMatcher([{ id: 'd', topics: [t] }]);
    const run = (body: string) => matchPage(m, zones({ title: body, body })).length;
    expect(run('Orlan leads a mutiny')).toBe(1); // the kind, and a second group
    expect(run('Orlan and the Vostok Legion')).toBe(1); // two of the pair
    expect(run('Orlan visits Ruritania')).toBe(0); // one name beside a country: other news of the same man
  });

  it('returns story before related, each with its level', () => {
    const ms = matchPage(matcher, zones({ lead: 'Valmora dockers strike at the port; a container ship waits.' }));
    expect(ms.map((m) => [m.topicId, m.level])).toEqual([
      ['harbour-strike', 'story'],
      ['ports', 'related'],
    ]);
  });

  it('takes a story that neither headline, lead nor metadata names as a passing mention (related)', () => {
    const body = 'Valmora dockers strike at the port; a container ship waits.';
    const deep = matchPage(matcher, zones({ title: 'City budget passes after long night', lead: 'Councillors voted 7 to 4.', body }));
    expect(deep.find((m) => m.topicId === 'harbour-strike')?.level).toBe('related');
    const named = matchPage(matcher, zones({ title: 'Valmora dockers walk out', lead: 'The strike began at dawn.', body }));
    expect(named.find((m) => m.topicId === 'harbour-strike')?.level).toBe('story');
  });

  it('survives a JSON round trip of the compiled matcher (extension messaging)', () => {
    const received = JSON.parse(JSON.stringify(matcher));
    expect(matchPage(received, zones({ body: 'Valmora dockers strike' }))).toEqual(
      matchPage(matcher, zones({ body: 'Valmora dockers strike' })),
    );
  });
});

describe('compileMatcher', () => {
  it('skips empty and one-letter terms and odd input instead of throwing', () => {
    const m = compileMatcher([
      { id: 'd', topics: [{ id: 't', label: 't', level: 'story', terms: [{ text: '' }, { text: 'x' }, { text: ' - ' }, { text: 'ok term' }] }] },
      null as unknown as Dossier,
      { id: 'e', topics: null as unknown as Topic[] },
    ]);
    expect(Object.keys(m.words)).toEqual(['ok']);
    expect(matchPage(m, zones({ body: 'x - ok term' }))).toHaveLength(1);
  });

  it('reports evidence in the dossier spelling', () => {
    const spellings = ['Brad Smith', 'IDF', 'Israeli military', 'Unité 8200', 'الوحدة 8200', 'McDonald', 'mass surveillance'];
    const t: Topic = { id: 't', label: 't', level: 'story', terms: spellings.map((text, i) => ({ text, group: `g${i}` })), require: { groups: 1 } };
    const m = compileMatcher([{ id: 'd', topics: [t] }]);
    const page = 'brad smith, idf, israeli military, unite 8200, الوحدة ٨٢٠٠, mcdonald, mass surveillance';
    expect(matchPage(m, zones({ body: page }))[0].evidence.map((e) => e.term).sort()).toEqual([...spellings].sort());
  });

  it('keeps keys like "constructor" and "__proto__" as plain terms', () => {
    const t: Topic = { id: 't', label: 't', level: 'related', terms: [{ text: 'constructor' }, { text: '__proto__ x' }], require: { groups: 1 } };
    const m = JSON.parse(JSON.stringify(compileMatcher([{ id: 'd', topics: [t] }])));
    expect(matchPage(m, zones({ body: 'toString valueOf' }))).toHaveLength(0);
    expect(matchPage(m, zones({ body: 'a constructor here' }))).toHaveLength(1);
  });
});
