/**
 * Test-runner commands the stock set lacks. `emulate-media-features` sets media features the
 * engine can emulate (forced-colors, prefers-reduced-motion…) through the DevTools protocol,
 * which only Chromium speaks; elsewhere it answers false and the test checks what it can.
 */
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') return false;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      await client.send('Emulation.setEmulatedMedia', { features: payload.features });
      return true;
    },
  };
}
