import { describe, expect, it } from 'vitest';
import { cleanAuthorNames, isPlausibleName, isRunningText } from './clean-author';

describe('cleanAuthorNames', () => {
  it('strips prefixes, places and roles', () => {
    expect(cleanAuthorNames('By Jane Doe in Beirut')).toEqual(['Jane Doe']);
    expect(cleanAuthorNames('Par Marie Dupont')).toEqual(['Marie Dupont']);
    expect(cleanAuthorNames('Von Klaus Müller')).toEqual(['Klaus Müller']);
    expect(cleanAuthorNames('بقلم أحمد علي')).toEqual(['أحمد علي']);
    expect(cleanAuthorNames('Jane Doe, Staff Writer')).toEqual(['Jane Doe']);
    expect(cleanAuthorNames('Bruno Campos -')).toEqual(['Bruno Campos']);
  });
  it('splits several people but keeps "Last, First"', () => {
    expect(cleanAuthorNames('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthorNames('Jane Doe, John Roe & Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(cleanAuthorNames('Doe, Jane')).toEqual(['Doe, Jane']);
  });
  it('rejects URLs, handles-with-domains and link labels', () => {
    expect(cleanAuthorNames('https://www.facebook.com/jane')).toEqual([]);
    expect(cleanAuthorNames('Follow Author')).toEqual([]);
    expect(cleanAuthorNames('')).toEqual([]);
    expect(isPlausibleName('x'.repeat(200))).toBe(false);
  });
});

describe('cleanAuthorNames: credits', () => {
  it('keeps the writer, not the editor', () => {
    expect(cleanAuthorNames('Written by Rob Ewaschuk Edited by Betsy Beyer')).toEqual(['Rob Ewaschuk']);
    expect(cleanAuthorNames('A note')).toEqual([]);
  });
});

describe('cleanAuthorNames: page furniture around names', () => {
  it('cuts a date that follows the name', () => {
    expect(cleanAuthorNames('Nathan Willis March 3, 2015')).toEqual(['Nathan Willis']);
    expect(cleanAuthorNames('By: Joe Wee Monday, February 3, 2014')).toEqual(['Joe Wee']);
    expect(cleanAuthorNames('Last Updated: January 5, 2024')).toEqual([]);
    expect(cleanAuthorNames('Theresa May')).toEqual(['Theresa May']);
  });
  it('drops degrees, quotes, bare job titles and cut-off asides', () => {
    expect(cleanAuthorNames('Brenda Goodman, MA')).toEqual(['Brenda Goodman']);
    expect(cleanAuthorNames('‘Sway’')).toEqual([]);
    expect(cleanAuthorNames('Editors')).toEqual([]);
    expect(cleanAuthorNames('Games Editor')).toEqual([]);
    expect(cleanAuthorNames('Ars Staff')).toEqual(['Ars Staff']);
    expect(cleanAuthorNames('—Dawson Whitfield ($')).toEqual(['Dawson Whitfield']);
    expect(cleanAuthorNames('Produced by')).toEqual([]);
    expect(cleanAuthorNames('Matt Bai The')).toEqual(['Matt Bai']);
  });
  it('keeps one name around an ampersand between single words, and "Last, First particle"', () => {
    expect(cleanAuthorNames('Mac & i')).toEqual(['Mac & i']);
    expect(cleanAuthorNames('Jane Doe & John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthorNames('Jong, Michiel de')).toEqual(['Jong, Michiel de']);
  });
  it('splits at whole-word conjunctions only, in several languages, and cuts the outlet written for', () => {
    expect(cleanAuthorNames('Ahmet Yılmaz')).toEqual(['Ahmet Yılmaz']);
    expect(cleanAuthorNames('Eva Lind och Lars Berg')).toEqual(['Eva Lind', 'Lars Berg']);
    expect(cleanAuthorNames('Lars Holm og Mette Dahl')).toEqual(['Lars Holm', 'Mette Dahl']);
    expect(cleanAuthorNames('Anna Weber für die Wochenpost')).toEqual(['Anna Weber']);
  });
});

describe('isRunningText', () => {
  it('spots prose and headlines run into a byline, not name particles', () => {
    expect(isRunningText('Michael Isikoff Trump’s inauguration: ticket packages')).toBe(true);
    expect(isRunningText('Jane Doe is a reporter')).toBe(true);
    expect(isRunningText('Ludwig van Beethoven')).toBe(false);
    expect(isRunningText('Bruno Henrique de Souza')).toBe(false);
    expect(isRunningText('wesbos')).toBe(false);
  });
});

describe('isPlausibleName: never a date or a UI label', () => {
  it.each(['Teilen', 'Partager', 'Compartir', 'Condividi', 'Subscribe', 'Kommentare', 'Поделиться', 'مشاركة', '12. März 2024', '3 de mayo', 'vor 2 Stunden', 'il y a 3 heures', '12.03.2025', 'Oktober', '۱۴۰۳/۱۲/۱۳', '٣ مارس ٢٠٢٥', 'Redação', 'la rédaction'])(
    '%s is not a name',
    (s) => {
      expect(isPlausibleName(s)).toBe(false);
    },
  );
  it.each(['Mai Nguyen', 'Julio Cortázar', 'Marie Dupont', 'Ахмед Салем', 'Ahmet Yılmaz'])('%s is a name', (s) => {
    expect(isPlausibleName(s)).toBe(true);
  });
});
