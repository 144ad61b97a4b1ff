// Writes the bench's non-article pages (bench/pages/*.html): a news home front, a section front,
// search results, a shop's product page and a video page, laid out as real sites lay them out
// (navigation, teaser grids, link lists, JSON-LD, footers). Deterministic: `npx tsx bench/make-pages.ts`
// writes the same files every time. The bench serves them with delays (scripts/bench-server.ts).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'pages');
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const WORDS = 'council budget river election minister storm school market hospital court league festival harbour railway energy prices farmers museum talks border strike vaccine drought bridge university police reform housing wildfire airport coastline orchestra factory union treaty'.split(' ');
const VERBS = 'approves delays rejects unveils warns cuts expands opens closes reviews backs blocks revives'.split(' ');
const FILL = 'the a new local state first final city national regional quiet long-awaited controversial record'.split(' ');
const headline = () => `${cap(pick(FILL))} ${pick(WORDS)} ${pick(VERBS)} ${pick(FILL)} ${pick(WORDS)} plan`;
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const sentence = (n = 14) => cap(Array.from({ length: n }, () => (rand() < 0.5 ? pick(WORDS) : pick(FILL))).join(' ')) + '.';
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const SECTIONS = ['World', 'UK', 'US', 'Politics', 'Business', 'Technology', 'Science', 'Climate', 'Health', 'Sport', 'Culture', 'Opinion', 'Lifestyle', 'Travel', 'Video'];

const nav = () => `<header class="masthead"><div class="inner"><a class="logo" href="/">The Harbor Ledger</a>
<nav aria-label="Sections">${SECTIONS.map((s) => `<a href="/${slug(s)}/">${s}</a>`).join('')}</nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form></div></header>`;
const footer = () => `<footer class="site-footer">${['News', 'Sport', 'Culture', 'Lifestyle'].map((h) => `<div class="col"><h3>${h}</h3><ul>${Array.from({ length: 8 }, () => `<li><a href="/${slug(pick(WORDS))}/">${cap(pick(WORDS))}</a></li>`).join('')}</ul></div>`).join('')}
<p>© 2025 The Harbor Ledger · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/cookies">Cookies</a></p></footer>`;
const teaser = (tag: 'article' | 'div', i: number) => {
  const h = headline();
  return `<${tag} class="card card-${i % 4}"><a href="/news/2025/09/${10 + (i % 18)}/${slug(h)}-${1000 + i}"><img src="/_res/img.svg?t=${i}" width="320" height="180" alt=""><h3>${h}</h3></a><p class="standfirst">${sentence(18)}</p><span class="meta">${1 + (i % 11)} hours ago · ${pick(SECTIONS)}</span></${tag}>`;
};
const mostRead = () => `<aside class="rail most-read"><h2>Most read</h2><ol>${Array.from({ length: 10 }, (_, i) => { const h = headline(); return `<li><a href="/news/2025/09/2${i % 9}/${slug(h)}">${h}</a></li>`; }).join('')}</ol></aside>`;
const page = (head: string, body: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
<link rel="stylesheet" href="/bench.css">
</head>
<body>
${nav()}
${body}
${footer()}
</body>
</html>
`;

const files: Record<string, string> = {
  // A home front: og:type website and JSON-LD WebSite, 48 teasers as <article> cards.
  'home.html': page(
    `<title>The Harbor Ledger – news, sport and opinion</title>
<meta name="description" content="Latest news, sport and opinion from The Harbor Ledger.">
<meta property="og:type" content="website"><meta property="og:title" content="The Harbor Ledger">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"The Harbor Ledger","url":"https://harborledger.example/","potentialAction":{"@type":"SearchAction","target":"https://harborledger.example/search?q={q}","query-input":"required name=q"}}</script>`,
    `<main class="front"><section class="top-stories"><h2>Top stories</h2>${Array.from({ length: 24 }, (_, i) => teaser('article', i)).join('\n')}</section>
${mostRead()}
<section class="more"><h2>More news</h2>${Array.from({ length: 24 }, (_, i) => teaser('article', 24 + i)).join('\n')}</section></main>`,
  ),
  // A section front with a silent head (no og:type, no JSON-LD): detection reads the body.
  'section.html': page(
    `<title>Climate | The Harbor Ledger</title>`,
    `<div class="wrap"><div class="section-front"><h1>Climate</h1>${Array.from({ length: 30 }, (_, i) => teaser('div', 100 + i)).join('\n')}
<div class="pagination"><a href="?page=2">Next page</a></div></div>${mostRead()}</div>`,
  ),
  // Search results: a listing URL and a list of results with snippets.
  'search.html': page(
    `<title>Search results for “climate” | The Harbor Ledger</title><meta name="robots" content="noindex">`,
    `<div class="wrap"><main><h1>Results for “climate”</h1><p class="count">About 2,340 results</p><ol class="results">${Array.from({ length: 25 }, (_, i) => {
      const h = headline();
      return `<li class="result"><a href="/news/2025/0${1 + (i % 9)}/${slug(h)}"><h3>${h}</h3></a><p>${sentence(28)} … ${sentence(12)}</p><span class="meta">${pick(SECTIONS)} · ${1 + (i % 28)} Sep 2025</span></li>`;
    }).join('\n')}</ol></main></div>`,
  ),
  // A shop's product page: og:type product, JSON-LD Product, specifications, reviews.
  'shop.html': page(
    `<title>Walnut desk lamp, brass finish – Harbor Shop</title>
