import { html } from 'lit';

/**
 * The page's own fallback: the host's children with `slot="cw-fallback"`, plain HTML shown before the script runs (the
 * WordPress blocks write one, such as the emergency number). A widget that is waiting for its data renders this slot
 * meanwhile, so the fallback stays until the widget has something to show instead of vanishing when it upgrades;
 * otherwise no widget renders it, and the fallback is hidden.
 */
export const fallbackSlot = () => html`<slot name="cw-fallback"></slot>`;
