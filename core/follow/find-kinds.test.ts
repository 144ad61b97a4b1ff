import { describe, expect, it } from 'vitest';
import { findEventKinds } from './find-kinds';

const kindsOf = (headline: string, lead: string, body = '', language: string | null = 'en') =>
  findEventKinds({ headline, lead, body }, language).map((k) => k.kind.id);

describe('findEventKinds', () => {
  it('reads a bank that collapses as a bankruptcy too, a bridge that collapses as a collapse only', () => {
    expect(kindsOf('Silicon Valley Bank collapses', 'Depositors rushed to withdraw their money from the bank.')).toEqual(
      expect.arrayContaining(['collapse', 'bankruptcy']),
    );
    expect(kindsOf('Bridge collapses after ship strike', 'Six workers are missing in the river.')).not.toContain('bankruptcy');
  });

  it('reads "crashed" by the words of its own sentence', () => {
    expect(kindsOf('Jet crashed minutes after take-off', 'The plane crashed near the capital.')).toContain('crash');
    expect(kindsOf('Computers crashed worldwide', 'Windows systems crashed after a faulty update.')).toContain('outage');
    expect(kindsOf('Computers crashed worldwide', 'Windows systems crashed after a faulty update.')).not.toContain('crash');
    // "Waves crashed" and, in another sentence, "surveillance flights": no air crash.
    expect(kindsOf('Volcano erupts', 'Waves crashed ashore. Surveillance flights were sent.')).not.toContain('crash');
  });

  it('looks for the words of the article’s own language when the taxonomy has it', () => {
    // Italian "frana" (a landslide) has the forms of "Francis" in English.
    expect(kindsOf('Ship hits the Francis Scott Key Bridge', 'The Francis Scott Key Bridge was hit.', 'Francis Scott Key')).not.toContain('landslide');
    // Without a language, every language's words are looked for.
    expect(kindsOf('Séisme au Maroc', 'Un séisme a frappé le pays.', '', null)).toContain('earthquake');
  });
});
