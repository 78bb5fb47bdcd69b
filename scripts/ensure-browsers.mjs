/**
 * Before `npm test`: make sure the browsers are there, the way `npx playwright install --with-deps`
 * would, but from Debian's packages (nothing downloads a browser build). As root it installs what
 * is missing with apt-get; otherwise it names each missing browser and the command that installs
 * it, and the run goes on in the browsers present. With CI=true every browser is required.
 */
import { execFileSync } from 'node:child_process';
import { BROWSERS, isInstalled } from '../test/browsers.mjs';

const missing = Object.keys(BROWSERS).filter((name) => !isInstalled(name));
if (missing.length) {
  const packages = [...new Set(missing.flatMap((name) => BROWSERS[name].packages))];
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (process.getuid?.() === 0) {
    console.log(`Installing the missing browsers (${missing.join(', ')}): ${command}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  } else {
    for (const name of missing)
      console.warn(`Browser missing: ${name}. Install it with: sudo apt-get install -y ${BROWSERS[name].packages.join(' ')}`);
  }
}
const stillMissing = Object.keys(BROWSERS).filter((name) => !isInstalled(name));
if (stillMissing.length) {
  if (process.env.CI === 'true') {
    console.error(`CI needs all three browsers; missing: ${stillMissing.join(', ')}.`);
    process.exit(1);
  }
  console.warn(`Testing without: ${stillMissing.join(', ')}.`);
}
