import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { articleCode } from './content/article-code';
import { registerArticleCode } from './content/article-slot';

// The article part of the content script (entrypoints/content/article-code.ts), as a script of its
// own: content.js imports it on articles only (entrypoints/content/article-slot.ts).
export default defineUnlistedScript(() => {
  registerArticleCode(articleCode);
});
