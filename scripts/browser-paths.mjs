// Where the browser for tests, benchmarks and icons is: Debian's Chromium by
// default (Playwright's own browser download cannot work on this network);
// CHROMIUM and CHROMEDRIVER in the environment point elsewhere.
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMEDRIVER = process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver';
