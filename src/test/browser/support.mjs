// What every browser spec shares: its scenario (written by the Java test that runs it), the
// screenshot folder, the printed checks, and headless Debian Chromium started as this machine needs.
import { readFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** The scenario file named on the command line (server address, people, ids of the test). */
export const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));

/** Where screenshots go (target/screenshots unless the scenario says otherwise). */
export const shots = scenario.screenshots || 'target/screenshots';
mkdirSync(shots, { recursive: true });

/** Prints one passed check; the first failed one ends the spec. */
export function check(condition, what) {
  if (!condition) {
    throw new Error('FAILED: ' + what);
  }
  console.log('ok - ' + what);
}

/**
 * Debian's Chromium, headless: no sandbox as root, and no background networking, which this
 * machine's closed network would refuse at every start.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: scenario.chromium || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update',
      '--disable-sync', '--no-first-run']
  });
}

/**
 * Types a person's id and password into the web apps' login form, and types again until both
 * fields hold them: the login page may still be rendering (Thai texts arriving, autofocus moving)
 * while the first keys go in, and a password typed into the id field then fails the login.
 */
export async function fillLogin(page, user) {
  const id = page.locator('input[ng-model=username]');
  const password = page.locator('input[ng-model=password]');
  for (let attempt = 1; ; attempt++) {
    await id.fill(user.id);
    await password.fill(user.password);
    if ((await id.inputValue()) === user.id && (await password.inputValue()) === user.password) {
      return;
    }
    if (attempt === 5) {
      throw new Error('FAILED: the login form did not keep the id and password of ' + user.id);
    }
    await page.waitForTimeout(500);
  }
}
