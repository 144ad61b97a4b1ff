// What a page's body says about "is this one story?", read cheaply: paragraphs (text length
// only, no innerText, no layout), links to other stories, and a few selectors. Used only when
// the head and the URL do not settle it.

export interface BodySignals {
  /** Added to the detector's score: > 0 says article, < 0 says not. */
  score: number;
  /** A body of prose: several long paragraphs side by side. */
  prose: boolean;
  /** Mostly links to other stories. */
  listing: boolean;
  signals: string[];
}

const MAX_P = 400;
const MAX_A = 800;
const LONG_P = 120;
const MID_P = 60;
const STORY_HREF = /\/(?:19|20)\d{2}[/-]\d{1,2}[/-]|[\p{L}\d]+(?:-[\p{L}\d]+){3,}|\d{6,}|\/(?:article|story|news|noticia|artikel)s?\//u;
// Selectors and patterns written out from their word lists (this runs on every page: its script's size
// counts); each is the same string as the literal it replaces.
/** `form[action*="cart" i], …` */
const each = (words: string, make: (word: string) => string): string => words.split(' ').map(make).join(', ');
const CART_FORM = `${each('cart basket warenkorb panier carrello cesta carrinho sepet checkout', (w) => `form[action*="${w}" i]`)}, [itemprop="price"], [data-price]`;
const PRICE_CLASS = each('price prix preis precio prezzo preco', (w) => `[class*="${w}" i]`);
const BYLINE_MARK = `[rel~="author"], [itemprop~="author"], ${each('byline author autor auteur', (w) => `[class*="${w}" i]`)}, [data-testid*="byline" i], ${each('/author/ /authors/ /autor/ /auteur/ /journalist /profile/', (w) => `a[href*="${w}"]`)}`;
/** Month abbreviations (Latin script) before or after a day number. */
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|jän|mär|okt|dez|ene|abr|ago|dic|gen|mag|giu|lug|set|ott';
const DATE_TEXT = new RegExp(
  `(?:^|\\D)(?:[0-3]?\\d[./-][01]?\\d[./-](?:19|20)?\\d{2}|(?:19|20)\\d{2}[./-][01]?\\d[./-][0-3]?\\d)(?!\\d)|\\b(?:${MONTHS})[a-zé]*\\.?\\s+[0-3]?\\d\\b|\\b[0-3]?\\d\\.?\\s+(?:de\\s+)?(?:${MONTHS}|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)[a-zé]*|(?:19|20)\\d{2}\\s*年|\\d{1,2}\\s+(?:يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)|(?:vor|il y a|hace|ago)\\s|\\bago\\b`,
  'i',
);
const BYLINE_TEXT =
  /(?:^|[\s|•·])(?:[Bb]y|BY|[Pp]ar|[Vv]on|VON|[Dd]i|[Pp]or|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez|[Tt]ekst|[Оо]т|[Аа]втор|بقلم|كتب|[Ww]ritten by|[Pp]osted by|[Pp]ublié par|[Ee]scrito por|[Pp]ostado por|[Ss]critto da|[Gg]eschrieben von|[Tt]exto|[Rr]edacción|[Rr]edaktion)[\s:]+\p{Lu}/u;

function textLength(el: Element): number {
  const t = el.textContent ?? '';
  // Cheap "visible characters": collapse the runs of white space that templates indent with.
  return t.length > 2000 ? 2000 : t.replace(/\s+/g, ' ').trim().length;
}

/** The element whose paragraphs read as one text: a paragraph's parent, or its wrapper's parent when the wrapper holds just it. */
function proseContainer(p: Element): Element | null {
  const parent = p.parentElement;
  if (!parent) return null;
  if (parent.tagName === 'DIV' || parent.tagName === 'SPAN' || parent.tagName === 'SECTION') {
    // "<div class=para><p>…</p></div>" wrappers: group by the next level, unless the wrapper is a teaser (it has a heading).
    if (parent.childElementCount <= 2 && !parent.querySelector('h1, h2, h3, h4, a h2, a h3') && parent.parentElement) return parent.parentElement;
  }
  return parent;
}

