// A one-hash bit filter over the index keys, so the scanner can skip most words of a
// page without cutting them out of the text or looking them up (most words are no key).

/** FNV-1a step over one UTF-16 code unit; start from FILTER_SEED. */
export const FILTER_SEED = 0x811c9dc5 | 0;
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

export function hashString(s: string): number {
  let h = FILTER_SEED;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return h;
}

function bitOf(h: number, mask: number): number {
  return (h ^ (h >>> 15)) & mask;
}

/** 6–12 bits per key (one hash: 8–15% false positives), as plain numbers (32 bits each) so it survives JSON. */
export function buildFilter(keys: Iterable<string>, count: number): number[] {
  const hashes = new Int32Array(count);
  let n = 0;
  for (const key of keys) {
    if (n === count) break;
    hashes[n++] = hashString(key);
  }
  return buildFilterFromHashes(hashes, n);
}

/** The same filter from the keys' hashes (the first `count` of `hashes`). */
export function buildFilterFromHashes(hashes: Int32Array, count: number): number[] {
  let bits = 1024;
  while (bits < count * 6 && bits < 1 << 20) bits *= 2;
  const words = new Int32Array(bits / 32);
  const mask = bits - 1;
  for (let i = 0; i < count; i++) {
    const b = bitOf(hashes[i], mask);
    words[b >>> 5] |= 1 << (b & 31);
  }
  const out = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) out[i] = words[i];
  return out;
}

/** False when no key has this hash; true means "maybe". */
export function mayContain(filter: number[], h: number): boolean {
  const b = bitOf(h, filter.length * 32 - 1);
  return (filter[b >>> 5] & (1 << (b & 31))) !== 0;
}
