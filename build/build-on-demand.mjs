/**
 * Builds each file the bundles load on demand (build/on-demand.mjs) on its own, with everything
 * it needs inside: a page that meets an RSS feed, or Spanish, then waits for one file, not for a
 * file and then the chunk it imports. The readers repeat some helpers; a page loads one of them.
 * Two builds at a time: the machine has two cores, and thirty files one after the other take long.
 */
import { build } from 'vite';
import { ON_DEMAND } from './on-demand.mjs';

const names = Object.values(ON_DEMAND);
const worker = async () => {
  for (let name = names.shift(); name; name = names.shift()) await build({ mode: `on-demand:${name}`, logLevel: 'warn' });
};
await Promise.all([worker(), worker()]);
