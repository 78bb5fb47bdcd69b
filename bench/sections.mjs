// bench/results.md holds two sections, each rewritten by its own command and kept by the other:
// the benchmark (`npm run bench`) and the Lighthouse scores (`npm run lighthouse`).
import { readFile, writeFile } from 'node:fs/promises';

const ORDER = ['bench', 'lighthouse'];
const HEAD = '<!-- Written by `npm run bench` and `npm run lighthouse` (each rewrites its own section). -->';

function sections(text) {
  const found = {};
  for (const name of ORDER) {
    const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)<!-- ${name}:end -->`).exec(text);
    if (match) found[name] = match[1];
  }
  return found;
}

/** Replaces one section of the results file, keeping the other. */
export async function writeSection(file, name, markdown) {
  let existing = '';
  try {
    existing = await readFile(file, 'utf8');
  } catch {
    // First run: no file yet.
  }
  const all = { ...sections(existing), [name]: `${markdown.trimEnd()}\n` };
  const body = ORDER.filter((key) => all[key]).map((key) => `<!-- ${key}:start -->\n${all[key]}<!-- ${key}:end -->`);
  await writeFile(file, `${HEAD}\n\n${body.join('\n\n')}\n`);
}
