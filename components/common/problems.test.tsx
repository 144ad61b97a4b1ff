// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import builtin from '../../dossiers/microsoft-unit-8200-azure.dossier.json';
import { parseDossierText, validateDossier } from '../../core/dossier/validate';
import { restoreBackup } from '../../storage/backup';
import { importDossierText } from '../../storage/dossiers';
import { describeStorageError, type StorageFailure } from '../../storage/errors';
import { setUiLanguage } from '../i18n';
import { describeFailure, describeProblem } from './failure-text';
import { ProblemList } from './problems';

afterEach(() => {
  cleanup();
  setUiLanguage('en');
});

const ARABIC = /[\u0600-\u06ff]/;
/** The text without the bidi isolates that wrap substituted values. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u2068\u2069]/g, '');

function makeDossier(): Record<string, any> {
  return structuredClone(builtin) as Record<string, any>;
}

async function importFailure(dossier: unknown): Promise<StorageFailure> {
  const result = await importDossierText(JSON.stringify(dossier));
  if (result.ok) throw new Error('expected the import to fail');
  return result;
}

function renderFailure(failure: StorageFailure) {
  return render(<ProblemList title="title" failure={failure} problems={failure.problems} />);
}

describe('ProblemList in Arabic', () => {
  it('words an import failure and its problem in Arabic, keeping the path as left-to-right code', async () => {
    const dossier = makeDossier();
    dossier.sources[0].url = 'javascript:alert(document.cookie)';
    const failure = await importFailure(dossier);
    setUiLanguage('ar');
    const { container } = renderFailure(failure);

    const summary = plain(container.querySelector('.ui-problems__message')?.textContent);
    expect(summary).toBe('هذا الملف ليس ملف قصة صالحًا لـ Backstory (عدد المشكلات: 1). لم يُستورَد شيء.');
    const items = [...container.querySelectorAll('li')];
    expect(items).toHaveLength(1);
    const code = items[0].querySelector('code')!;
    expect(code.textContent).toBe('sources[0].url');
    expect(code.getAttribute('dir')).toBe('ltr');
    const line = plain(items[0].textContent);
    expect(line).toBe('sources[0].url: "javascript:alert(document.cookie)" غير مسموح به: الروابط الصالحة هي روابط http:// وhttps:// فقط');
    expect(line).not.toMatch(/not allowed/);
  });

  it('shows the English text exactly as before when the UI is English', async () => {
    const dossier = makeDossier();
    dossier.sources[0].url = 'javascript:alert(1)';
    const failure = await importFailure(dossier);
    const { container } = renderFailure(failure);
    expect(container.querySelector('.ui-problems__message')?.textContent).toBe(failure.message);
    expect(failure.message).toBe('This file is not a valid Backstory dossier (1 problem). Nothing was imported.');
    expect(container.querySelector('li')?.textContent).toBe('sources[0].url: "javascript:alert(1)" is not allowed: only http:// and https:// links are valid');
  });

  it('names the month of an impossible date in Arabic and words type errors with Arabic kinds', async () => {
    const dossier = makeDossier();
    dossier.events[1].date = '2025-02-30';
    dossier.title = 42;
    const failure = await importFailure(dossier);
    setUiLanguage('ar');
    const byPath = new Map((failure.problems ?? []).map((p) => [p.path, plain(describeProblem(p).text)]));
    expect(byPath.get('events[1].date')).toMatch(/^"2025-02-30" ليس تاريخًا حقيقيًا \(عدد أيام (فبراير|شباط) 2025 هو 28\)$/);
    expect(byPath.get('title')).toBe('المتوقَّع نص، لكن وُجد الرقم 42');
  });

  it('localises every problem a badly broken dossier produces, with every value filled in', async () => {
    const dossier = makeDossier();
    dossier.id = 'Not Kebab';
    dossier.language = 'english please';
    dossier.sources[0].url = 'example.org';
    dossier.sources[1].id = dossier.sources[0].id;
    dossier.sources[2].publishedAt = '2025-13';
    dossier.sources[3].via = dossier.sources[3].id;
    dossier.sources[2].kind = 'rumour';
    dossier.events[0].sources = ['nobody'];
    dossier.events[1].date = '2025-09-29T25:00';
    dossier.events[2].title = '   ';
    dossier.topics[0].terms[0].text = 'a';
    dossier.topics[0].terms[1].weight = -1;
    dossier.topics[0].require = { groups: 99, all: ['no-such-group'] };
    dossier.claims[0].quote = 'said';
    delete dossier.claims[0].attributedTo;
    delete dossier.summary.headline;
    const result = validateDossier(dossier);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const codes = new Set(result.errors.map((e) => e.code));
    for (const code of ['invalid-dossier-id', 'invalid-language', 'invalid-url', 'duplicate-id', 'invalid-month', 'via-self', 'not-allowed-value', 'unknown-source', 'invalid-time', 'empty-text', 'too-short-term', 'not-positive', 'unknown-group', 'unreachable-groups', 'quote-needs-attribution', 'required']) {
      expect(codes, code).toContain(code);
    }
    setUiLanguage('ar');
    for (const error of result.errors) {
      const text = describeProblem(error);
      expect(text.isLocalized, `${error.path}: ${error.message}`).toBe(true);
      expect(text.text).toMatch(ARABIC);
      expect(text.text).not.toMatch(/undefined|\$\d/);
    }
  });

  it('localises file-level problems: invalid JSON, too large, empty, newer version, not a dossier', () => {
    const texts = [
      parseDossierText('{"a": }'),
      parseDossierText('x'.repeat(2000), { maxBytes: 1000 }),
      parseDossierText('   '),
      parseDossierText('{"format":"backstory.dossier","version":3}'),
      parseDossierText('{"name":"package"}'),
      parseDossierText('[1]'),
    ].map((result) => {
      if (result.ok) throw new Error('expected a failure');
      return result.errors[0];
    });
    setUiLanguage('ar');
    const shown = texts.map((error) => describeProblem(error));
    expect(shown.every((text) => text.isLocalized && ARABIC.test(text.text))).toBe(true);
    expect(plain(shown[0].text)).toBe('JSON غير صالح في السطر 1، العمود 7: تنقص قيمة قبل "}"');
    expect(plain(shown[1].text)).toMatch(/^الملف كبير جدًا/);
    expect(plain(shown[3].text)).toMatch(/الإصدار 3 من الصيغة/);
  });

  it('words restore and storage failures in Arabic', async () => {
    setUiLanguage('ar');
    const notJson = await restoreBackup('not json');
    const newer = await restoreBackup('{"format":"backstory.backup","version":99}');
    const badDossier = await restoreBackup('{"format":"backstory.backup","version":1,"dossiers":[{"id":"x","dossier":{"format":"backstory.dossier"}}]}');
    if (notJson.ok || newer.ok || badDossier.ok) throw new Error('expected failures');
    expect(describeFailure(notJson).text).toMatch(/^هذا الملف ليس JSON صالحًا/);
    expect(describeFailure(newer).text).toMatch(/بإصدار أحدث من Backstory/);
    expect(plain(describeFailure(badDossier).text)).toMatch(/ملفات قصص غير صالحة/);
    expect(badDossier.problems?.[0].path).toMatch(/^dossiers\[0\]\.dossier\./);
    expect(describeProblem(badDossier.problems![0]).isLocalized).toBe(true);

    const quota = describeStorageError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    expect(quota.reason).toBe('quota');
    expect(describeFailure(quota).text).toMatch(/^لم يبقَ في المتصفح مكان/);
    const other = describeStorageError(new Error('disk on fire'));
    expect(plain(describeFailure(other).text)).toBe('تعذّر على Backstory الحفظ: disk on fire. لم يتغيّر شيء.');
  });

  it('falls back to the English message, marked dir=auto, for a problem without a translation', () => {
    setUiLanguage('ar');
    const problems = [
      { path: 'x', message: 'something new went wrong' },
      { path: 'y', message: 'engine words', code: 'code-nobody-translated', params: {} },
    ];
    const { container } = render(<ProblemList title="t" message="plain summary" problems={problems} />);
    const items = [...container.querySelectorAll('li')];
    expect(items.map((li) => li.textContent)).toEqual(['x: something new went wrong', 'y: engine words']);
    expect(items.every((li) => li.querySelector('span')?.getAttribute('dir') === 'auto')).toBe(true);
    expect(container.querySelector('.ui-problems__message')?.textContent).toBe('plain summary');
  });
});

describe('invalid JSON in Arabic', () => {
  it('translates the reason the text is not JSON, for each kind of mistake', () => {
    const broken = ['{"a":1,}', '[1 2]', '{"a" 1}', '{a:1}', '{"a":"x', '{"a":"\\q"}', '{"a":1} x', '{"a":[1', '{"a":"\\u12"}', '{"a":tru}', '{"a":1 "b":2}', '[1,]', '"a\tb"'];
    setUiLanguage('ar');
    const reasons = broken.map((text) => {
      const result = parseDossierText(text);
      if (result.ok) throw new Error(`expected ${text} to fail`);
      const shown = describeProblem(result.errors[0]);
      expect(shown.isLocalized, text).toBe(true);
      return plain(shown.text).replace(/^JSON غير صالح في السطر \d+، العمود \d+: /, '');
    });
    for (const [i, reason] of reasons.entries()) {
      expect(reason, broken[i]).toMatch(ARABIC);
      expect(reason, broken[i]).not.toMatch(/expected|unexpected|missing|never|\$\d|undefined/);
    }
  });
});
