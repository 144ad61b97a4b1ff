// Small inline icons (no icon font: the frame loads nothing it does not need).
const common = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.8, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false' } as const;

export const CloseIcon = () => (
  <svg {...common}>
    <path d="M4 4l8 8M12 4l-8 8" />
  </svg>
);
/** A chevron toward the page edge the sidebar folds into. */
export const CollapseIcon = (props: { side: 'left' | 'right' }) => (
  <svg {...common}>
    <path d={props.side === 'right' ? 'M6 3.5L10.5 8 6 12.5' : 'M10 3.5L5.5 8 10 12.5'} />
  </svg>
);
export const UpIcon = () => (
  <svg {...common}>
    <path d="M4 10l4-4 4 4" />
  </svg>
);
export const DownIcon = () => (
  <svg {...common}>
    <path d="M4 6l4 4 4-4" />
  </svg>
);
export const LogoMark = () => (
  <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
    <rect x="1" y="1" width="16" height="16" rx="4" fill="var(--bs-accent)" />
    <path d="M5.5 4.5h4.2a2.3 2.3 0 010 4.6H5.5zM5.5 9.1h4.8a2.2 2.2 0 010 4.4H5.5z" fill="none" stroke="var(--bs-bg)" stroke-width="1.6" />
  </svg>
);
