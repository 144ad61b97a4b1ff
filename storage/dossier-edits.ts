// Writes that come from the options page's dossier editor. An edited dossier goes through the same
// gate and the same write as an imported file: validated whole, then written with its sources and
// events rows and a new matcher revision, in one transaction (storage/dossiers.ts).
import { validateDossier } from '../core/dossier/validate';
import { getDb } from './db';
import { importDossier, type ImportResult } from './dossiers';

/**
 * Saves the editor's dossier. An invalid one is refused with every problem and its path, and the
 * stored dossier stays as it was. The write counts as the reader's edit: a built-in dossier keeps
 * its origin but is no longer replaced by updates, and the reader's per-dossier choices are kept.
 */
export async function saveEditedDossier(dossier: unknown): Promise<ImportResult> {
  const checked = validateDossier(dossier);
  if (!checked.ok) {
    const count = checked.errors.length;
    return {
      ok: false,
      code: 'invalid',
      reason: 'invalid-dossier',
      params: { count },
      message: `This dossier has ${count} problem${count === 1 ? '' : 's'}. Nothing was saved.`,
      problems: checked.errors,
    };
  }
  return importDossier(checked.dossier, 'import');
}

/**
 * "Add matched articles automatically" for one dossier. Not part of the file (a reader's choice, not
 * the story's), so it is neither exported nor changes the matcher's revision. False when there is no
 * such dossier.
 */
export async function setDossierAutoAdd(id: string, on: boolean): Promise<boolean> {
  return (await getDb().dossiers.update(id, { autoAdd: on })) > 0;
}
