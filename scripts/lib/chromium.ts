/** Debian's Chromium, driven by playwright-core, with the flags this network-less machine needs. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * How long a browser test waits for what a page reaches on its own (a copied link, a list filtered, a style after
 * hover): expect.poll stops at the first pass, and its default second is too short on a busy two-core machine.
 */
export const POLL = { timeout: 15_000 };
