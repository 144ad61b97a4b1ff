/**
 * The terms that made the page match, as shown: each once (case-insensitively), without ones a
 * longer shown term contains ("8200" beside "Unit 8200"), at most `max`.
 */
export function shownEvidence(terms: string[], max = 6): string[] {
  const lower = terms.map((term) => term.toLocaleLowerCase());
  return terms
    .filter((_, i) => lower.indexOf(lower[i]) === i)
    .filter((term) => !lower.some((other) => other.length > term.length && other.includes(term.toLocaleLowerCase())))
    .slice(0, max);
}
