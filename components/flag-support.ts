let renders: boolean | null = null;

/**
 * Whether this system draws flag emoji as flags. Windows draws the two letters instead, and
 * systems without a colour emoji font draw empty boxes; both are monochrome, so one colour
 * pixel in a canvas drawing of a flag tells them apart (the canvas is never attached).
 */
export function flagEmojiRenders(): boolean {
  if (renders !== null) return renders;
  renders = false;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 20;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return renders;
    ctx.font = '16px "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji", "Twemoji Mozilla", sans-serif';
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#000';
    ctx.fillText('\u{1F1FA}\u{1F1F3}', 0, 0);
    const data = ctx.getImageData(0, 0, 20, 20).data;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[i + 1] || data[i + 1] !== data[i + 2]) return (renders = true);
    }
  } catch {
    // No canvas (tests, locked-down pages): the code badge is the safe choice.
  }
  return renders;
}
