import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier/types';
import { compileMatcher } from './compile-matcher';
import { matchPage } from './match-page';

// `require.names`: a page in the script the story's names are written in must name one of them.
const dossier = {
  id: 'ship',
  topics: [
    {
      id: 'story',
      label: 'Ship blocks canal',
      level: 'story',
      terms: [
        { text: 'Ever Given', group: 'ship', weight: 3 },
        { text: 'Suez', group: 'canal', weight: 2 },
        { text: 'السويس', group: 'canal', weight: 2 },
        { text: 'aground', group: 'kind', weight: 2 },
        { text: 'جنوح', group: 'kind', weight: 2 },
      ],
      require: { groups: 2, score: 4, names: ['ship'] },
    },
  ],
} as unknown as Dossier;

const page = (title: string, lead: string) => ({ title, lead, metadata: '', body: lead, outside: '' });

describe('require.names', () => {
  const matcher = compileMatcher([dossier]);
  it('keeps a Latin page that names the ship as the story', () => {
    expect(matchPage(matcher, page('Ever Given ran aground in the Suez canal', 'The Ever Given is stuck.'))[0]?.level).toBe('story');
  });
  it('makes a Latin page of the same kind in the same place, without the name, related at most', () => {
    expect(matchPage(matcher, page('Another ship ran aground in the Suez canal', 'A tanker is stuck in Suez.'))[0]?.level).toBe('related');
  });
  it('lets a page in a script the names are not written in stand on the other groups', () => {
    expect(matchPage(matcher, page('جنوح سفينة في قناة السويس', 'جنوح سفينة عملاقة في قناة السويس'))[0]?.level).toBe('story');
  });
});
