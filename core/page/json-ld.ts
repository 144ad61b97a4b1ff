// JSON-LD as real pages publish it: several <script> blocks, @graph, arrays,
// nested objects, trailing commas, raw newlines, HTML comments, and sometimes
// plain garbage. Returns flat lists of nodes; never throws.

export type LdNode = Record<string, unknown>;

const MAX_BLOCK_CHARS = 2_000_000;
const MAX_NODES = 500;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting',
  'socialmediaposting', 'scholarlyarticle', 'techarticle', 'report', 'satiricalarticle', 'advertisercontentarticle',
  'medicalscholarlyarticle', 'discussionforumposting', 'posting', 'creativework', 'webpage_article',
]);
// Types that describe a whole page or site rather than one story.
const NON_ARTICLE_TYPES = new Set([
  'website', 'searchresultspage', 'collectionpage', 'profilepage', 'itempage', 'product', 'organization',
  'newsmediaorganization', 'breadcrumblist', 'sitenavigationelement', 'searchaction', 'faqpage', 'store',
  'localbusiness', 'softwareapplication', 'webapplication', 'event', 'recipe', 'videoobject', 'person',
]);

/** Lower-cased @type values of a node ("NewsArticle", ["Article", "Thing"], "schema:Article"). */
export function getTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/:#]/, '').toLowerCase());
}

export const isArticleNode = (node: LdNode): boolean =>
  getTypes(node).some((t) => ARTICLE_TYPES.has(t) && t !== 'creativework' && t !== 'posting');
export const isNonArticleNode = (node: LdNode): boolean => getTypes(node).some((t) => NON_ARTICLE_TYPES.has(t));
export const isWebPageNode = (node: LdNode): boolean => getTypes(node).some((t) => t === 'webpage');

/** Parse one block's text into a value, repairing common publisher mistakes. */
export function parseJsonLdText(raw: string): unknown {
  if (!raw || raw.length > MAX_BLOCK_CHARS) return null;
  const text = raw
    .trim()
    .replace(/^(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:\/\/\s*)?(?:-->|\]\]>)$/, '')
    .trim();
  try {
    return JSON.parse(text);
  } catch {
    // Raw control characters inside strings and trailing commas are the usual faults.
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      // Two objects pasted back to back: "{...}{...}".
      try {
        return JSON.parse(`[${repaired.replace(/}\s*{/g, '},{')}]`);
      } catch {
        return salvageFields(text);
      }
    }
  }
}

const SALVAGE_KEYS = ['headline', 'datePublished', 'dateModified', 'dateCreated', 'inLanguage'];

/**
 * Broken JSON (unescaped quotes in a description is the usual cause) still
 * carries readable fields: pull the few a citation needs with patterns.
 */
export function salvageFields(text: string): LdNode | null {
  const src = text.slice(0, 200_000);
  const type = /"@type"\s*:\s*"([^"]{1,60})"/.exec(src);
  if (!type) return null;
  const node: LdNode = { '@type': type[1] };
  for (const key of SALVAGE_KEYS) {
    const m = new RegExp(`"${key}"\\s*:\\s*"([^"]{1,400})"`).exec(src);
    if (m) node[key] = m[1];
  }
  const author = /"author"\s*:\s*(?:\[\s*)?(?:\{[^{}]*?"name"\s*:\s*"([^"]{1,120})"|"([^"]{1,120})")/.exec(src);
  if (author) node.author = author[1] ?? author[2];
  const publisher = /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,120})"/.exec(src);
  if (publisher) node.publisher = { name: publisher[1] };
  return node;
}

/** Flatten top-level values, arrays and @graph into a list of object nodes (not recursing into properties). */
export function flattenNodes(value: unknown, out: LdNode[] = [], depth = 0): LdNode[] {
  if (depth > 6 || out.length >= MAX_NODES || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (const v of value) flattenNodes(v, out, depth + 1);
    return out;
  }
  const node = value as LdNode;
  out.push(node);
  if (Array.isArray(node['@graph']) || (node['@graph'] && typeof node['@graph'] === 'object')) {
    flattenNodes(node['@graph'], out, depth + 1);
  }
  // A WebPage whose mainEntity is the article.
  const main = node.mainEntity;
  if (main && typeof main === 'object' && !Array.isArray(main) && getTypes(main as LdNode).length) {
    flattenNodes(main, out, depth + 1);
  }
  return out;
}

/** All JSON-LD nodes of a document. */
export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  let scripts: ArrayLike<Element>;
  try {
    scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  } catch {
    scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  }
  for (let i = 0; i < scripts.length && i < 50; i++) {
    flattenNodes(parseJsonLdText(scripts[i].textContent ?? ''), nodes);
  }
  return nodes;
}

/** Resolve {"@id": "..."} references against the nodes of the page. */
export function resolveRef(value: unknown, nodes: LdNode[]): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as LdNode;
    const id = obj['@id'];
    if (typeof id === 'string' && Object.keys(obj).length <= 2) {
      return nodes.find((n) => n['@id'] === id && n !== obj) ?? value;
    }
  }
  return value;
}
