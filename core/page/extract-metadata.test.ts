import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dateFromUrl, extractMetadata, isHostName, isPlausiblePublisher, normalizeLang, parseCopyrightHolder, preferLocalDay } from './extract-metadata';
import { LINEAR_BOUND, scalingRatio } from '../../tests/unit/scaling';

const NOW = Date.UTC(2026, 0, 15);
const page = (head: string, body = '<p>Text</p>', htmlAttrs = ''): Document =>
  parseHTML(`<!doctype html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
const fixture = (name: string): Document =>
  parseHTML(readFileSync(path.resolve(__dirname, '../../tests/fixtures/pages', name), 'utf8')).document as unknown as Document;
const ld = (obj: unknown): string => `<script type="application/ld+json">${typeof obj === 'string' ? obj : JSON.stringify(obj)}</script>`;

describe('extractMetadata: JSON-LD', () => {
  it('reads @graph, arrays of authors, "By X in City" names and @id publisher references', () => {
    const m = extractMetadata(fixture('article-jsonld-graph.html'), 'https://www.example-times.com/world/2025/03/14/harbour-plan-approved', { now: NOW });
    expect(m.title).toBe('Harbour plan approved after long debate');
    expect(m.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(m.publisher).toBe('The Example Times');
    expect(m.publishedAt).toBe('2025-03-14T08:30:00+00:00');
    expect(m.modifiedAt).toBe('2025-03-14T10:00:00+00:00');
    expect(m.language).toBe('en-GB');
    expect(m.dir).toBe('ltr');
    expect(m.canonicalUrl).toBe('https://www.example-times.com/world/2025/03/14/harbour-plan-approved');
    expect(m.keywords).toEqual(['harbour', 'ferries']);
  });
  it('tolerates invalid JSON, wrong types and several blocks', () => {
    const doc = page(
      ld('{not json at all') +
        ld({ '@type': 'BreadcrumbList', itemListElement: [] }) +
        ld([{ '@type': 'NewsArticle', headline: 42, author: { name: ['x'] }, datePublished: { bad: true } }]) +
        ld('{"@type":"NewsArticle","headline":"Broken "quoted" JSON","datePublished":"2024-05-06T07:08:09+02:00","author":{"@type":"Person","name":"Ana Ruiz"}'),
    );
    const m = extractMetadata(doc, undefined, { now: NOW });
    expect(m.publishedAt).toBe('2024-05-06T07:08:09+02:00');
    expect(m.authors).toEqual(['Ana Ruiz']);
  });
  it('reads CDATA-wrapped blocks and WebPage.mainEntity', () => {
    const doc = page(ld(`//<![CDATA[\n${JSON.stringify({ '@type': 'WebPage', mainEntity: { '@type': 'Article', headline: 'Inner', datePublished: '2023-01-02' } })}\n//]]>`));
    const m = extractMetadata(doc, undefined, { now: NOW });
    expect(m.title).toBe('Inner');
    expect(m.publishedAt).toBe('2023-01-02');
  });
});

describe('extractMetadata: meta tags', () => {
  it('reads Open Graph, article:* and ignores an article:author URL', () => {
    const doc = page(`<meta property="og:title" content="OG title"><meta property="og:site_name" content="Site">
      <meta property="article:published_time" content="2024-02-03T14:05:00+01:00"><meta property="article:author" content="https://facebook.com/someone">
      <meta property="og:locale" content="fr_FR"><meta property="og:url" content="/a/b">`);
    const m = extractMetadata(doc, 'https://site.example/x', { now: NOW });
    expect(m).toMatchObject({ title: 'OG title', publisher: 'Site', publishedAt: '2024-02-03T14:05:00+01:00', language: 'fr-FR', canonicalUrl: 'https://site.example/a/b' });
    expect(m.authors).toEqual([]);
  });
  it('reads Highwire, Dublin Core and meta author', () => {
    const doc = page(`<meta name="citation_title" content="A Paper"><meta name="citation_author" content="Doe, Jane">
      <meta name="citation_publication_date" content="2021/07/09"><meta name="DC.publisher" content="Journal of Things">`);
    const m = extractMetadata(doc, undefined, { now: NOW });
    expect(m).toMatchObject({ title: 'A Paper', authors: ['Doe, Jane'], publishedAt: '2021-07-09', publisher: 'Journal of Things' });
  });
  it('rejects 0000-00-00 and future dates, falling back to the next source', () => {
    const doc = page(`<meta property="article:published_time" content="0000-00-00"><meta name="date" content="2099-01-01">
      <meta name="pubdate" content="2020-05-05">`);
    expect(extractMetadata(doc, undefined, { now: NOW }).publishedAt).toBe('2020-05-05');
    const none = page(`<meta property="article:published_time" content="0000-00-00 00:00:00">`);
    expect(extractMetadata(none, undefined, { now: NOW }).publishedAt).toBeNull();
  });
});

