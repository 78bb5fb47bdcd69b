/**
 * The three engines, from Debian's packages (nothing here downloads a browser). Each launcher is
 * named after its browser so the test output says which one ran.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { freePort, waitForPort } from './support/ports.mjs';

export const BROWSERS = {
  chromium: { binary: '/usr/bin/chromium', packages: ['chromium'] },
  firefox: { binary: '/usr/bin/firefox-esr', packages: ['firefox-esr'] },
  webkit: {
    binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    driver: '/usr/bin/WebKitWebDriver',
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};

export function isInstalled(name) {
  const browser = BROWSERS[name];
  const needed = [browser.binary, browser.driver, name === 'webkit' ? '/usr/bin/Xvfb' : undefined].filter(Boolean);
  return needed.every((path) => existsSync(path));
}

function named(launcher, name) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  launcher.name = name;
  return launcher;
}

const children = [];
function stopChildren() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });

/** A display for WebKit: the session's own if it has one, else a private Xvfb. */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const child = spawn('/usr/bin/Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(child);
  const number = await new Promise((resolve, reject) => {
    child.stdout.once('data', (data) => resolve(String(data).trim()));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });
  return `:${number}`;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromium() {
  return named(chromeLauncher({ launchOptions: { executablePath: BROWSERS.chromium.binary, args: CHROMIUM_ARGS } }), 'Chromium');
}

export function firefox() {
  return named(chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: BROWSERS.firefox.binary } }), 'Firefox');
}

export async function webkit() {
  const port = await freePort();
  const env = { ...process.env, DISPLAY: await display() };
  const driver = spawn(BROWSERS.webkit.driver, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
  children.push(driver);
  await waitForPort(port, driver, 'WebKitWebDriver');
  return named(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        // MiniBrowser has no headless switch: it draws into the Xvfb display above.
        'webkitgtk:browserOptions': { binary: BROWSERS.webkit.binary, args: ['--automation'] },
      },
    }),
    'WebKit',
  );
}
