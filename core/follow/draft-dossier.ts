// PROVISIONAL: a minimal draft so the UI can be built against the contract; being replaced
// by the real drafter (entities, spellings, groups, time span) in this same module.
import { DOSSIER_FORMAT, DOSSIER_VERSION, type Dossier } from '../dossier/types';
import type { ArticleForDraft, DraftResult } from './types';

export function draftDossier(article: ArticleForDraft, options: { now?: string } = {}): DraftResult {
  const now = options.now ?? new Date().toISOString();
  const title = article.metadata.title ?? 'Untitled story';
  const sourceId = 'article';
  const names = [...new Set(title.match(/\b\p{Lu}[\p{L}-]+/gu) ?? [])].slice(0, 6);
  const dossier: Dossier = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    id: `followed-${Date.parse(now).toString(36)}`,
    title,
    language: article.metadata.language ?? 'en',
    updatedAt: now,
    topics: [{ id: 'story', label: title, level: 'story', terms: names.map((text) => ({ text, weight: 2 })), require: { groups: 2, score: 4 } }],
    summary: { headline: title, keyPoints: article.analysis.keyPoints.map((text) => ({ text, sources: [sourceId] })), actors: [] },
    claims: [],
    sources: [{ id: sourceId, title, kind: 'news-report', url: article.url, publisher: article.metadata.publisher ?? undefined }],
    events: [],
  };
  return { dossier, articleSourceId: sourceId, problems: names.length < 2 ? ['no-terms'] : [] };
}
