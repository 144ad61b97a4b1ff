// Deep import of the small readerable check alone: the package index would pull the
// whole Readability (~90 KB) into the content script.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
