// Arabic-Indic (U+0660–0669) and Extended/Persian (U+06F0–06F9) digits to ASCII,
// so that "٢٩ أيلول ٢٠٢٥" parses like "29 أيلول 2025".
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}
