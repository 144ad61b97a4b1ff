// Where and why a text is not JSON: the line and column, and a reason with a stable code
// (`missing-value`, `trailing-comma`, …) that the interface words in the reader's language. JSON.parse
// says only "Unexpected token" (V8 without a position), so the project locates the problem itself.
// Split from validate.ts, which uses it for dossier files.

export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function showChar(text: string, i: number): string {
  const c = text.charAt(i);
  return /[\x00-\x1f]/.test(c) ? `character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : JSON.stringify(c);
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Finds where and why `text` is not JSON, or null if it is. Engines word this differently and V8
 * omits the position for "Unexpected token", so the project locates it itself. Iterative (an explicit
 * stack) so deeply nested input cannot overflow; only run after JSON.parse has failed.
 */
export function locateJsonError(text: string): { position: number; reason: string } | null {
  const found = findJsonError(text);
  return found && { position: found.position, reason: found.reason };
}

/** The character a JSON problem is about, as shown in a translated message: "x" or U+0009. */
function charParam(text: string, i: number): string {
  const c = text.charAt(i);
  return /[\x00-\x1f]/.test(c) ? `U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : JSON.stringify(c);
}

export interface JsonProblem {
  position: number;
  reason: string;
  /** Stable code of the reason (`missing-value`, `trailing-comma`, …) and its values, for translated UI text. */
  code: string;
  params: Record<string, string>;
}

/** locateJsonError with a code per reason. */
export function findJsonError(text: string): JsonProblem | null {
  const stack: string[] = [];
  const n = text.length;
  let i = 0;
  let state: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after' = 'value';
  const fail = (position: number, code: string, reason: string, withChar = false): JsonProblem => ({
    position,
    reason,
    code,
    params: withChar ? { char: charParam(text, position) } : {},
  });
  const scanString = (): JsonProblem | null => {
    const start = i;
    let j = i + 1;
    for (;;) {
      if (j >= n) return fail(start, 'unclosed-string', 'text in quotes is never closed (missing ")');
      const c = text.charCodeAt(j);
      if (c === 34) break;
      if (c < 0x20) return fail(j, 'control-char', `${showChar(text, j)} inside quotes; write line breaks and tabs as \\n and \\t`, true);
      if (c === 92) {
        const e = text.charAt(j + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return fail(j, 'bad-unicode-escape', 'bad \\u escape: it needs 4 hex digits');
          j += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') j += 2;
        else return { ...fail(j, 'bad-escape', `bad escape \\${e} inside quotes`), params: { escape: `\\${e}` } };
      } else j++;
    }
    i = j + 1;
    return null;
  };
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? fail(i, 'after-end', `unexpected ${showChar(text, i)} after the end of the JSON value`, true) : null;
      if (i >= n) {
        const closer = top === '{' ? '"}"' : '"]"';
        return { ...fail(i, 'ends-early-missing', `the text ends too early (a ${closer} is missing)`), params: { closer } };
      }
      const c = text[i];
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
        i++;
        stack.pop();
      } else {
        return top === '{'
          ? fail(i, 'expected-comma-brace', `expected "," or "}" after a property value, found ${showChar(text, i)}`, true)
          : fail(i, 'expected-comma-bracket', `expected "," or "]" after a list item, found ${showChar(text, i)}`, true);
      }
      continue;
    }
    if (i >= n) return fail(i, 'ends-early', 'the text ends too early');
    const c = text[i];
    if (state === 'key' || state === 'key-or-close') {
      if (c === '}' && state === 'key-or-close') {
        i++;
        stack.pop();
        state = 'after';
        continue;
      }
      if (c !== '"') {
        return c === '}'
          ? fail(i, 'trailing-comma', 'a comma before "}" has nothing after it', true)
          : fail(i, 'expected-key', `expected a property name in double quotes, found ${showChar(text, i)}`, true);
      }
      const e = scanString();
      if (e) return e;
      state = 'colon';
      continue;
    }
    if (state === 'colon') {
      if (c !== ':') return fail(i, 'expected-colon', `expected ":" after a property name, found ${showChar(text, i)}`, true);
      i++;
      state = 'value';
      continue;
    }
    if (c === ']' && state === 'value-or-close') {
      i++;
      stack.pop();
      state = 'after';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      state = c === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    state = 'after';
    if (c === '"') {
      const e = scanString();
      if (e) return e;
      continue;
    }
    JSON_NUMBER.lastIndex = i;
    if (JSON_NUMBER.test(text)) {
      i = JSON_NUMBER.lastIndex;
      continue;
    }
    const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      continue;
    }
    if (c === ']' || c === '}') {
      const before = text.slice(0, i).trimEnd().slice(-1);
      return before === ','
        ? fail(i, 'trailing-comma', `a comma before ${showChar(text, i)} has nothing after it`, true)
        : fail(i, 'missing-value', `a value is missing before ${showChar(text, i)}`, true);
    }
    return fail(i, 'unexpected-value', `unexpected ${showChar(text, i)} where a value was expected (text needs double quotes)`, true);
  }
}
