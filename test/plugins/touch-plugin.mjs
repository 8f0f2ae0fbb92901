// A @web/test-runner command that plays touch gestures through puppeteer's touchscreen (CDP in Chromium,
// WebDriver BiDi in Firefox): real touch input, which synthetic TouchEvents in the page can't stand in for
// (desktop Firefox has no TouchEvent constructor, and neither browser scrolls the page for synthetic ones).
//
// Payload: { fingers: [[x0, y0], [x1, y1]][], steps?: number } in CSS px of the viewport. Every finger
// goes down at its first point, all move together in `steps` steps to their last, then all lift.
// One finger with one point is a tap.
export function touchPlugin() {
  return {
    name: 'mt-touch',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mt-touch') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`touch input needs puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const fingers = payload?.fingers ?? [];
      const steps = Math.max(1, payload?.steps ?? 8);
      // A tap in Firefox is one BiDi action sequence, down and up together: as two commands, a busy machine could
      // hold the finger down between them, and Firefox makes no click of a touch held 300 ms or more (CI lost a tap).
      const context = page.mainFrame().browsingContext;
      if (fingers.length === 1 && fingers[0].length === 1 && context?.performActions) {
        const [[x, y]] = fingers[0];
        await context.performActions([
          {
            type: 'pointer',
            id: 'mt-tap',
            parameters: { pointerType: 'touch' },
            actions: [
              { type: 'pointerMove', x: Math.round(x), y: Math.round(y) },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ]);
        return true;
      }
      const touches = [];
      for (const [[x, y]] of fingers) touches.push(await page.touchscreen.touchStart(x, y));
      for (let step = 1; step <= steps; step++) {
        for (let i = 0; i < fingers.length; i++) {
          const [[x0, y0], [x1, y1] = [x0, y0]] = fingers[i];
          if (x1 === x0 && y1 === y0) continue;
          await touches[i].move(x0 + ((x1 - x0) * step) / steps, y0 + ((y1 - y0) * step) / steps);
        }
      }
      for (const touch of touches) await touch.end();
      return true;
    },
  };
}
