// Debian's headless Chromium, driven by playwright-core, is the window of the workbench.
import { chromium } from 'playwright-core';
import { chromiumPath } from './installHost.mjs';

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // The caller stops the browser and the server together on a signal (see start.mjs).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // As root Chromium needs --no-sandbox; the rest keeps it off the (absent) network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
