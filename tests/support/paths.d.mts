// Types for paths.mjs (plain JS so it runs before dependencies are installed).
export const ROOT: string;
export const EXTENSION_DIR: string;
export const TIMING_EXTENSION_DIR: string;
export const FIREFOX_DIR: string;
export const DEMO_DIR: string;
export const E2E_PAGES_DIR: string;
export const SHARED_PAGES_DIR: string;
export function rel(p: string): string;
