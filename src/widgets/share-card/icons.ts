import { html, type TemplateResult } from 'lit';

/**
 * Simplified line icons (24×24, drawn with `stroke: currentColor` in the styles), one path each: inline SVG, so no
 * icon font and no request. They are decorative; every action carries its own localized name.
 */
const PATHS = {
  native: 'M12 15V3M7 8l5-5 5 5M5 12v8h14v-8',
  x: 'M4 4h4.5L20 20h-4.5zM19.5 4l-6.3 7M4.5 20l6.3-7',
  facebook: 'M16 3h-2.5A3.5 3.5 0 0 0 10 6.5V21M6.5 10.5H15',
  whatsapp: 'M3.5 20.5l1.3-4.2a8.5 8.5 0 1 1 3.3 3zM9 8.5c0 3.5 3 6.5 6.5 6.5',
  linkedin: 'M4 4h16v16H4zM8 11v5M8 8v.01M12 16v-5M12 13.5a2.5 2.5 0 0 1 5 0V16',
  telegram: 'M21 4L3 11l6 2.5L21 4l-3 16-7-5M9 13.5V19l3-3',
  bluesky:
    'M12 11C10 7 6.5 4.5 4 4.5c-1 0-1 5 0 6.5s3 2 5 1.5c-3 1-4 3.5-1.5 5S12 15 12 13c0 2 2 6 4.5 4.5s1.5-4-1.5-5c2 .5 4 0 5-1.5s1-6.5 0-6.5c-2.5 0-6 2.5-8 6.5z',
  mastodon: 'M8 15v-4a2 2 0 0 1 4 0v2m0 0v-2a2 2 0 0 1 4 0v4M20 13V9a5 5 0 0 0-5-5H9a5 5 0 0 0-5 5v5a5 5 0 0 0 5 5h7',
  email: 'M3 5h18v14H3zM3 5l9 8 9-8',
  copy: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
  download: 'M12 4v11M7 10l5 5 5-5M5 20h14',
} as const;

export type IconName = keyof typeof PATHS;

/** A decorative icon. */
export const icon = (name: IconName): TemplateResult =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${PATHS[name]}></path></svg>`;

/** An icon with its action's name: shown beside it, or for screen readers only (the name is then also the tooltip). */
export const iconWithName = (name: IconName, text: string, shown: boolean): TemplateResult =>
  html`${icon(name)}<span class=${shown ? '' : 'visually-hidden'}>${text}</span>`;
