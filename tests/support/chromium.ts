/**
 * The one Chromium every browser run uses (Playwright, screenshots, Lighthouse): Debian's, since
 * browsers cannot be downloaded here, kept off every network but the local one (no background
 * requests, component updates, sync or QUIC probes).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox'];