export function readBodySignals(doc: Document, body: HTMLElement): BodySignals {
  const signals: string[] = [];
  let score = 0;

  // 1. Prose: long paragraphs that sit side by side (a story's body), not one per teaser card.
  const ps = body.getElementsByTagName('p');
  const runs = new Map<Element, { chars: number; count: number }>();
  let longCount = 0;
  let proseChars = 0;
  for (let i = 0; i < ps.length && i < MAX_P; i++) {
    const p = ps[i];
    const len = textLength(p);
    if (len < MID_P) continue;
    if (p.closest('a, li, footer, nav, aside, figcaption, form, [class*="comment" i]')) continue;
    if (len >= LONG_P) longCount++;
    proseChars += len;
    const c = proseContainer(p);
    if (!c) continue;
    const r = runs.get(c);
    if (r) {
      r.chars += len;
      r.count++;
    } else runs.set(c, { chars: len, count: 1 });
  }
  let runChars = 0;
  let runBox: Element | null = null;
  for (const [el, r] of runs) {
    if (r.count >= 2 && r.chars > runChars) {
      runChars = r.chars;
      runBox = el;
    }
  }
  const prose = runChars >= 400 || (longCount >= 1 && proseChars >= 900 && runChars >= 250);
  if (runChars >= 5000) score += 4;
  else if (runChars >= 1500) score += 3;
  else if (runChars >= 700) score += 2;
  else if (prose) score += 1;
  signals.push(`prose=${runChars}/${proseChars}`);

  // 2. Links to other stories: a front, section, tag or search page is mostly those.
  const anchors = body.getElementsByTagName('a');
  let storyLinks = 0;
  for (let i = 0; i < anchors.length && i < MAX_A; i++) {
    const a = anchors[i];
    const href = a.getAttribute('href');
    if (!href || href.length < 12 || !STORY_HREF.test(href)) continue;
    const len = textLength(a);
    if (len >= 20 && len <= 250) storyLinks++;
  }
  // Stories link to others too (related, most read): a list only when the links outweigh the prose.
  const listing = storyLinks >= 6 && runChars < Math.min(40 * storyLinks, 2500);
  if (listing) {
    score -= storyLinks >= 12 ? 3 : 2;
    signals.push(`headline-list=${storyLinks}`);
  } else if (storyLinks) signals.push(`story-links=${storyLinks}`);

  // 3. <article> elements: one is a story; many are teaser cards.
  const articles = body.getElementsByTagName('article');
  if (articles.length === 1 || (runBox && runBox.closest('article'))) {
    score += 1;
    signals.push('<article>');
  } else if (articles.length >= 4) {
    score -= 1;
    signals.push(`many-<article>=${articles.length}`);
  }
  if (doc.querySelector('[itemprop~="articleBody"], [itemtype*="NewsArticle"], [itemtype*="BlogPosting"]')) {
    score += 1;
    signals.push('microdata:article');
  }

  // 4. Dated and bylined: the story's date and author near its headline.
  const h1 = body.getElementsByTagName('h1')[0] ?? null;
  const lines = headlineLines(h1, runBox);
  // A headline followed by its paragraphs (the run of prose sits in the headline's block, a few levels up).
  if (h1 && runBox && prose && (h1.compareDocumentPosition(runBox) & 4) !== 0) {
    let box: Element | null = h1.parentElement;
    for (let i = 0; box && i < 4 && !box.contains(runBox); i++) box = box.parentElement;
    if (box && box.contains(runBox) && box !== body) {
      score += 1;
      signals.push('headline+prose');
    }
  }
  // The lines first: the document-wide selector only when they say nothing.
  const dated = lines.some((t) => DATE_TEXT.test(t)) || !!doc.querySelector('time[datetime], time[pubdate], [itemprop~="datePublished"]');
  const bylined = lines.some((t) => BYLINE_TEXT.test(t)) || !!doc.querySelector(BYLINE_MARK);
  if (dated) {
    score += 1;
    signals.push('dated');
  }
  if (bylined) {
    score += 1;
    signals.push('byline');
  }
  if (!dated && !bylined) {
    score -= 1;
    signals.push('undated-unsigned');
  }

  // 5. What stories do not have: a password box, a basket, a filled-in search box. Story pages
  // carry log-in boxes and search forms too (hidden until opened): these count where prose is weak.
  const weak = runChars < 700;
  if (weak && body.querySelector('input[type="password"]')) {
    score -= 3;
    signals.push('password');
  }
  if (body.querySelector(CART_FORM)) {
    const prices = body.querySelectorAll(PRICE_CLASS).length;
    score -= weak || prices >= 3 ? 3 : 1;
    signals.push('shop');
  }
  const search = weak ? body.querySelector('input[type="search"][value], input[name="q"][value], input[name="query"][value], input[name="s"][value]') : null;
  if (search && (search.getAttribute('value') ?? '').trim()) {
    score -= 2;
    signals.push('search-results');
  }
  // A player or a gallery at the top, with little text: a video or photo page.
  if (weak) {
    const media = body.querySelector('video, iframe[src*="player" i], iframe[src*="embed" i], [class*="player" i]');
    const figures = body.getElementsByTagName('figure').length + body.querySelectorAll('[class*="slide" i], [class*="gallery" i] img').length;
    if (media || figures >= 5) {
      score -= 1;
      signals.push(media ? 'media-page' : 'gallery');
    }
  }
  return { score, prose, listing, signals };
}

/**
 * The short lines around the headline (what follows it, what precedes the body of prose), bounded:
 * where datelines and bylines sit. A long block is cut to its first 160 characters.
 */
function headlineLines(h1: Element | null, runBox: Element | null): string[] {
  const lines: string[] = [];
  const take = (el: Element | null | undefined): void => {
    if (!el) return;
    const t = (el.textContent ?? '').slice(0, 2000).replace(/\s+/g, ' ').trim();
    if (t) lines.push(t.slice(0, 160));
    // A header block: its own short children are lines too.
    if (t.length > 160) for (let c = el.firstElementChild, i = 0; c && i < 6; c = c.nextElementSibling, i++) take2(c);
  };
  const take2 = (el: Element): void => {
    const t = (el.textContent ?? '').slice(0, 400).replace(/\s+/g, ' ').trim();
    if (t && t.length <= 160) lines.push(t);
  };
  if (h1) {
    let el: Element | null = h1.nextElementSibling;
    for (let i = 0; el && i < 4; i++, el = el.nextElementSibling) take(el);
    take(h1.parentElement?.nextElementSibling);
    take(h1.previousElementSibling);
  }
  if (runBox) {
    // What precedes the body of prose, a few levels up: the header block with the dateline.
    for (let a: Element | null = runBox, i = 0; a && i < 4 && lines.length < 24; a = a.parentElement, i++) take(a.previousElementSibling);
    const first = runBox.firstElementChild;
    if (first && first.tagName !== 'P') take(first);
  }
  return lines;
}
