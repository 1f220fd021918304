/*
 * The configurator's side of its preview frames (preview.ts is the page inside them): the page's address, its API
 * once it has loaded, whether a frame still shows it, and the visible frame kept as tall as its content.
 */
import { t } from './i18n.js';
import type { PreviewApi } from './preview.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The preview page (`preview`, loading the one-script build from `dist`); for a measuring frame, with the column
 * (in px) the widget's room is measured at.
 */
export function previewUrl(dist: string, preview: string, column?: number): string {
  const script = new URL('campaign-widgets.js', new URL(dist, location.href)).href;
  return `${preview}?script=${encodeURIComponent(script)}${column ? `&column=${column}` : ''}`;
}

/** The preview page's API, once it has loaded (reloading it when a quick exit in it left for another site). */
export async function previewApi(frame: HTMLIFrameElement): Promise<PreviewApi> {
  for (let tries = 0; tries < 200; tries++) {
    try {
      const api = frame.contentWindow?.cwPreview;
      if (api) return api;
    } catch {
      // Another origin now (a quick exit left): reloaded by the configurator when the frame loads.
    }
    await sleep(50);
  }
  throw new Error(t('The preview page did not load.'));
}

/** Whether the frame still shows the preview page, not a page something in the preview left for. */
export function showsPreview(frame: HTMLIFrameElement, preview: string): boolean {
  let ours = false;
  try {
    ours = frame.contentWindow?.location.pathname === new URL(preview, location.href).pathname;
  } catch {
    ours = false;
  }
  return ours;
}

/**
 * The frame as tall as the preview's content, also as the editor uses the widget (a petition's error message, a
 * country picked): the body's box, not the document's scroll height, which never falls below the frame's own.
 * (CSSOM, which a strict style-src allows; within the stylesheet's limits.)
 */
export function fitToContent(frame: HTMLIFrameElement): void {
  const preview = frame.contentWindow as (Window & typeof globalThis) | null;
  const body = frame.contentDocument?.body;
  if (preview && body) {
    const fit = () => (frame.style.blockSize = `${Math.max(160, Math.ceil(body.getBoundingClientRect().height) + 4)}px`);
    new preview.ResizeObserver(fit).observe(body);
  }
}
