/** A frame narrower or shorter than this is not scanned (ads, trackers, 1×1 probes). */
export const MIN_FRAME_PX = 50;

/**
 * Resolves once this frame is worth scanning: the top frame at once; a frame once it is at
 * least MIN_FRAME_PX in both directions and its document intersects the viewport
 * (IntersectionObserver without a root observes against the top-level viewport, across
 * origins). Until then the frame fetches no knowledge and builds no recogniser: a page of
 * 100 tiny or hidden iframes costs 100 idle content scripts, not 100 copies of the knowledge.
 */
export function whenFrameWorthScanning(onCancel: (cancel: () => void) => void): Promise<void> {
  if (window === window.top) return Promise.resolve();
  return new Promise((resolve) => {
    let visible = false;
    const check = (): void => {
      if (!visible || innerWidth < MIN_FRAME_PX || innerHeight < MIN_FRAME_PX) return;
      stop();
      resolve();
    };
    const observer = new IntersectionObserver((entries) => {
      visible = entries.some((e) => e.isIntersecting);
      check();
    });
    const stop = (): void => {
      observer.disconnect();
      removeEventListener('resize', check);
    };
    observer.observe(document.documentElement);
    addEventListener('resize', check, { passive: true });
    onCancel(stop);
  });
}
