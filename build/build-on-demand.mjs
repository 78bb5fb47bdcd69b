/**
 * Builds each file the bundles load on demand (build/on-demand.mjs) on its own, with everything
 * it needs inside: a page that meets an RSS feed, or Spanish, then waits for one file, not for a
 * file and then the chunk it imports. The readers repeat some helpers; a page loads one of them.
 */
import { build } from 'vite';
import { ON_DEMAND } from './on-demand.mjs';

for (const name of Object.values(ON_DEMAND)) {
  await build({ mode: `on-demand:${name}`, logLevel: 'warn' });
}
