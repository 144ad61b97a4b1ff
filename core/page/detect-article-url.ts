// The shape of a page's URL, as one signal of "is this one story?".

export type UrlKind =
  /** No URL, or one that does not parse. */
  | 'none'
  /** The site's front page: "/", "/index.html", "/en/". */
  | 'root'
  /** Tag, topic, category, author, account, forum, cart… pages. */
  | 'listing'
  /** A search: /search, /suche, ?q=… */
  | 'search'
  /** Documentation, help and reference pages. */
  | 'docs'
  /** A date in the path: /2025/10/02/, /20251002/. */
  | 'dated'
  /** A story's slug ("three-or-more-words"), a long numeric id, or /article/… */
  | 'article'
  /** One or two short words: /politique/, /sport/football. */
  | 'section'
  | 'other';

const LISTING_PATH =
  /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:tag|tags|topic|topics|category|categories|section|sections|author|authors|autor|autoren|auteur|auteurs|login|signin|signup|register|registration|account|settings|forum|forums|u|user|users|cart|basket|warenkorb|panier|shop|home|thema|themen|sujet|sujets|tema|temas|etiqueta|etiquetas|schlagwort|stichwort|rubrique|rubriques|archive|archives|people|members|company|companies)(?:[/?#.]|$)/i;
const SEARCH_PATH = /(?:^|\/)(?:search|suche|buscar|buscador|busqueda|recherche|cerca|ricerca|zoeken|szukaj|poisk|arama|bahth)(?:[/?#.]|$)|\/search\.php/i;
const SEARCH_QUERY = /[?&](?:q|query|search|s|keyword|keywords|k|text|suchbegriff)=/i;
const DOCS_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:docs?|documentation|reference|api|manual|handbuch|guide|guides|help|hilfe|aide|ayuda|aiuto|support|faq|faqs|kb|knowledge-?base|wiki|tutorial|tutorials)(?:[/?#.]|$)/i;
const DOCS_HOST = /^(?:docs|doc|developer|developers|dev|help|hilfe|aide|ayuda|support|kb|wiki|manual)\.|\.readthedocs\.(?:io|org)$|\.gitbook\.io$/i;
const DATED_PATH = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])\/(?:(?:0?[1-9]|[12]\d|3[01])\/)?|(?:^|[/_-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[/_.-]|$)|(?:^|[/_-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;
const SLUG = /[\p{L}\d]+(?:[-_][\p{L}\d]+){3,}/u;
const STORY_WORD = /\/(?:article|articles|story|stories|news|nachrichten|noticia|noticias|notizia|actualite|actualites|haber|artikel|post|posts|p|blog|entry|a)\/[^/]+/i;

export function classifyUrl(url: string | undefined): UrlKind {
  if (!url) return 'none';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'none';
  }
  // The commonest front page first, without a regex: every page pays for this function.
  if (u.pathname === '/' && !u.search) return 'root';
  let path: string;
  try {
    path = u.pathname.includes('%') ? decodeURIComponent(u.pathname) : u.pathname;
  } catch {
    path = u.pathname;
  }
  if ((u.search && SEARCH_QUERY.test(u.search)) || SEARCH_PATH.test(path)) return 'search';
  if (/^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:index\.\w+|default\.\w+|home\.\w+)?$/i.test(path)) return 'root';
  if (DATED_PATH.test(path)) return 'dated';
  const listing = LISTING_PATH.test(path);
  if (DOCS_HOST.test(u.hostname) || DOCS_PATH.test(path)) return 'docs';
  if (listing) return 'listing';
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  if (SLUG.test(path) || /=[^&]*\d{6,}/.test(u.search) || /\d{5,}/.test(path) || STORY_WORD.test(path) || /[\p{L}\d][-_][\p{L}\d].*\.(?:s?html?|ghtml|php|aspx?)$/iu.test(last)) return 'article';
  if (segments.length <= 2 && segments.every((s) => /^[\p{L}]+(?:[-_][\p{L}]+){0,2}$/u.test(s))) return 'section';
  return 'other';
}
