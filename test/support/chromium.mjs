/** Debian's Chromium through puppeteer-core (which never downloads a browser), for Node-side tests. */
import puppeteer from 'puppeteer-core';
import { BROWSERS, CHROMIUM_ARGS } from '../browsers.mjs';

export function launchChromium() {
  return puppeteer.launch({ executablePath: BROWSERS.chromium.binary, headless: true, args: CHROMIUM_ARGS });
}

/** Resolves once the page's first <partnership-feed> shows `count` cards (or rejects after `timeout` ms). */
export function waitForCards(page, count, selector = 'partnership-feed') {
  return page.waitForFunction(
    (sel, n) => document.querySelector(sel)?.shadowRoot?.querySelectorAll('[part~="card"]').length === n,
    { timeout: 15_000 },
    selector,
    count,
  );
}
