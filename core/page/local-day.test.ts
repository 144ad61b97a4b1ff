import { describe, expect, it } from 'vitest';
import { atOffset, localDayAtHost } from './local-day';

describe('atOffset', () => {
  it('writes the same instant at another offset', () => {
    expect(atOffset('2020-12-05T23:15:00Z', 1)).toBe('2020-12-06T00:15:00+01:00');
    expect(atOffset('2020-10-02T12:46:21Z', 5.5)).toBe('2020-10-02T18:16:21+05:30');
    expect(atOffset('2020-05-02T02:54:29Z', -4)).toBe('2020-05-01T22:54:29-04:00');
    expect(Date.parse(atOffset('2020-05-02T02:54:29Z', -4)!)).toBe(Date.parse('2020-05-02T02:54:29Z'));
    expect(atOffset('junk', 1)).toBeNull();
  });
});

describe('localDayAtHost', () => {
  it("uses the usual offset of the site's country when all its zones agree on the day", () => {
    expect(localDayAtHost('2020-08-25T00:23:33Z', 'https://ici.radio-canada.ca/nouvelle/1')).toBe('2020-08-24T19:23:33-05:00');
    expect(localDayAtHost('2020-04-24T21:25:06Z', 'https://www.example.com.au/news/x')).toBe('2020-04-25T07:25:06+10:00');
    expect(localDayAtHost('2020-12-05T23:15:00Z', 'https://www.example.it/news/1')).toBe('2020-12-06T00:15:00+01:00');
  });
  it('leaves the stamp when the zones disagree, the domain is generic or the stamp has its offset', () => {
    // Canada at 04:30 UTC: 20:30 in Vancouver but 01:00 in St John's.
    expect(localDayAtHost('2020-08-25T04:30:00Z', 'https://example.ca/a')).toBe('2020-08-25T04:30:00Z');
    expect(localDayAtHost('2020-08-25T00:23:33Z', 'https://example.com/a')).toBe('2020-08-25T00:23:33Z');
    expect(localDayAtHost('2020-08-25T00:23:33Z', 'https://example.co/a')).toBe('2020-08-25T00:23:33Z');
    expect(localDayAtHost('2020-08-25T00:23:33-04:00', 'https://example.ca/a')).toBe('2020-08-25T00:23:33-04:00');
    expect(localDayAtHost('2020-08-25T00:23:33Z', 'not a url')).toBe('2020-08-25T00:23:33Z');
  });
});
