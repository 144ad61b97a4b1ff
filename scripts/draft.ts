// npm run draft -- [--url URL] FILE.html
// Drafts a dossier from a saved article with the extension's own code (what "Follow this story" does)
// and prints it as JSON on stdout; problems (no terms, no date, …) and validity go to stderr.
import { readFileSync } from 'node:fs';
import { readPage } from '../core/page/read-page';
import { extractMetadata } from '../core/page/extract-metadata';
import { readArticleForDraft } from '../core/follow/article-for-draft';
import { draftDossier } from '../core/follow/draft-dossier';
import { formatDossierErrors, validateDossier } from '../core/dossier/validate';
import { parseDocument } from './analyze';

function main(): void {
  const argv = process.argv.slice(2);
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i].startsWith('--url=')) url = argv[i].slice(6);
    else files.push(argv[i]);
  }
  if (files.length !== 1) {
    process.stderr.write('usage: npm run draft -- [--url URL] FILE.html\n');
    process.exitCode = 2;
    return;
  }
  const doc = parseDocument(readFileSync(files[0], 'utf8'));
  const reading = readPage(doc, url);
  // The extension drafts only from articles; the command line drafts anyway and says so.
  const metadata = reading.metadata ?? extractMetadata(doc, url);
  const pageUrl = url ?? metadata.canonicalUrl ?? `file://${files[0]}`;
  if (!reading.detection.isArticle) process.stderr.write(`${files[0]}: not detected as a news article (drafting anyway)\n`);
  const article = readArticleForDraft(doc, pageUrl, metadata);
  if (!article) {
    process.stderr.write(`${files[0]}: no article text found\n`);
    process.exitCode = 1;
    return;
  }
  const draft = draftDossier(article);
  if (draft.problems.length > 0) process.stderr.write(`problems: ${draft.problems.join(', ')}\n`);
  const valid = validateDossier(draft.dossier);
  if (!valid.ok) {
    process.stderr.write(`the draft is not a valid dossier:\n${formatDossierErrors(valid.errors)}\n`);
    process.exitCode = 1;
  }
  process.stdout.write(`${JSON.stringify(draft.dossier, null, 2)}\n`);
}

main();
