// Finds the system's Chromium and Firefox for the tests and the bench; never downloads a browser.
// Order: CHROME_PATH / FIREFOX_PATH, the usual install paths, then (as root with apt-get) Debian's
// chromium / firefox-esr packages. Otherwise it stops with one line saying what to install.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = {
  chrome: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  firefox: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/snap/bin/firefox'],
};
const ENV = { chrome: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };
const DEBIAN_PACKAGE = { chrome: 'chromium', firefox: 'firefox-esr' };

function find(name) {
  const fromEnv = process.env[ENV[name]];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${ENV[name]}=${fromEnv} does not exist`);
  }
  return CANDIDATES[name].find((path) => existsSync(path));
}

function canApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** Paths of the browsers named, installing Debian's packages as root when they are missing. */
export function findBrowsers(names = ['chrome', 'firefox']) {
  let missing = names.filter((name) => !find(name));
  if (missing.length && canApt()) {
    const packages = missing.map((name) => DEBIAN_PACKAGE[name]);
    console.error(`meeting-timeline: installing ${packages.join(' and ')} with apt-get…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    missing = names.filter((name) => !find(name));
  }
  if (missing.length) {
    const packages = missing.map((name) => DEBIAN_PACKAGE[name]).join(' ');
    console.error(
      `meeting-timeline: no ${missing.join(' or ')} found; install it (Debian: sudo apt-get install ${packages}) or set ${missing.map((n) => ENV[n]).join(' / ')}`,
    );
    process.exit(1);
  }
  return Object.fromEntries(names.map((name) => [name, find(name)]));
}

/** Chromium flags for a root, offline, headless machine. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium 156's headless windows each start the omnibox's WebUI popups in a renderer of their own, about 1.3 s of
  // CPU for every new browser context, on the other core while a page is measured or tested: first renders in
  // the bench came out about 1.5x slower, and noisier, with it (the same build, the same run).
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