<meta property="og:type" content="product"><meta property="og:title" content="Walnut desk lamp">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Walnut desk lamp","sku":"HL-4412","offers":{"@type":"Offer","price":"89.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.6","reviewCount":"212"}}</script>`,
    `<div class="wrap shop"><main><div class="gallery">${Array.from({ length: 6 }, (_, i) => `<img src="/_res/img.svg?p=${i}" width="480" height="480" alt="Lamp, view ${i + 1}">`).join('')}</div>
<div class="buy"><h1>Walnut desk lamp, brass finish</h1><p class="price">€89.00</p><form><select name="finish"><option>Brass</option><option>Black</option></select><button type="button">Add to basket</button></form>
<p>${sentence(30)}</p><p>${sentence(24)}</p>
<table class="specs">${['Height', 'Width', 'Weight', 'Cable', 'Bulb', 'Material', 'Warranty'].map((k) => `<tr><th>${k}</th><td>${Math.floor(rand() * 90) + 10} ${pick(['cm', 'kg', 'W', 'years'])}</td></tr>`).join('')}</table></div>
<section class="reviews"><h2>Reviews (212)</h2>${Array.from({ length: 12 }, () => `<div class="review"><strong>${cap(pick(WORDS))} ${cap(pick(WORDS))}</strong> ★★★★☆<p>${sentence(26)}</p></div>`).join('\n')}</section>
<section class="related products"><h2>You may also like</h2><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/shop/product/${slug(pick(WORDS))}-${3000 + i}"><img src="/_res/img.svg?r=${i}" width="160" height="160" alt="">${cap(pick(WORDS))} ${pick(['lamp', 'chair', 'shelf', 'rug'])}</a> €${20 + i * 7}</li>`).join('')}</ul></section></main></div>`,
  ),
  // A video page: og:type video.other on an article-like URL, a player, a description and comments.
  'video.html': page(
    `<title>Drone footage shows the flooded valley from above | Video | The Harbor Ledger</title>
<meta property="og:type" content="video.other"><meta property="og:video" content="https://harborledger.example/v/88231.mp4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Drone footage shows the flooded valley","uploadDate":"2025-09-21","duration":"PT2M14S","thumbnailUrl":"https://harborledger.example/v/88231.jpg"}</script>`,
    `<div class="wrap video"><main><div class="player"><video width="960" height="540" poster="/_res/img.svg?v=poster" controls preload="none"></video></div>
<h1>Drone footage shows the flooded valley from above</h1><p class="meta">2:14 · 21 Sep 2025 · 48,210 views</p><p>${sentence(30)}</p>
<section class="comments"><h2>Comments (86)</h2>${Array.from({ length: 20 }, () => `<div class="comment"><strong>${pick(WORDS)}${Math.floor(rand() * 99)}</strong><p>${sentence(16)}</p></div>`).join('\n')}</section></main>
<aside class="rail up-next"><h2>Up next</h2><ul>${Array.from({ length: 12 }, (_, i) => { const h = headline(); return `<li><a href="/video/2025/09/${slug(h)}-${7000 + i}"><img src="/_res/img.svg?u=${i}" width="160" height="90" alt="">${h}</a></li>`; }).join('')}</ul></aside></div>`,
  ),
  'bench.css': `* { box-sizing: border-box; } body { margin: 0; font: 16px/1.5 Georgia, serif; color: #1a1a1a; }
.masthead { position: sticky; top: 0; background: #0b2239; color: #fff; } .masthead .inner { display: flex; gap: 16px; align-items: center; padding: 10px 20px; flex-wrap: wrap; }
.masthead a { color: #c9d6e3; text-decoration: none; margin-inline-end: 12px; font: 600 14px Arial, sans-serif; } .logo { font-size: 22px !important; color: #fff !important; }
.wrap { max-width: 1200px; margin: 0 auto; padding: 20px; display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 32px; }
.front section { display: grid; grid-template-columns: repeat(4, 1fr); gap: 20px; padding: 20px; } .front h2 { grid-column: 1 / -1; }
.card img, .section-front img { width: 100%; height: auto; background: #dde4ea; } .card h3 { font-size: 18px; margin: 6px 0; } .meta { color: #666; font: 12px Arial, sans-serif; }
.section-front { display: grid; grid-template-columns: repeat(3, 1fr); gap: 18px; } .section-front h1 { grid-column: 1 / -1; }
.results li { margin-bottom: 18px; } .gallery { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; } .gallery img { width: 100%; height: auto; background: #eee; }
.player video { width: 100%; height: auto; background: #000; } .site-footer { display: grid; grid-template-columns: repeat(4, 1fr); gap: 20px; padding: 30px; background: #f3f3f3; }
`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(OUT, name), text);
console.log(`wrote ${Object.keys(files).length} files to ${OUT}`);
