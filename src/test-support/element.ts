/** Helpers for element tests: mount a widget and wait for what it promises. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PartnershipFeed } from '../element/partnership-feed.js';

// The browser suite's "bundle" group (web-test-runner.config.mjs) names the built bundle on its
// page, so these tests meet the element as sites load it; the "source" group registers src/.
const bundle = (globalThis as { PF_ELEMENT_MODULE?: string }).PF_ELEMENT_MODULE;
await (bundle ? import(/* @vite-ignore */ bundle) : import('../define.js'));

export interface Mounted {
  element: PartnershipFeed;
  shadow: ShadowRoot;
}

/** The shadow-root node carrying a part, or throws with the part's name (a clearer failure than null). */
export function part<T extends Element = HTMLElement>(element: PartnershipFeed, name: string): T {
  const found = element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no element with part "${name}"`);
  return found;
}

export function parts<T extends Element = HTMLElement>(element: PartnershipFeed, name: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

export function text(node: Element): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function cardTitles(element: PartnershipFeed): string[] {
  return parts(element, 'card-title').map(text);
}

/** Mounts `<partnership-feed>` from a template and waits for its pf-load (or pf-error) event. */
export async function mount(template: ReturnType<typeof html>, until: 'pf-load' | 'pf-error' = 'pf-load'): Promise<PartnershipFeed> {
  const settled = oneEvent(document, until);
  const element = await fixture<PartnershipFeed>(template);
  await settled;
  await element.updateComplete;
  return element;
}

/**
 * Waits for `image` to fail to load, then checks what media.ts promises of a broken image: hidden,
 * in a frame that keeps its height, so nothing around it moves.
 */
export async function expectBrokenImageHidden(image: HTMLImageElement, what: string): Promise<void> {
  const frame = image.closest<HTMLElement>('.media')!;
  const height = frame.getBoundingClientRect().height;
  expect(height).to.be.greaterThan(0);
  if (!frame.classList.contains('media-broken')) await oneEvent(image, 'error');
  await waitUntil(() => frame.classList.contains('media-broken'), `${what} hidden`, { timeout: 5000 });
  expect(getComputedStyle(image).visibility).to.equal('hidden');
  expect(frame.getBoundingClientRect().height).to.equal(height);
}

/** Whether the page has requested the later code (src/element/later.ts, or the bundle's partnership-feed-later.js). */
export function laterCodeRequested(): boolean {
  return performance.getEntriesByType('resource').some((entry) => /(?:element\/|partnership-feed-)later\.[jt]s/.test(entry.name));
}

export { html };
