import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectZones, MAX_BODY_CHARS, MAX_OUTSIDE_CHARS, MAX_VISIBILITY_CHECKS } from './collect-zones';

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

// A page must not learn which stories its reader follows by planting words the reader cannot see.
const PLANTED = `<!doctype html><html><head><title>Site</title></head><body>
<div id="app"><main><article>
<h1 hidden>Unit 8200 Azure</h1><h1>Harbour strike enters its second week</h1>
<p>The dockers of Valmora stayed away from the cranes on Monday, the union said in a statement.</p>
<p hidden>Microsoft cut Unit 8200 off from Azure after the Guardian reported on the surveillance of Gaza.</p>
<p aria-hidden="true">Microsoft Unit 8200 Azure cloud surveillance of phone calls.</p>
<div style="display:none"><p>Microsoft Unit 8200 Azure <b>cloud</b> in a box nobody sees.</p></div>
<p>Talks with the port <span style="visibility:hidden">Unit 8200</span>authority broke down<span style="font-size:0">Azure</span> on Friday after nine hours of negotiation.</p>
<p>Ships are waiting <span style="opacity:0">Microsoft</span>outside.</p>
</article></main>
<aside class="rail" hidden><a href="/x">Unit 8200 and Azure: what we know</a></aside>
<footer>© Site <span style="clip-path: inset(50%)">Azure Unit 8200</span></footer></div>
</body></html>`;