describe('extractMetadata: text', () => {
  it('reads a French dateline and a "Par" author', () => {
    const m = extractMetadata(fixture('article-french-og.html'), undefined, { now: NOW });
    expect(m.authors).toEqual(['Marie Dupont']);
    expect(m.publishedAt).toBe('2024-02-03');
    expect(m.language).toBe('fr');
  });
  it('reads German microdata author and a printed date', () => {
    const m = extractMetadata(fixture('article-german-microdata.html'), undefined, { now: NOW });
    expect(m.authors).toEqual(['Klaus Müller']);
    expect(m.publishedAt).toBe('2023-03-12');
  });
  it('reads an Arabic dateline with Arabic-Indic digits, not the header clock', () => {
    const m = extractMetadata(fixture('article-arabic-plain.html'), undefined, { now: NOW });
    expect(m.publishedAt).toBe('2025-09-29');
    expect(m.dir).toBeNull();
  });
  it('uses the URL date only as a last resort', () => {
    expect(extractMetadata(page('', '<p>nothing</p>'), 'https://x.example/2024/06/07/story', { now: NOW }).publishedAt).toBe('2024-06-07');
  });
});

describe('the seed article as plain paragraphs', () => {
  const seed = path.resolve(__dirname, '../../../shared/seed/000_a35944af1f251869.txt');
  it.skipIf(!existsSync(seed))('gives the dateline 2025-09-29, not the header date 2025-12-07 (needs ../shared)', () => {
    const text = readFileSync(seed, 'utf8');
    const paragraphs = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
    const html = `<!doctype html><html><head><title>Khaberni</title></head><body>${paragraphs
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    expect(extractMetadata(doc).publishedAt?.slice(0, 10)).toBe('2025-09-29');
  });
  if (!existsSync(seed)) console.warn(`seed test skipped: ${seed} not found (../shared is absent)`);
});

describe('helpers', () => {
  it('normalizeLang', () => {
    expect(normalizeLang('en_us')).toBe('en-US');
    expect(normalizeLang('AR')).toBe('ar');
    expect(normalizeLang('und')).toBeNull();
    expect(normalizeLang('')).toBeNull();
  });
  it('dateFromUrl', () => {
    expect(dateFromUrl('https://a.example/news/2020/1/5/x', NOW)).toBe('2020-01-05');
    expect(dateFromUrl('https://a.example/news/20200413/x', NOW)).toBe('2020-04-13');
    expect(dateFromUrl('https://a.example/2020/04/', NOW)).toBe('2020-04');
    expect(dateFromUrl('https://a.example/item/123456789', NOW)).toBeNull();
  });
  it('preferLocalDay moves only a near-midnight UTC stamp to the URL day', () => {
    expect(preferLocalDay('2020-02-18T02:18:11Z', '2020-02-17')).toBe('2020-02-17');
    expect(preferLocalDay('2020-07-09T10:04:04Z', '2020-07-08')).toBe('2020-07-09T10:04:04Z');
    expect(preferLocalDay('2020-02-18T02:18:11+03:00', '2020-02-17')).toBe('2020-02-18T02:18:11+03:00');
  });
});

describe('extractMetadata: the publisher\'s calendar day', () => {
  it('takes a dateline standing alone over a photo caption\'s date in the text', () => {
    const body =
      '<article><header><h1>Protesters gather at a theatre</h1></header><div><img src="x.jpg">FILE PHOTO: The president speaks near Orleans, France, January 16, 2020. REUTERS</div>' +
      '<p>January 18, 2020</p><p>PARIS (Reuters) - Protesters opposed to the reform tried to force their way into a theatre on Friday evening.</p></article>';
    expect(extractMetadata(page('<title>Protesters gather</title>', body), 'https://www.example.com/protesters/', { now: NOW }).publishedAt).toBe('2020-01-18');
  });
  it("moves a UTC time-stamp near midnight to the day of the site's country", () => {
    const head = '<title>Vote certified</title><meta property="article:published_time" content="2020-12-05T23:15:00Z">';
    const it_ = extractMetadata(page(head, '<h1>Vote certified</h1><p>Text.</p>', 'lang="it"'), 'https://www.example.it/news/1265473/vote.html', { now: NOW });
    expect(it_.publishedAt).toBe('2020-12-06T00:15:00+01:00');
    // On a generic domain the stamp stays as given.
    const plain = extractMetadata(page(head, '<h1>Vote certified</h1><p>Text.</p>'), 'https://www.example.com/news/1', { now: NOW });
    expect(plain.publishedAt).toBe('2020-12-05T23:15:00Z');
    // A country domain gives the usual offset there.
    const late = '<title>Vote certified</title><meta property="article:published_time" content="2020-12-06T00:15:00Z">';
    const ca = extractMetadata(page(late, '<h1>Vote certified</h1><p>Text.</p>'), 'https://www.example.ca/news/1', { now: NOW });
    expect(ca.publishedAt).toBe('2020-12-05T19:15:00-05:00');
  });
  it('reads a Jalali dateline on a Persian page', () => {
    const body = '<div class="date">2 تير 1399 - 12:09:08 ب.ظ</div><h1>ورود نقدینگی به بورس</h1><p>متن خبر.</p>';
    expect(extractMetadata(page('<title>خبر</title>', body, 'lang="fa" dir="rtl"'), 'https://www.example.ir/News/1', { now: NOW }).publishedAt).toBe('2020-06-22');
  });
});

describe('hostile input', () => {
  it('broken HTML and no <head>', () => {
    const doc = parseHTML('<html><body><p>unclosed <b>bold <time datetime="2021-01-01">x</p></div></span>').document as unknown as Document;
    expect(() => extractMetadata(doc)).not.toThrow();
    expect(extractMetadata(doc).publishedAt).toBe('2021-01-01');
  });
  it('megabytes of inline script', () => {
    const big = `<script>var a="${'x'.repeat(3_000_000)}";</script>${ld('{"@type":"NewsArticle","headline":"' + 'y'.repeat(1_000_000))}`;
    const doc = page(`<title>Harbour plan approved after debate | Site</title>${big}`);
    expect(extractMetadata(doc, undefined, { now: NOW }).title).toBe('Harbour plan approved after debate');
    // Bounded: 4× the script costs at most about 4× (a ratio in the same run, not a wall-clock gate: issue 16).
    const ratio = scalingRatio((n) => {
      const scripts = page(`<title>Harbour plan</title><script>var a="${'x'.repeat(n)}";</script>${ld('{"@type":"NewsArticle","headline":"' + 'y'.repeat(n / 3))}`);
      return () => extractMetadata(scripts, undefined, { now: NOW });
    }, 250_000);
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  });
  it('a 20 MB page stays bounded', () => {
    const para = `<p class="date">${'word '.repeat(40)}</p><div class="byline">${'name '.repeat(10)}</div>`;
    const html = `<!doctype html><html><head><title>Big</title></head><body>${para.repeat(Math.ceil(20_000_000 / para.length))}</body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    expect(extractMetadata(doc, undefined, { now: NOW }).publishedAt).toBeNull();
    // Linear at most (a ratio in the same run, not a wall-clock gate: issue 16).
    const ratio = scalingRatio((n) => {
      const big = parseHTML(`<!doctype html><html><head><title>Big</title></head><body>${para.repeat(n)}</body></html>`).document as unknown as Document;
      return () => extractMetadata(big, undefined, { now: NOW });
    }, 500, { reps: 2 });
    expect(ratio).toBeLessThan(LINEAR_BOUND);
  }, 60_000);
});

