// Following a story: storing a dossier drafted from an article, growing a stored dossier
// with the next articles, and remembering when the reader last saw it. The background
// calls these on the reader's request only (core/messages.ts); each write is validated
// as an import is, and a refused write changes nothing.
import type { Dossier } from '../core/dossier/types';
import { hasUsableTerms } from '../core/messages';
import { validateDossier, type DossierError } from '../core/dossier/validate';
import { mergeDraft } from '../core/follow/merge-dossier';
import type { DraftResult, MergeResult } from '../core/follow/types';
import { getDb } from './db';
import { importDossier } from './dossiers';

export type FollowFailure = { ok: false; reason: 'invalid' | 'no-terms' | 'not-found' | 'storage'; errors?: DossierError[]; message?: string };
export type FollowSaved = { ok: true; dossier: Dossier };
export type MergeSaved = { ok: true; dossier: Dossier; added: MergeResult['added']; alreadyMerged: boolean };

/** An id no stored dossier has: following the same story twice keeps both. */
async function findFreeId(id: string): Promise<string> {
  const db = getDb();
  let candidate = id;
  for (let n = 2; await db.dossiers.get(candidate); n++) candidate = `${id}-${n}`;
  return candidate;
}

/** Stores a reviewed draft as a followed dossier; the reader has just seen all of it. */
export async function saveFollowedDossier(input: unknown, now = Date.now()): Promise<FollowSaved | FollowFailure> {
  const checked = validateDossier(input);
  if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors };
  if (!hasUsableTerms(checked.dossier)) return { ok: false, reason: 'no-terms' };
  const dossier = { ...checked.dossier, id: await findFreeId(checked.dossier.id) };
  const saved = await importDossier(dossier, 'follow');
  if (!saved.ok) return { ok: false, reason: 'storage', message: saved.message };
  await markDossierSeen(dossier.id, now);
  return { ok: true, dossier };
}

/**
 * Merges an article's draft into a stored dossier, in one transaction so two tabs adding
 * at once cannot lose each other's points. An article already merged changes nothing.
 */
export async function mergeIntoDossier(
  dossierId: string,
  draft: DraftResult,
  options: { learnSpellings: boolean; now?: string },
): Promise<MergeSaved | FollowFailure> {
  const db = getDb();
  try {
    return await db.transaction('rw', [db.dossiers, db.sources, db.events, db.settings, db.tombstones], async () => {
      const row = await db.dossiers.get(dossierId);
      if (!row) return { ok: false, reason: 'not-found' } as const;
      const result = mergeDraft(row.dossier, draft, { now: options.now ?? new Date().toISOString(), learnSpellings: options.learnSpellings });
      if (result.alreadyMerged) return { ok: true, dossier: row.dossier, added: result.added, alreadyMerged: true } as const;
      const checked = validateDossier(result.dossier);
      if (!checked.ok) return { ok: false, reason: 'invalid', errors: checked.errors } as const;
      // 'import': the reader's own change, so a built-in dossier they grew is not replaced by an update.
      const saved = await importDossier(checked.dossier, 'import');
      if (!saved.ok) throw new Error(saved.message);
      return { ok: true, dossier: checked.dossier, added: result.added, alreadyMerged: false } as const;
    });
  } catch (error) {
    return { ok: false, reason: 'storage', message: error instanceof Error ? error.message : String(error) };
  }
}

/** The reader saw the dossier now. Not a change to the dossier: the matcher's revision stays. */
export async function markDossierSeen(dossierId: string, at = Date.now()): Promise<boolean> {
  return (await getDb().dossiers.update(dossierId, { lastSeenAt: at })) > 0;
}
