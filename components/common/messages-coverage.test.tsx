import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import en from '../../public/_locales/en/messages.json';
import ar from '../../public/_locales/ar/messages.json';
import { setUiLanguage } from '../i18n';
import { FAILURE_SUBSTITUTIONS, PROBLEM_SUBSTITUTIONS, describeFailure, describeProblem, toMessageKey } from './failure-text';
import { describeStorageError } from '../../storage/errors';
import { FOLLOW_FAILURE_KEYS, describeFollowFailure } from '../sidebar/follow-failure';

// Every message the engine (core/) and storage/ can give is worded in each interface language: each
// problem code and failure reason has an English and an Arabic string, with the same placeholders, and
// the code that fills them in. A new code without them fails here, not in front of a reader.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const catalogs = { en: en as Record<string, { message: string }>, ar: ar as Record<string, { message: string }> };

afterEach(() => setUiLanguage('en'));

function read(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** Problem codes core/dossier emits (`problem('code', …)`, `coded('code', …)`) and storage adds. */
function emittedProblemCodes(): string[] {
  const codes = new Set<string>();
  for (const name of readdirSync(join(ROOT, 'core/dossier'))) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    for (const match of read(`core/dossier/${name}`).matchAll(/\b(?:problem|coded)\(\s*'([a-z-]+)'/g)) codes.add(match[1]);
  }
  for (const match of read('storage/backup.ts').matchAll(/code: '([a-z-]+)', params/g)) codes.add(match[1]);
  return [...codes].sort();
}

/** The reasons in storage/errors.ts's StorageFailureReason union. */
function failureReasons(): string[] {
  const union = read('storage/errors.ts').match(/export type StorageFailureReason =([^;]+);/)?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((match) => match[1]);
}

/** The reasons a follow or add can be refused for (FollowReply in core/messages.ts, FollowFailure in storage/follow.ts). */
function followReasons(): string[] {
  const reasons = new Set<string>();
  const unions = [
    read('core/messages.ts').match(/\{ ok: false; reason: ([^;]+);/)?.[1] ?? '',
    read('storage/follow.ts').match(/export type FollowFailure = \{ ok: false; reason: ([^;]+);/)?.[1] ?? '',
  ];
  for (const union of unions) for (const match of union.matchAll(/'([a-z-]+)'/g)) reasons.add(match[1]);
  return [...reasons].sort();
}

/** Why-not-JSON reason codes in the locator (`fail(i, 'code', …)` in json-locator.ts). */
function jsonReasons(): string[] {
  return [...new Set([...read('core/dossier/json-locator.ts').matchAll(/\bfail\([^,]+,\s*'([a-z-]+)'/g)].map((match) => match[1]))].sort();
}

const placeholders = (message: string) => [...new Set(message.match(/\$\d/g) ?? [])].sort();

describe('engine messages in every interface language', () => {
  it('finds the codes it checks (the scan itself works)', () => {
    expect(emittedProblemCodes()).toEqual(expect.arrayContaining(['not-http-url', 'invalid-day', 'invalid-json', 'invalid-json-engine', 'id-mismatch']));
    expect(failureReasons()).toEqual(expect.arrayContaining(['invalid-dossier', 'quota', 'storage', 'backup-newer']));
    expect(jsonReasons()).toEqual(expect.arrayContaining(['trailing-comma', 'unclosed-string']));
  });

  it('each problem code has en and ar strings with the same placeholders, all filled', () => {
    const missing: string[] = [];
    for (const code of emittedProblemCodes()) {
      const key = toMessageKey('errProblem', code);
      const substitute = PROBLEM_SUBSTITUTIONS[code];
      if (!substitute) missing.push(`${code}: no substitutions in failure-text.ts`);
      for (const language of ['en', 'ar'] as const) {
        const message = catalogs[language][key]?.message;
        if (!message) {
          missing.push(`${code}: no ${language} string ${key}`);
          continue;
        }
        if (language === 'ar') expect(placeholders(message), key).toEqual(placeholders(catalogs.en[key]?.message ?? ''));
        if (substitute) {
          const filled = substitute(new Proxy({}, { get: () => '1' }) as Record<string, string>, language).length;
          for (const p of placeholders(message)) expect(Number(p.slice(1)), `${key} (${language}) uses ${p}`).toBeLessThanOrEqual(filled);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('each failure reason and why-not-JSON reason has en and ar strings', () => {
    const missing: string[] = [];
    for (const reason of failureReasons()) {
      const key = toMessageKey('errFailure', reason);
      for (const language of ['en', 'ar'] as const) if (!catalogs[language][key]) missing.push(`${language} ${key}`);
      const count = placeholders(catalogs.en[key]?.message ?? '').length;
      if (count > 0 && !FAILURE_SUBSTITUTIONS[reason]) missing.push(`${reason}: no substitutions`);
    }
    for (const reason of jsonReasons()) {
      const key = `errJson_${reason.replace(/[^A-Za-z0-9]/g, '_')}`;
      for (const language of ['en', 'ar'] as const) if (!catalogs[language][key]) missing.push(`${language} ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('each reason a follow or add is refused for has en and ar strings (the follow review’s errors)', () => {
    expect(followReasons()).toEqual(expect.arrayContaining(['invalid', 'no-terms', 'not-found', 'storage']));
    const missing: string[] = [];
    for (const reason of followReasons()) {
      const key = FOLLOW_FAILURE_KEYS[reason as keyof typeof FOLLOW_FAILURE_KEYS];
      if (!key) {
        missing.push(`${reason}: no key in follow-failure.ts`);
        continue;
      }
      for (const language of ['en', 'ar'] as const) if (!catalogs[language][key]) missing.push(`${language} ${key}`);
    }
    for (const language of ['en', 'ar'] as const) if (!catalogs[language].errFollow_storage_detail) missing.push(`${language} errFollow_storage_detail`);
    expect(placeholders(catalogs.ar.errFollow_storage_detail?.message ?? '')).toEqual(placeholders(catalogs.en.errFollow_storage_detail?.message ?? ''));
    expect(missing).toEqual([]);
  });

  it('in Arabic, the follow review’s errors are Arabic: the reason, each coded problem, a storage error around the engine’s words', () => {
    setUiLanguage('ar');
    const arabic = /[\u0600-\u06ff]/;
    const invalid = describeFollowFailure({
      ok: false,
      reason: 'invalid',
      errors: [
        { path: 'sources[0].url', message: 'must be an http(s) URL, got "javascript:x"', code: 'not-http-url', params: { value: 'javascript:x' } },
        { path: '(file)', message: 'the file is 6 MB; the limit is 5 MB', code: 'too-large', params: { bytes: 6_000_000, maxBytes: 5_000_000 } },
      ],
    });
    expect(invalid.summary).toMatch(arabic);
    expect(invalid.problems).toHaveLength(2);
    for (const problem of invalid.problems) {
      expect(problem.text.isLocalized).toBe(true);
      expect(problem.text.text).toMatch(arabic);
    }
    expect(invalid.problems[0].text.text).toContain('javascript:x'); // the value, isolated
    for (const reason of ['no-terms', 'not-found', 'storage'] as const) expect(describeFollowFailure({ ok: false, reason }).summary).toMatch(arabic);
    const storage = describeFollowFailure({ ok: false, reason: 'storage', message: 'QuotaExceededError: the disk is full' });
    expect(storage.summary).toMatch(arabic);
    expect(storage.summary).toContain('\u2068QuotaExceededError: the disk is full\u2069');
    setUiLanguage('en');
    expect(describeFollowFailure({ ok: false, reason: 'invalid' }).summary).toBe(en.errFollow_invalid.message);
  });

  it('in Arabic, an engine error the JSON engine alone saw, and a full disk, are worded in Arabic', () => {
    setUiLanguage('ar');
    const engine = describeProblem({ path: '(file)', message: 'invalid JSON: Unexpected token', code: 'invalid-json-engine', params: { detail: 'Unexpected token' } });
    expect(engine).toMatchObject({ isLocalized: true });
    expect(engine.text).toContain('ليس JSON صالحًا');
    expect(engine.text).toContain('Unexpected token'); // the engine's own words, isolated
    const quota = describeFailure(describeStorageError(Object.assign(new Error('full'), { name: 'QuotaExceededError' })));
    expect(quota.isLocalized).toBe(true);
    expect(quota.text).toMatch(/[\u0600-\u06ff]/);
  });
});
