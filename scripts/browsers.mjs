// Finds the test browsers the way docs/toolchain.md says: CHROME_PATH / FIREFOX_PATH first, then Debian's paths.
// Browsers always come from the system (apt), never from a test tool's download.
import { existsSync } from 'node:fs';

const candidates = {
  chromium: [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** Debian packages that provide each browser (and the fonts the screenshots and canvas tests need). */
export const aptPackages = { chromium: 'chromium', firefox: 'firefox-esr', fonts: 'fonts-dejavu-core' };

/** The executable of a browser, or null when none is installed. */
export function findBrowser(name) {
  return candidates[name].find((path) => path && existsSync(path)) ?? null;
}

/** Flags Debian's Chromium needs here: it runs as root (no sandbox) on a machine with no outside network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
