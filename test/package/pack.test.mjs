/**
 * What a user of the npm package does: pack it, install the tarball into a fresh project, import
 * the class and the define entry, run the command-line tool, and load the bundle in a browser.
 * `npm test` builds dist/ first; installing the tarball's dependencies needs the npm registry.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium, waitForCards } from '../support/chromium.mjs';
import { serveFolder } from '../support/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the npm package', () => {
  let work;
  let packed;
  let consumer;

  before(() => {
    work = mkdtempSync(path.join(tmpdir(), 'pf-pack-'));
    [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT));
    consumer = path.join(work, 'consumer');
    execFileSync('mkdir', ['-p', consumer]);
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(work, packed.filename)], consumer);
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  it('ships the bundles, types, manifest, schema and licence, and no sources or tests', () => {
    const files = packed.files.map((file) => file.path);
    for (const expected of [
      'dist/partnership-feed.js',
      'dist/partnership-feed.iife.js',
      'dist/partnership-feed.js.map',
      'dist/index.js',
      'dist/define.js',
      'dist/cli.js',
      'dist/types/index.d.ts',
      'dist/types/define.d.ts',
      'custom-elements.json',
      'schema/partnership-feed.schema.json',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      assert.ok(files.includes(expected), `${expected} is in the package`);
    }
    assert.deepEqual(
      files.filter((file) => /^(src|test|bench|demo|scripts)\//.test(file)),
      [],
    );
    const manifest = JSON.parse(readFileSync(path.join(consumer, 'node_modules/partnership-feed/custom-elements.json'), 'utf8'));
    const element = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === 'partnership-feed');
    assert.ok(element, 'the manifest describes <partnership-feed>');
    assert.ok(element.attributes.some((attribute) => attribute.name === 'src'));
    assert.ok(element.cssParts.some((cssPart) => cssPart.name === 'card'));
  });

  it('imports the class without registering it, and registers it through /define', () => {
    const script = `
      const { PartnershipFeed } = await import('partnership-feed');
      if (typeof PartnershipFeed !== 'function') throw new Error('no class');
      if (customElements.get('partnership-feed')) throw new Error('registered too early');
      await import('partnership-feed/define');
      if (customElements.get('partnership-feed') !== PartnershipFeed) throw new Error('not registered');
      await import('partnership-feed/define');
      console.log('ok');
    `;
    assert.equal(execFileSync('node', ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' }).trim(), 'ok');
  });

  it('installs the publishers’ command', () => {
    const help = execFileSync(path.join(consumer, 'node_modules/.bin/partnership-feed'), ['--help'], { encoding: 'utf8' });
    assert.match(help, /validate/);
    const report = execFileSync(
      path.join(consumer, 'node_modules/.bin/partnership-feed'),
      ['validate', path.join(ROOT, 'demo/partnerships.json')],
      { encoding: 'utf8' },
    );
    assert.match(report, /10 of 10 items become cards/);
  });

  it('loads the self-contained bundle in a browser', async () => {
    copyFileSync(path.join(ROOT, 'demo/partnerships.json'), path.join(consumer, 'partnerships.json'));
    writeFileSync(
      path.join(consumer, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title>
       <script type="module" src="/node_modules/partnership-feed/dist/partnership-feed.js"></script></head>
       <body><partnership-feed src="/partnerships.json"></partnership-feed></body></html>`,
    );
    assert.ok(existsSync(path.join(consumer, 'node_modules/partnership-feed/dist/partnership-feed.js')));
    const server = await serveFolder(consumer);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/index.html`);
      await waitForCards(page, 10);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
