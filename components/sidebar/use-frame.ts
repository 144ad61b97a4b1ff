import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { isRtlLanguage, t } from '../i18n';

/** The frame's document in the UI language (lang, direction, title), and Esc for `onEscape`. */
export function useFrameDocument(ui: 'en' | 'ar', onEscape: () => void): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.lang = ui;
    root.dir = isRtlLanguage(ui) ? 'rtl' : 'ltr';
    document.title = t('sidebarTitle');
  }, [ui]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onEscape();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

/**
 * True once what `active` shows has been painted: the summary paints first, the other sections after
 * that paint. A bare timeout can run before the frame's next paint, and then the summary waits for all
 * the sections.
 */
export function useAfterFirstPaint(active: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!active || painted) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    // A hidden frame gets no animation frames: don't leave the sections unrendered there.
    const fallback = window.setTimeout(() => setPainted(true), 200);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearTimeout(fallback);
    };
  }, [active, painted]);
  return painted;
}
