// What the bench scripts share: building the widget and launching Debian's Chromium through
// puppeteer-core (which never downloads a browser).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { BROWSERS, CHROMIUM_ARGS as TEST_CHROMIUM_ARGS } from '../test/browsers.mjs';
import { ROOT } from './server.mjs';

export const CHROMIUM = process.env.CHROME_PATH || BROWSERS.chromium.binary;
export const CHROMIUM_ARGS = [
  ...TEST_CHROMIUM_ARGS,
  '--headless=new',
  // New headless is the whole browser: each new window also loads the omnibox popup's WebUI (a
  // renderer running hundreds of modules for ~1 s on 2 cores). Pages never see it; it only steals
  // CPU from them. waitForBrowserIdle() covers whatever of it this flag does not switch off.
  '--disable-features=WebUIOmniboxPopup',
];
export const VIEWPORT = { width: 1280, height: 900 };

export function build() {
  console.log('Building the widget (npm run build)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 5 * 60_000 });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
}

export function launchChromium(extraArgs = []) {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROME_PATH)`);
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    defaultViewport: VIEWPORT,
    protocolTimeout: 120_000,
    // Puppeteer's Network domain would make Chromium keep, and decode on the page's main thread, a
    // copy of every response body a page reads as a stream (for DevTools' Network panel): a long
    // task no patron's browser has, and none for the same body read as a Blob.
    networkEnabled: false,
  });
}

/**
 * Browser processes on this machine that are not ours (another test run sharing the CPU makes
 * every figure noisy). Linux only: elsewhere it reports none.
 */
export function otherBrowserProcesses(ourPid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parent = new Map();
  const browsers = [];
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(pid), ppid);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (/(^|\/)(chromium|chrome|firefox(-esr)?|WebKitWebProcess|MiniBrowser)(\0|$)/.test(cmd.split('\0')[0] + '\0'))
        browsers.push(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  const ours = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 50; p = parent.get(p) ?? 0, hops += 1) if (p === ourPid) return true;
    return false;
  };
  return browsers.filter((pid) => !ours(pid)).length;
}

/** Waits (up to `maxMs`) until no other browser runs; says so while it waits. Resolves to the count left. */
export async function waitForQuiet(maxMs = 180_000) {
  const until = Date.now() + maxMs;
  let others = otherBrowserProcesses(-1);
  if (others)
    console.log(`Waiting for ${others} other browser process(es) to finish (up to ${maxMs / 1000} s) so they do not skew the figures…`);
  while (others && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    others = otherBrowserProcesses(-1);
  }
  if (others) console.log(`${others} other browser process(es) still running: the figures will be noisier.`);
  return others;
}

/** CPU time (clock ticks) used so far by a process and all its descendants; undefined off Linux. */
function treeCpuTicks(rootPid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const procs = new Map();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      procs.set(Number(pid), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // Gone while we looked.
    }
  }
  let total = 0;
  for (const [pid, proc] of procs) {
    for (let p = pid, hops = 0; p > 1 && hops < 50; p = procs.get(p)?.ppid ?? 0, hops += 1) {
      if (p === rootPid) {
        total += proc.ticks;
        break;
      }
    }
  }
  return total;
}

/**
 * Waits until the browser's processes have been (nearly) idle for `quietMs`, at most `maxMs`: a new
 * window's own start-up work must not overlap the page load being measured. Off Linux: a fixed pause.
 */
export async function waitForBrowserIdle(browser, { quietMs = 400, maxMs = 5000, stepMs = 100 } = {}) {
  const pid = browser.process()?.pid;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  if (!pid || treeCpuTicks(pid) === undefined) return sleep(1000);
  const until = Date.now() + maxMs;
  let quiet = 0;
  let last = treeCpuTicks(pid);
  while (quiet < quietMs && Date.now() < until) {
    await sleep(stepMs);
    const now = treeCpuTicks(pid);
    // One tick is 10 ms of CPU: at most one tick per step counts as idle.
    quiet = now - last <= 1 ? quiet + stepMs : 0;
    last = now;
  }
}

/** Busy CPU ticks of the whole machine (from /proc/stat); undefined off Linux. */
function machineBusyTicks() {
  try {
    const [cpu] = readFileSync('/proc/stat', 'utf8').split('\n');
    const [user, nice, system, idle, iowait, irq, softirq, steal] = cpu.trim().split(/\s+/).slice(1).map(Number);
    return { busy: user + nice + system + irq + softirq + steal, all: user + nice + system + idle + iowait + irq + softirq + steal };
  } catch {
    return undefined;
  }
}

/**
 * Measures how much of the machine other programs used while `work` ran: the share of all CPU
 * time (0–1) spent neither by our browser nor by this Node process. Off Linux: NaN.
 */
export async function measureInterference(browser, work) {
  const pid = browser.process()?.pid;
  const before = machineBusyTicks();
  const oursBefore = pid ? treeCpuTicks(pid) : undefined;
  const nodeBefore = process.cpuUsage();
  const result = await work();
  const after = machineBusyTicks();
  const oursAfter = pid ? treeCpuTicks(pid) : undefined;
  if (!before || !after || oursBefore === undefined || oursAfter === undefined) return { result, others: NaN };
  const node = process.cpuUsage(nodeBefore);
  const nodeTicks = (node.user + node.system) / 10_000; // µs → 10 ms ticks
  const others = after.busy - before.busy - (oursAfter - oursBefore) - nodeTicks;
  const all = after.all - before.all;
  return { result, others: all > 0 ? Math.max(0, others / all) : NaN };
}