describe('extractMetadata: publisher names', () => {
  it('lists the JSON-LD publisher first, then app names, without duplicates or placeholders', () => {
    const doc = page(
      ld({ '@type': 'NewsArticle', headline: 'Story', publisher: { '@type': 'Organization', name: 'The Example Times' } }) +
        `<meta property="og:site_name" content="Example Times"><meta property="al:android:app_name" content="ExTimes">
        <meta property="article:publisher" content="notknown"><meta name="application-name" content="unknown">`,
    );
    const m = extractMetadata(doc, 'https://www.example-times.com/a', { now: NOW });
    expect(m.publisher).toBe('The Example Times');
    expect(m.publisherNames).toEqual(['The Example Times', 'ExTimes']);
  });
  it('reads the site a page isPartOf, and the <title> suffix only when it agrees with the host', () => {
    const doc = page(
      ld({ '@type': 'Article', headline: 'Long enough headline here', isPartOf: { '@type': 'WebSite', name: 'Harbour Weekly' } }) +
        '<title>Long enough headline here - Opinion</title>',
    );
    expect(extractMetadata(doc, 'https://harbourweekly.example/x', { now: NOW }).publisherNames).toEqual(['Harbour Weekly']);
    const titled = page('<title>Long enough headline here | Harbour Weekly</title>');
    expect(extractMetadata(titled, 'https://news.example/x', { now: NOW }).publisherNames).toEqual(['Harbour Weekly']);
  });
  it('falls back to the footer copyright line when nothing else names the outlet', () => {
    const doc = page('', '<article><h1>Story</h1><p>Text</p></article><footer><p>Links</p><p>© 2023 Los Padres Gazette. All rights reserved.</p></footer>');
    expect(extractMetadata(doc, undefined, { now: NOW }).publisher).toBe('Los Padres Gazette');
    // A site name exists: the footer is not read.
    const named = page('<meta property="og:site_name" content="Gazette">', '<footer>© 2023 Gazette Holdings LLC</footer>');
    expect(extractMetadata(named, undefined, { now: NOW }).publisherNames).toEqual(['Gazette']);
  });
  it('takes the name from a tagline-long site name, and decodes hex entities', () => {
    const doc = page('<meta property="og:site_name" content="Harbour News Agency | Latest news from the harbour and the whole wide world | HNA">');
    expect(extractMetadata(doc, undefined, { now: NOW }).publisher).toBe('Harbour News Agency');
    const hex = page('<meta name="author" content="Jos&amp;#xE9; Pinto">');
    expect(extractMetadata(hex, undefined, { now: NOW }).authors).toEqual(['José Pinto']);
  });
  it('keeps publisher null when the page names no outlet', () => {
    const m = extractMetadata(page('<title>Just a title</title>'), 'https://example.org/p', { now: NOW });
    expect(m.publisher).toBeNull();
    expect(m.publisherNames).toEqual([]);
  });
});

