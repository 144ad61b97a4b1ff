import { describe, expect, it } from 'vitest';
import { guessLanguage } from './guess-language';

describe('guessLanguage', () => {
  it('tells the Latin-script languages of news apart by their function words', () => {
    expect(guessLanguage('The ferry ran aground in the strait on Tuesday, and the coastal authority said it was blocking traffic.')).toBe('en');
    expect(guessLanguage('Le ferry s’est échoué dans le détroit mardi et les autorités ont dit que le trafic était bloqué pour des heures.')).toBe('fr');
    expect(guessLanguage('Die Fähre ist am Dienstag in der Meerenge auf Grund gelaufen und hat den Verkehr mit dem Festland nicht mehr erlaubt.')).toBe('de');
    expect(guessLanguage('El ferry encalló el martes en el estrecho y según las autoridades el tráfico está bloqueado por el momento para los barcos.')).toBe('es');
    expect(guessLanguage('De veerboot is dinsdag in de zeestraat vastgelopen en het verkeer werd niet meer toegelaten, maar er zijn geen gewonden.')).toBe('nl');
  });

  it('says nothing when the text is too short, mixed or in another script', () => {
    expect(guessLanguage('')).toBeNull();
    expect(guessLanguage('Northern Lantern')).toBeNull();
    expect(guessLanguage('Паром сел на мель в проливе во вторник.')).toBeNull();
    expect(guessLanguage('the and of le les des')).toBeNull();
  });
});
