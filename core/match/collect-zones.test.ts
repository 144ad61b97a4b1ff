import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectZones, MAX_BODY_CHARS, MAX_OUTSIDE_CHARS } from './collect-zones';

const noMeta = { title: null, description: null, keywords: [] };

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const PAGE = `<!doctype html><html><head><title>Site</title></head><body>
<header><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Harbour strike enters its second week</h1>
<p>The dockers of Valmora stayed away from the cranes on Monday, the union said in a statement.</p>
<p>Talks with the port authority broke down on Friday after nine hours of negotiation.</p>
<aside class="related"><ul><li><a href="/a">Mayor opens new bridge over the river</a></li><li><a href="/b">Ferry timetable changes</a></li><li><a href="/c">Fishing quotas cut again</a></li></ul></aside>
<p>Ships <b>are</b> waiting<script>var x = "hidden";</script> outside.</p><p>Next day</p>
</article></main>
<aside><h3>Most read</h3><ol><li><a href="/m1">Celebrity wedding in the hills</a></li><li><a href="/m2">Lottery jackpot unclaimed</a></li><li><a href="/m3">Rain again</a></li></ol></aside>
<footer>© Site</footer>
</body></html>`;

describe('collectZones', () => {
  it('splits a page into title, lead, metadata, body and outside', () => {
    const z = collectZones(doc(PAGE), { title: 'Harbour strike', description: 'Dockers walk out', keywords: ['Valmora', 'Ports'] });
    expect(z.title).toBe('Harbour strike');
    expect(z.metadata).toContain('Valmora');
    expect(z.metadata).toContain('Dockers walk out');
    expect(z.lead).toContain('dockers of Valmora');
    expect(z.body).toContain('Talks with the port authority');
    expect(z.body).not.toContain('new bridge'); // link list inside the article
    expect(z.body).not.toContain('hidden'); // scripts
    expect(z.body).toContain('Ships are waiting outside.'); // inline tags keep words together
    expect(z.body).not.toContain('outside.Next'); // blocks are kept apart
    expect(z.outside).toContain('Celebrity wedding');
    expect(z.outside).toContain('new bridge');
    expect(z.outside).toContain('Sport');
    expect(z.outside).not.toContain('Talks with the port authority');
  });

  it('falls back to the h1 and to the element holding most paragraph text', () => {
    const html = `<html><body><div class="menu"><a href="/">Home</a></div>
      <div id="x"><div><h1>Headline here</h1></div><div class="content">
      <p>First paragraph with enough words in it to count as text.</p>
      <p>Second paragraph with enough words in it to count as text.</p></div></div></body></html>`;
    const z = collectZones(doc(html), noMeta);
    expect(z.title).toBe('Headline here');
    expect(z.body).toContain('Second paragraph');
    expect(z.lead).toContain('First paragraph');
    expect(z.outside).toContain('Home');
  });

  it('bounds text on huge pages', () => {
    const para = `<p>${'word '.repeat(2000)}</p>`;
    const html = `<html><body><article>${para.repeat(100)}</article><footer>${'link '.repeat(20000)}</footer></body></html>`;
    const z = collectZones(doc(html), noMeta);
    expect(z.body.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(z.outside.length).toBeLessThanOrEqual(MAX_OUTSIDE_CHARS);
  });

  it('reads the page around the article only until the outside zone is full, and never copies a box whole', () => {
    const box = `<aside class="comments">${'<p>comment text here</p>'.repeat(1_000)}</aside>`;
    const feed = Array.from({ length: 400 }, (_, i) => `<section><p>teaser ${i} ${'more words '.repeat(20)}</p></section>`).join('');
    const d = doc(`<html><body><article><p>${'The article itself. '.repeat(50)}</p>${box}</article>${feed}<footer><p id="last">the very end</p></footer></body></html>`);
    // A box around the article is read by the bounded walk, not by textContent (a copy of all of it).
    Object.defineProperty(d.querySelector('aside')!, 'textContent', { get: () => { throw new Error('textContent read'); } });
    // The feed after the article is read until the outside zone is full: its end is never reached.
    let readEnd = false;
    const end = d.getElementById('last')!.firstChild!;
    Object.defineProperty(end, 'nodeValue', { get: () => { readEnd = true; return 'the very end'; } });
    const z = collectZones(d, noMeta);
    expect(z.body).toContain('The article itself.');
    expect(z.outside).toContain('comment text here');
    expect(z.outside).toContain('teaser 0 ');
    expect(z.outside.length).toBeLessThanOrEqual(MAX_OUTSIDE_CHARS);
    expect(readEnd).toBe(false);
  });

  it('never throws on broken or empty documents', () => {
    expect(() => collectZones(doc('<p>unclosed <b>tags <div></p>'), noMeta)).not.toThrow();
    expect(collectZones(doc(''), noMeta).body).toBe('');
    expect(() => collectZones({} as Document, noMeta)).not.toThrow();
  });
});
