// The e2e tests drive Debian's Chromium: fail in one clear line if it is missing.
import { existsSync } from 'node:fs';
const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`Chromium not found at ${path}: install it with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  process.exit(1);
}
