// Keeps schema/dossier.schema.json in step with the valibot schema: same enums, and both refuse
// the same structurally bad files. Ajv is not a project dependency (it arrives with web-ext), so
// the cross-check skips with a note when it is missing instead of failing the suite.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATE_QUALIFIERS, SOURCE_KINDS, TOPIC_LEVELS } from './schema';
import { validateDossier } from './validate';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const jsonSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schema/dossier.schema.json'), 'utf8'));
const builtin = JSON.parse(readFileSync(path.join(repoRoot, 'dossiers/microsoft-unit-8200-azure.dossier.json'), 'utf8'));

type Check = (data: unknown) => boolean;
let checkWithJsonSchema: Check | null = null;
let ajvMissing = '';

beforeAll(async () => {
  try {
    const mod: any = await import('ajv/dist/2020.js');
    const Ajv2020 = mod.default?.default ?? mod.default ?? mod;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(jsonSchema);
    checkWithJsonSchema = (data) => validate(data) as boolean;
  } catch (error) {
    ajvMissing = `ajv (2020-12) not available: ${(error as Error).message}`;
  }
});

describe('schema/dossier.schema.json', () => {
  it('declares draft 2020-12 and the same enums as the runtime schema', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(jsonSchema.$defs.source.properties.kind.enum).toEqual([...SOURCE_KINDS]);
    expect(jsonSchema.$defs.event.properties.qualifier.enum).toEqual([...DATE_QUALIFIERS]);
    expect(jsonSchema.$defs.topic.properties.level.enum).toEqual([...TOPIC_LEVELS]);
  });

  it('accepts the built-in dossier', (ctx) => {
    if (!checkWithJsonSchema) ctx.skip(ajvMissing);
    expect(checkWithJsonSchema!(builtin)).toBe(true);
  });

  const mutations: [string, (d: any) => void][] = [
    ['javascript: URL', (d) => (d.sources[0].url = 'javascript:alert(1)')],
    ['month 13', (d) => (d.events[0].date = '2025-13')],
    ['unknown source kind', (d) => (d.sources[0].kind = 'blog')],
    ['missing title', (d) => delete d.title],
    ['one-letter term', (d) => (d.topics[0].terms[0].text = 'x')],
    ['newer version', (d) => (d.version = 2)],
    ['event without sources', (d) => (d.events[0].sources = [])],
    ['id not kebab-case', (d) => (d.id = 'Not Kebab')],
    ['zero weight', (d) => (d.topics[0].terms[0].weight = 0)],
    ['fractional require.groups', (d) => (d.topics[0].require.groups = 2.5)],
    ['wrong format', (d) => (d.format = 'other')],
  ];

  for (const [name, mutate] of mutations) {
    it(`refuses, like the runtime validator: ${name}`, (ctx) => {
      if (!checkWithJsonSchema) ctx.skip(ajvMissing);
      const bad = structuredClone(builtin);
      mutate(bad);
      expect(validateDossier(bad).ok).toBe(false);
      expect(checkWithJsonSchema!(bad)).toBe(false);
    });
  }

  it('keeps unknown fields valid', (ctx) => {
    if (!checkWithJsonSchema) ctx.skip(ajvMissing);
    const extended = structuredClone(builtin);
    extended.futureField = { anything: true };
    extended.events[0].note = 'hand-written note';
    expect(checkWithJsonSchema!(extended)).toBe(true);
    expect(validateDossier(extended).ok).toBe(true);
  });
});