describe('collectZones counting only text the reader can see', () => {
  const planted = ['8200', 'Azure', 'Microsoft'];

  it('reads every word by default (the cheap pass of every page), and none hidden with visibleOnly', () => {
    const all = collectZones(doc(PLANTED), noMeta);
    expect(all.body).toContain('Unit 8200');
    const z = collectZones(doc(PLANTED), noMeta, { visibleOnly: true });
    for (const zone of [z.title, z.lead, z.body, z.outside]) for (const word of planted) expect(zone).not.toContain(word);
    expect(z.title).toBe('Harbour strike enters its second week'); // the hidden h1 is not the headline
    expect(z.lead).toContain('dockers of Valmora');
    expect(z.body).toContain('Talks with the port authority broke down on Friday');
    expect(z.body).toContain('Ships are waiting outside.');
    expect(z.outside).toContain('© Site');
  });

  it('is the same reading as the default one on a page that hides nothing', () => {
    const visible = collectZones(doc(PAGE), noMeta, { visibleOnly: true });
    const all = collectZones(doc(PAGE), noMeta);
    expect([visible.title, visible.body, visible.outside]).toEqual([all.title, all.body, all.outside]);
    // The lead differs only in leaving the script's text out, as the body does.
    expect(all.lead).toContain('var x');
    expect(visible.lead).toBe(all.lead.split('\nShips')[0]);
  });

  it('metadata the page does not show (keywords, description, a title only the metadata holds) counts for nothing', () => {
    const planted = { title: 'Microsoft cuts Unit 8200 off Azure', description: 'Unit 8200 and Azure', keywords: ['Microsoft', 'Unit 8200'] };
    const z = collectZones(doc(PAGE), planted, { visibleOnly: true });
    expect(z.metadata).toBe('');
    expect(z.title).toBe('Harbour strike enters its second week'); // the visible h1, not the metadata's title
    expect(collectZones(doc(PAGE), planted).title).toBe(planted.title); // the cheap first reading reads it all
    // A metadata title the page shows (in its h1 or its tab's title) is the headline, as cleaned by the metadata.
    const shown = { title: 'Harbour strike enters its second week', description: null, keywords: [] };
    expect(collectZones(doc(PAGE.replace('<title>Site</title>', '<title>Harbour strike enters its second week | Site</title>')), shown, { visibleOnly: true }).title).toBe(shown.title);
    const noHeading = PAGE.replace(/<h1>[^<]*<\/h1>/, '').replace('<title>Site</title>', '<title>Harbour strike enters its second week | Site</title>');
    expect(collectZones(doc(noHeading), { ...shown, title: 'Harbour strike enters its second week' }, { visibleOnly: true }).title).toBe(shown.title);
    expect(collectZones(doc(noHeading), planted, { visibleOnly: true }).title).toBe('Harbour strike enters its second week | Site');
  });

  it('an article container the reader cannot see is not read as the article', () => {
    const html = `<html><body><article style="display:none"><p>${'Microsoft cut Unit 8200 off from Azure. '.repeat(5)}</p></article>
      <div><p>A visible paragraph about the weather, long enough to be the lead of something.</p></div></body></html>`;
    const z = collectZones(doc(html), noMeta, { visibleOnly: true });
    expect(`${z.body} ${z.lead} ${z.outside}`).not.toContain('8200');
    expect(z.outside).toContain('visible paragraph about the weather');
  });

  it('a modal dialog’s aria-hidden on the page behind it does not hide the article', () => {
    const html = `<html><body><div id="app" aria-hidden="true"><main><article><h1>Harbour strike</h1>
      <p>The dockers of Valmora stayed away from the cranes on Monday, the union said.</p></article></main></div>
      <div role="dialog">We value your privacy</div></body></html>`;
    const z = collectZones(doc(html), noMeta, { visibleOnly: true });
    expect(z.body).toContain('dockers of Valmora');
    expect(z.lead).toContain('dockers of Valmora');
  });

  it('asks about hidden subtrees once, never their insides, and nothing at all by default', () => {
    const html = `<html><body><article><p>Visible words of the article, enough of them to be a lead.</p>
      <div class="x" style="display:none">${'<span>Unit 8200</span>'.repeat(10_000)}</div></article></body></html>`;
    const asked: Element[] = [];
    const hidden = (el: Element) => {
      asked.push(el);
      return (el.getAttribute('style') ?? '').includes('none');
    };
    const z = collectZones(doc(html), noMeta, { hidden });
    expect(z.body).not.toContain('8200');
    expect(asked.filter((el) => el.tagName === 'SPAN')).toHaveLength(0);
    expect(asked.length).toBeLessThan(20);
    // The default reading (every page) never asks the browser about style or layout.
    const d = doc(html);
    for (const el of d.querySelectorAll('*')) {
      Object.defineProperty(el, 'checkVisibility', { value: () => { throw new Error('asked about style'); } });
      Object.defineProperty(el, 'getBoundingClientRect', { value: () => { throw new Error('asked about layout'); } });
    }
    expect(collectZones(d, noMeta).body).toContain('8200');
  });

  it('in a browser, asks the browser (style sheets) and stops counting text past its budget', () => {
    // What checkVisibility answers where the page's style sheet says .ghost { display: none }.
    const d = doc(`<html><body><article><p>Visible words of the article, enough of them to be a lead.</p>
      <p class="ghost">Microsoft Unit 8200 Azure</p><p>More visible words.</p></article></body></html>`);
    let asked = 0;
    for (const el of d.querySelectorAll('*')) {
      Object.defineProperty(el, 'checkVisibility', { value: () => (asked++, !el.classList.contains('ghost')) });
    }
    const z = collectZones(d, noMeta, { visibleOnly: true });
    expect(z.body).toContain('More visible words.');
    expect(z.body).not.toContain('8200');
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThanOrEqual(MAX_VISIBILITY_CHECKS);
    // A page padded past the budget: what comes after it is not counted (a page cannot pad its way past the check).
    const padded = doc(`<html><body><article>${'<i>pad</i>'.repeat(MAX_VISIBILITY_CHECKS + 10)}<p>Microsoft Unit 8200 Azure</p></article></body></html>`);
    for (const el of padded.querySelectorAll('*')) Object.defineProperty(el, 'checkVisibility', { value: () => true });
    expect(collectZones(padded, noMeta, { visibleOnly: true }).body).not.toContain('8200');
  });
});
