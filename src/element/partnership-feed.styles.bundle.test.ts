/**
 * Runs in the browser suite's "bundle" group only (web-test-runner.config.mjs): the stylesheet
 * the built ES bundle adopts must say, rule by rule, what the source stylesheet says. A minifier
 * that drops a separator or reorders a rule fails here, not on a library's page.
 */
import { expect } from '@open-wc/testing';
import { SAMPLE_FEED } from '../test-support/scenario.js';
import { html, mount } from '../test-support/element.js';
import { declarationsByRule, parsedSheet } from '../test-support/stylesheet.js';
import { styles } from './partnership-feed.styles.js';

describe('the built ES bundle', () => {
  it('is what registered the element (not the TypeScript source)', () => {
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded).to.include('/dist/partnership-feed.js');
    expect(loaded.filter((path) => /\/src\/(define|element\/partnership-feed)\.ts$/.test(path))).to.deep.equal([]);
  });

  it('adopts every declaration of the source stylesheet, rule by rule, and nothing else', async () => {
    const element = await mount(html`<partnership-feed src=${SAMPLE_FEED}></partnership-feed>`);
    const shipped = declarationsByRule(element.shadowRoot!.adoptedStyleSheets);
    const source = declarationsByRule([parsedSheet(styles.cssText)]);
    // The rules the first cards need: the empty and error states, the chips and search marks, and
    // the list and compact layouts are in later.ts's sheets (later-code.test.ts compares those).
    expect(Object.keys(source).length).to.be.greaterThan(70);
    const differing = Object.keys({ ...source, ...shipped }).filter((rule) => {
      const [ours, theirs] = [source[rule] ?? {}, shipped[rule] ?? {}];
      const names = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
      return [...names].some((name) => ours[name] !== theirs[name]);
    });
    // Named rule by rule, with both sides, so a failure says what the minifier changed.
    expect(Object.fromEntries(differing.map((rule) => [rule, { source: source[rule], shipped: shipped[rule] }]))).to.deep.equal({});
  });
});
