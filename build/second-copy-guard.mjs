/**
 * A Vite plugin for the bundles: when another copy of the widget has already registered
 * <partnership-feed> (the same classic script pasted twice, the other bundle, or this one from a
 * second address), this copy runs none of its code. Lit, inside, would otherwise create a second
 * `lit-html` Trusted Types policy, which a strict CSP reports as a violation.
 * - The classic script returns early from its wrapper (`intro`).
 * - The ES module wraps its code in a function it skips, and exports the registered class.
 */
import MagicString from 'magic-string';

const TAG = 'partnership-feed';
const EXPORTS = /export\s*\{([^}]*)\};?\s*$/;

/** @returns {import('vite').Plugin} */
export function secondCopyGuard() {
  return {
    name: 'second-copy-guard',
    apply: 'build',
    outputOptions(output) {
      if (output.format !== 'iife') return null;
      return { ...output, intro: `if (self.customElements?.get('${TAG}')) return globalThis.PartnershipFeed;` };
    },
    renderChunk(code, chunk, options) {
      if (options.format !== 'es' || !chunk.isEntry) return null;
      const exports = EXPORTS.exec(code);
      if (!exports) throw new Error(`${chunk.fileName}: no export statement to guard`);
      const bindings = exports[1].split(',').map((binding) => {
        const [local, exported = local] = binding.trim().split(/\s+as\s+/);
        return { local, exported };
      });
      const names = bindings.map(({ exported }) => exported).sort();
      if (names.join() !== 'PartnershipFeed,TAG_NAME') throw new Error(`${chunk.fileName}: unexpected exports ${names.join(', ')}`);
      const returned = bindings.map(({ local, exported }) => `${exported}: ${local}`).join(', ');
      const output = new MagicString(code);
      output.prepend(
        `const registered = globalThis.customElements?.get('${TAG}');\n` +
          `const loaded = registered ? { PartnershipFeed: registered, TAG_NAME: '${TAG}' } : (() => {\n`,
      );
      output.overwrite(exports.index, code.length, `return { ${returned} };\n})();\n`);
      output.append('export const { PartnershipFeed, TAG_NAME } = loaded;\n');
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
