/**
 * What the hostile probe page's own script (tests/e2e/pages/hostile/probe.html) offers as
 * `window.probe`: everything of Dossier a page can notice, read or trigger. Shared by the
 * Chromium (tests/e2e/hostile-page.spec.ts) and Firefox (tests/firefox/hostile.test.ts) suites.
 */
export interface HostileProbe {
  archiveOnly: string[];
  highlighted(): Array<{ name: string; text: string }>;
  traces(): {
    highlights: string[];
    host: boolean;
    adoptedSheets: number;
    styleSheets: number;
    highlightStyle: string[];
    timeline: string[];
    elements: string[];
  };
  fireSynthetic(): void;
  readCard(): { host: boolean; shadowRoot: boolean | null; text: string; pageText: string };
  clickCard(): boolean;
}

declare global {
  interface Window {
    probe: HostileProbe;
  }
}

/** The probe page's path on the tests' static server. */
export const PROBE_PAGE = '/pages/hostile/probe.html';

/** What a page sees of Dossier on a site where highlighting is off: nothing at all. */
export const NO_TRACES: ReturnType<HostileProbe['traces']> = {
  highlights: [],
  host: false,
  adoptedSheets: 0,
  styleSheets: 1,
  highlightStyle: ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'],
  timeline: [],
  elements: [],
};
