// Types for find-browser.mjs (plain JS so it runs before dependencies are installed).
export type FoundBrowser = { path: string; source: string; error?: undefined } | { path?: undefined; error: string };
export function missingBrowserMessage(): string;
export function findBrowserSync(): FoundBrowser;
export function findFirefoxSync(): FoundBrowser;
