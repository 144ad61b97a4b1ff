import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from './extract-metadata';
import { namesFromBylineText } from './metadata-author';

const doc = (body: string, head = ''): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('namesFromBylineText: labelled bylines in many languages', () => {
  it.each([
    ['By Jane Doe and John Roe | 2 hours ago', ['Jane Doe', 'John Roe']],
    ['Par Marie Dupont, le 12 mars 2024 à 10h', ['Marie Dupont']],
    ['Von Katrin Weber · 02.10.2025', ['Katrin Weber']],
    ['Di Luca Bianchi 2 ottobre 2025', ['Luca Bianchi']],
    ['Por Ana Lima - 07/09/2025', ['Ana Lima']],
    ['Автор: Иван Петров', ['Иван Петров']],
    ['بقلم أحمد فؤاد', ['أحمد فؤاد']],
    ['Oleh Budi Santoso', ['Budi Santoso']],
    ['Texte : Paul Martin', ['Paul Martin']],
    ['Redacción: Juan Pérez', ['Juan Pérez']],
    ['Tekst: Jan Jansen', ['Jan Jansen']],
    ['Napisała Anna Nowak', ['Anna Nowak']],
    ['Kirjoittaja: Matti Virtanen', ['Matti Virtanen']],
    ['Írta: Kovács János', ['Kovács János']],
    ['Του Γιώργου Παπαδόπουλου', ['Γιώργου Παπαδόπουλου']],
    ['लेखक: राम शर्मा', ['राम शर्मा']],
    ['记者 张三 北京报道', ['张三']],
    ['文：山田太郎', ['山田太郎']],
    ['홍길동 기자 입력 2025.01.02', ['홍길동']],
  ])('%s', (line, names) => {
    expect(namesFromBylineText(line)).toEqual(names);
  });
  it('splits co-authors at the conjunction of each language, and only at a whole word', () => {
    expect(namesFromBylineText('Yazan: Ahmet Yılmaz')).toEqual(['Ahmet Yılmaz']);
    expect(namesFromBylineText('Autor: Jan Kowalski i Anna Nowak')).toEqual(['Jan Kowalski', 'Anna Nowak']);
    expect(namesFromBylineText('Av Lars Berg och Eva Lind')).toEqual(['Lars Berg', 'Eva Lind']);
    expect(namesFromBylineText('Автор: Иван Петров и Анна Смирнова')).toEqual(['Иван Петров', 'Анна Смирнова']);
  });
  it('leaves out what follows the name: the outlet it wrote for, the dateline’s place', () => {
    expect(namesFromBylineText('By Jane Doe for The Example Post')).toEqual(['Jane Doe']);
    expect(namesFromBylineText('Par Marie Dupont pour Le Quotidien')).toEqual(['Marie Dupont']);
    expect(namesFromBylineText('Von Anna Müller, Hamburg')).toEqual(['Anna Müller']);
    expect(namesFromBylineText('By Jane Doe, John Roe and Ann Poe')).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
  });
  it('never a date, a button or the newsroom as a whole', () => {
    for (const line of ['By March 12, 2024', 'Von 12. März 2024', 'Par Partager', 'Автор: Поделиться', 'Por Redação', 'Par la rédaction', 'Von Redaktion']) {
      expect(namesFromBylineText(line)).toEqual([]);
    }
  });
  it('needs a label and a capitalised name: running text is not a byline', () => {
    expect(namesFromBylineText('The law was passed by the senate on Tuesday')).toEqual([]);
    expect(namesFromBylineText('Updated 3 hours ago')).toEqual([]);
  });
});

describe('extractMetadata: the visible byline under the headline', () => {
  it('reads "Par …" under the headline when no metadata names the author', () => {
    const d = doc('<main><h1>Le budget adopté</h1><div class="info"><span>Par Sébastien Martin</span> <span>Publié le 2 octobre 2025</span></div><p>Texte.</p></main>');
    expect(extractMetadata(d, 'https://ex.fr/politique/le-budget-adopte').authors).toEqual(['Sébastien Martin']);
  });
  it('never takes a share button or a date for the author', () => {
    const d = doc('<main><h1>Ein Titel der Geschichte</h1><div class="author-tools"><a>Teilen</a></div><p class="date">12. März 2024</p><p>Text.</p></main>');
    expect(extractMetadata(d, 'https://ex.de/a/ein-titel-der-geschichte').authors).toEqual([]);
  });
});

describe('extractMetadata: titles without the site name', () => {
  it('cuts a suffix that names the site, and leaves a prefix (the reference tools keep it)', () => {
    const head = '<meta property="og:site_name" content="Nordkurier">';
    expect(extractMetadata(doc('', `${head}<meta property="og:title" content="Neues Parkkonzept für die Innenstadt | Nordkurier">`), 'https://www.nordkurier.de/x').title).toBe('Neues Parkkonzept für die Innenstadt');
    expect(extractMetadata(doc('', `${head}<meta property="og:title" content="Nordkurier: Neues Parkkonzept für die Innenstadt">`), 'https://www.nordkurier.de/x').title).toBe('Nordkurier: Neues Parkkonzept für die Innenstadt');
  });
  it('keeps a colon that is part of the headline', () => {
    const head = '<meta property="og:site_name" content="Nordkurier">';
    expect(extractMetadata(doc('', `${head}<meta property="og:title" content="Budget 2026: le gouvernement présente ses arbitrages">`), 'https://www.nordkurier.de/x').title).toBe('Budget 2026: le gouvernement présente ses arbitrages');
  });
});
