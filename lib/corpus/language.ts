/**
 * Language by script and tell-tale letters. Good enough to tell an English article from
 * the Azerbaijani and Russian copies of its headline; it cannot tell English from French
 * (both plain Latin), so plain Latin text is taken as English, the archive's language.
 * Hand-written: a statistical detector would be a large dependency for this one job.
 */

/** Sample size: the script of a text is clear long before its end, and 5 MB files stay fast. */
const SAMPLE = 4000;

/** і ї є ґ (both cases): Cyrillic letters Russian does not use. */
const UKRAINIAN = new Set([0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]);
/** ђ ј љ њ ћ џ (both cases). */
const SERBIAN = new Set([0x452, 0x458, 0x459, 0x45a, 0x45b, 0x45f, 0x402, 0x408, 0x409, 0x40a, 0x40b, 0x40f]);

export function detectLang(text: string): string | null {
  let latin = 0;
  let cyrillic = 0;
  let schwa = 0; // ə: written only in Azerbaijani
  let turkic = 0; // ğ ı ş: Azerbaijani or Turkish
  let ukrainian = 0;
  let serbian = 0;
  let georgian = 0;
  let armenian = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c === 0x259 || c === 0x18f) (latin++, schwa++);
    else if (c === 0x11f || c === 0x11e || c === 0x131 || c === 0x130 || c === 0x15f || c === 0x15e) (latin++, turkic++);
    else if (c >= 0xc0 && c <= 0x24f) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      if (UKRAINIAN.has(c)) ukrainian++;
      else if (SERBIAN.has(c)) serbian++;
    } else if (c >= 0x10a0 && c <= 0x10ff) georgian++;
    else if (c >= 0x530 && c <= 0x58f) armenian++;
  }
  const letters = latin + cyrillic + georgian + armenian;
  if (letters === 0) return null;
  if (georgian * 2 > letters) return 'ka';
  if (armenian * 2 > letters) return 'hy';
  if (cyrillic * 2 > letters) return ukrainian > 0 ? 'uk' : serbian > 0 ? 'sr' : 'ru';
  if (schwa > 0) return 'az';
  if (turkic > 0) return 'tr';
  return 'en';
}
