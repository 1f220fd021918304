/**
 * The global theme tokens: the custom properties every widget falls back to (src/core/theme.styles.ts and each
 * widget's styles; docs/embedding.md, "Theming"). One list for the Theming page's table, its controls and the
 * preset stories; a test in test/stories/ keeps it equal to the tokens the widgets document in custom-elements.json.
 */

export interface GlobalToken {
  name: `--cw-${string}`;
  /** What it sets, in a designer's words. */
  sets: string;
  /** The built-in default (some widgets use their own, said here). */
  fallback: string;
  /** The control: a colour picker or text. */
  control: 'color' | 'text';
}

export const GLOBAL_TOKENS: readonly GlobalToken[] = [
  { name: '--cw-color-accent', sets: 'Figures, links, buttons, progress bars', fallback: '#b3261e (figures), #0b57d0 (links, buttons)', control: 'color' },
  { name: '--cw-color-on-accent', sets: 'Text on accent-coloured buttons', fallback: '#fff', control: 'color' },
  { name: '--cw-color-text', sets: 'Body text', fallback: '#1f2328', control: 'color' },
  { name: '--cw-color-muted', sets: 'Notes, sources and dates', fallback: '#57606a', control: 'color' },
  { name: '--cw-color-surface', sets: 'Card backgrounds', fallback: '#fff', control: 'color' },
  { name: '--cw-color-border', sets: 'Card and field borders', fallback: "#8c959f (the petition's fields: #6e7781)", control: 'color' },
  { name: '--cw-color-link', sets: 'Links', fallback: 'the accent', control: 'color' },
  { name: '--cw-color-focus', sets: 'Focus outlines', fallback: 'the accent', control: 'color' },
  { name: '--cw-color-error', sets: 'Error text and invalid fields', fallback: '#b3261e', control: 'color' },
  { name: '--cw-font-family', sets: "Every widget's font (and the share card's saved image)", fallback: 'the system UI font', control: 'text' },
  { name: '--cw-font-size', sets: 'Base size: everything scales from it', fallback: "medium (the visitor's own default size)", control: 'text' },
  { name: '--cw-radius', sets: 'Corner radius', fallback: '0.5em (fields and buttons 0.25em, share card 0.75em)', control: 'text' },
  { name: '--cw-space-m', sets: "The share card's padding", fallback: '1.25em', control: 'text' },
];

/**
 * A dark theme from the global tokens alone: light text, muted and accent on a dark surface, and an on-accent colour
 * readable on the accent (docs/embedding.md; `npm test` checks these colours with axe in every widget). The page's
 * own background is the partner's, not a token.
 */
export const DARK: Record<string, string> = {
  '--cw-color-surface': '#161b22',
  '--cw-color-text': '#f0f3f6',
  '--cw-color-muted': '#b1bac4',
  '--cw-color-border': '#8c959f',
  '--cw-color-accent': '#7ab7ff',
  '--cw-color-on-accent': '#0b1a2e',
  '--cw-color-error': '#ff8a80',
};

/** A partner's brand: a deep green, a serif font, square corners, on a pale green page. */
export const BRAND: Record<string, string> = {
  '--cw-color-accent': '#0a5c36',
  '--cw-color-on-accent': '#ffffff',
  '--cw-color-text': '#1b2a22',
  '--cw-color-muted': '#44564b',
  '--cw-color-surface': '#ffffff',
  '--cw-color-border': '#5f7d6b',
  '--cw-font-family': 'Georgia, "DejaVu Serif", serif',
  '--cw-radius': '0',
};

/** The `--*` args as the CSS rule a partner pastes: the tokens on a class around the widgets. */
export function themeRule(args: Record<string, unknown>, selector = '.campaign'): string {
  const lines = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => `  ${name}: ${(value as string).trim()};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}
