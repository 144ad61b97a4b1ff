// Merges UI strings into public/_locales/{en,ar}/messages.json without
// clobbering strings others added: node scripts/add-messages.mjs strings.json
// where strings.json is {"en": {"key": "English"}, "ar": {"key": "عربي"}}.
// Values may also be full message objects ({"message", "description", "placeholders"}).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const [lang, strings] of Object.entries(input)) {
  const file = resolve(root, 'public/_locales', lang, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, value] of Object.entries(strings)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`Invalid message key: ${key}`);
    messages[key] = typeof value === 'string' ? { message: value } : value;
  }
  const sorted = Object.fromEntries(Object.entries(messages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
