// The space a block's widget takes on the page, measured here in the editor so that nothing on the page moves when
// the widget appears: render.php prints the two heights and reserve.css turns them into a minimum height.
// Heights are in the widget's own em (its font size is `--cw-font-size`, not the theme's), measured at a phone's
// column and at the page's column on a wide screen: the editor's own with a block theme, whose layout the editor
// shows, or a classic theme's `$content_width`. The preview in the editor is the real element, so the heights
// follow what it shows: its language, its data, the options chosen.
import { PHONE_COLUMN_PX, roundUpToQuarterEm } from '../../src/core/reserved-height.js';

const { useEffect, useRef } = wp.element;

/** How long the sizes must stay still before they are stored (a widget grows as its data arrives). */
const SETTLE_MS = 300;

export interface ReservedSpace {
  reserveNarrow?: number;
  reserveWide?: number;
}

/** An element's height in its own em, rounded up to a quarter so the reservation is never short; undefined when unseen. */
function heightInEm(element: Element): number | undefined {
  const view = element.ownerDocument.defaultView;
  const height = element.getBoundingClientRect().height;
  const fontSize = view ? parseFloat(view.getComputedStyle(element).fontSize) : NaN;
  if (!(height > 0) || !(fontSize > 0)) return undefined;
  return roundUpToQuarterEm(height / fontSize);
}

/**
 * A copy of the preview in a hidden column of the same document, `width` px wide, to measure its height there. The
 * copy sits in the column's closed shadow root, out of reach of anything that looks for the blocks' elements.
 */
function probeAt(preview: Element, attributes: Record<string, string>, width: number): { probe: Element; remove(): void } {
  const document = preview.ownerDocument;
  const column = document.createElement('div');
  column.setAttribute('aria-hidden', 'true');
  column.inert = true;
  column.style.cssText = `position: absolute; inset-inline-start: -10000px; inset-block-start: 0; inline-size: ${width}px; visibility: hidden;`;
  const probe = document.createElement(preview.localName);
  for (const [name, value] of Object.entries(attributes)) probe.setAttribute(name, value);
  column.attachShadow({ mode: 'closed' }).append(probe);
  document.body.append(column);
  return { probe, remove: () => column.remove() };
}

/**
 * The editor shows the page as a wide screen would, not in its Tablet or Mobile preview: only then is the preview's
 * height the one to reserve on wide screens.
 */
function showsWideScreen(): boolean {
  const deviceType = wp.data.select('core/editor')?.getDeviceType?.();
  return deviceType === undefined || deviceType === 'Desktop';
}

/**
 * Keeps the block's reserved heights equal to what its preview measures, at phone width and at the page's column on
 * a wide screen: the preview's own width, or `pageColumnPx` when the editor does not show the page's column (a
 * classic theme; 0 otherwise). Returns the ref for the preview element. Stores only a change, so a block reopened
 * unchanged does not mark the post as edited.
 */
export function useReservedSpace(
  previewAttributes: Record<string, string> | null,
  pageColumnPx: number,
  stored: ReservedSpace,
  store: (space: ReservedSpace) => void,
): { current: HTMLElement | null } {
  const preview = useRef<HTMLElement | null>(null);
  const latest = useRef({ stored, store });
  latest.current = { stored, store };
  const key = previewAttributes ? JSON.stringify(previewAttributes) : '';

  useEffect(() => {
    const element = preview.current;
    const save = (space: ReservedSpace) => {
      const { stored: now, store: write } = latest.current;
      if (space.reserveNarrow !== now.reserveNarrow || space.reserveWide !== now.reserveWide) write(space);
    };
    if (!element || !previewAttributes) {
      save({ reserveNarrow: undefined, reserveWide: undefined }); // nothing to show, so no space to keep
      return undefined;
    }
    const phone = probeAt(element, previewAttributes, PHONE_COLUMN_PX);
    const column = pageColumnPx > 0 ? probeAt(element, previewAttributes, pageColumnPx) : undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const measure = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const reserveNarrow = heightInEm(phone.probe);
        let reserveWide = latest.current.stored.reserveWide;
        if (column) reserveWide = heightInEm(column.probe);
        else if (showsWideScreen()) reserveWide = heightInEm(element);
        if (reserveNarrow && reserveWide) save({ reserveNarrow, reserveWide });
      }, SETTLE_MS);
    };
    // The observer of the element's own window: the editor canvas is an iframe.
    const View = (element.ownerDocument.defaultView ?? window) as typeof window;
    const observer = new View.ResizeObserver(measure);
    for (const measured of [element, phone.probe, column?.probe]) if (measured) observer.observe(measured);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      phone.remove();
      column?.remove();
    };
  }, [key, pageColumnPx]);

  return preview;
}
