import type { ComponentChildren } from 'preact';
import { isRtlLanguage } from '../i18n';

/** A labelled landmark: <section aria-labelledby> with the data-section hook tests and the nav use. */
export function Section(props: { name: string; title: string; children: ComponentChildren; actions?: ComponentChildren; busy?: boolean }) {
  const headingId = `${props.name}-heading`;
  return (
    <section class="bs-section" id={props.name} data-section={props.name} aria-labelledby={headingId} aria-busy={props.busy ? 'true' : undefined} tabIndex={-1}>
      <div class="bs-section-head">
        <h2 id={headingId} class="bs-section-title">
          {props.title}
        </h2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

/** lang/dir for text that comes from a page or a dossier file, in its own language. */
export function contentAttrs(language: string | null | undefined): { lang?: string; dir?: 'rtl' | 'ltr' | 'auto' } {
  if (!language) return { dir: 'auto' };
  return { lang: language, dir: isRtlLanguage(language) ? 'rtl' : 'ltr' };
}

/** Moves to an element in this document without touching location.hash (the host uses the hash). */
export function jumpTo(anchor: string): void {
  const target = document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
  target.classList.remove('bs-flash');
  void target.offsetWidth; // restart the animation
  target.classList.add('bs-flash');
}
