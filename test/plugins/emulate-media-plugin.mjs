// A @web/test-runner command that emulates CSS media features in Chromium through puppeteer (CDP),
// including forced-colors, which the stock emulateMedia command leaves out. Firefox has no CDP: the
// command fails there, and the config starts Firefox with preferences instead.
const FEATURES = {
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
  forcedColors: 'forced-colors',
};

// Puppeteer's emulateMediaFeatures() rejects forced-colors, so this talks to CDP itself.
const sessions = new WeakMap();

export function emulateMediaPlugin() {
  return {
    name: 'mt-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mt-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) {
        throw new Error(`media emulation is not available in ${session.browser.name}`);
      }
      const page = session.browser.getPage(session.id);
      const features = Object.entries(payload ?? {})
        .filter(([key]) => FEATURES[key])
        .map(([key, value]) => ({ name: FEATURES[key], value: String(value) }));
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      // `media: 'print'` emulates printing (the print stylesheet); '' goes back to the screen.
      const media = payload?.media === 'print' ? 'print' : '';
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media, features });
      return true;
    },
  };
}
