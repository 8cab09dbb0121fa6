// Checked once before the e2e suite: a clear message instead of a hang when Chromium or the
// build is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromePath, EXTENSION_DIR } from './browser';

export default function setup() {
  chromePath();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
}