describe('parseCopyrightHolder', () => {
  it.each([
    ['© 2024 Example Media, Inc. All rights reserved.', 'Example Media'],
    ['Copyright © 2019-2024 The Daily Example', 'The Daily Example'],
    ['© Copyright 2006 - 2024 Spice Works Inc.', 'Spice Works'],
    ['© Example News 2024', 'Example News'],
    ['Copyright The Example Times Limited 2024. All rights reserved.', 'The Example Times'],
    ['© 2024 Bloomberg L.P.', 'Bloomberg'],
    ['© 2024 Folha de S.Paulo', 'Folha de S.Paulo'],
    ['© 2021 | Privacy Policy', null],
    ['© 2017\nUser Agreement', null],
    ['© 2024. All rights reserved.', null],
    ['Nothing here', null],
  ])('%s -> %s', (text, want) => {
    expect(parseCopyrightHolder(text.replace('\\n', '\n'))).toBe(want);
  });
});

describe('publisher predicates', () => {
  it('isPlausiblePublisher rejects URLs, handles and placeholders', () => {
    expect(isPlausiblePublisher('Libération.fr')).toBe(true);
    expect(isPlausiblePublisher('https://example.com')).toBe(false);
    expect(isPlausiblePublisher('@example')).toBe(false);
    expect(isPlausiblePublisher('notknown')).toBe(false);
  });
  it('isHostName matches a site name to its host', () => {
    expect(isHostName('HeraldSun', 'https://www.heraldsun.com.au/news')).toBe(true);
    expect(isHostName('BBC News', 'https://www.bbc.co.uk/news')).toBe(true);
    expect(isHostName('Opinion', 'https://www.bbc.co.uk/news')).toBe(false);
    expect(isHostName('Anything', undefined)).toBe(false);
  });
});

describe('extractMetadata: social posts', () => {
  it('takes the author from a "Name (@handle) on X" title', () => {
    const doc = page('<meta property="og:title" content="Jane Doe (@janedoe) on X"><meta name="twitter:site" content="@x">');
    expect(extractMetadata(doc, 'https://x.com/janedoe/status/1', { now: NOW }).authors).toEqual(['Jane Doe']);
  });
});
