// Where terms occur in a text, ignoring case, as offsets into the text itself. Lower-casing can
// change a string's length ("İ" becomes "i" + a combining dot, two code units for one), so offsets
// found in the lower-cased copy are mapped back to the original, never used on it directly.

export interface TextSpan {
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** For each code unit of the folded text: where its character starts and ends in the original. */
  starts: number[];
  ends: number[];
}

function fold(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    folded += lower;
    for (let i = 0; i < lower.length; i++) {
      starts.push(at);
      ends.push(at + char.length);
    }
    at += char.length;
  }
  return { text: folded, starts, ends };
}

/** Spans of `text` where any of `terms` occurs, case-insensitively, in order of the terms then position; at most `limit`. */
export function findTermSpans(text: string, terms: readonly string[], limit = Infinity): TextSpan[] {
  const wanted = terms.map((term) => term.toLowerCase()).filter((term) => term.trim().length >= 2);
  if (wanted.length === 0 || text.length < 2) return [];
  const folded = fold(text);
  const spans: TextSpan[] = [];
  for (const term of wanted) {
    for (let at = folded.text.indexOf(term); at !== -1 && spans.length < limit; at = folded.text.indexOf(term, at + term.length)) {
      const start = folded.starts[at];
      const end = folded.ends[at + term.length - 1];
      if (end > start) spans.push({ start, end });
    }
  }
  return spans;
}
