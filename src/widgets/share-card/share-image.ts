/** What the image shows, with the rendered elements whose computed styles (the theme) it copies. */
export interface CardImageContent {
  headline: string;
  text: string;
  source: string;
  /** The shared site's host name, written at the bottom. */
  site: string;
  rtl: boolean;
  /** The card's own image, drawn when it has loaded (the caller retries without it when the page may not read it). */
  image: HTMLImageElement | null;
  /** Elements to read fonts and colours from: the card, the headline, the text and the source line. */
  styles: readonly [base: Element, headline: Element, text: Element, source: Element];
}

type Ctx = CanvasRenderingContext2D;

const LINE_HEIGHT = 1.25;

/** Greedy line breaking at spaces; a word wider than the line (CJK text, long links) is broken between characters. */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => ctx.measureText(candidate).width <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (fits(line ? `${line} ${word}` : word)) line = line ? `${line} ${word}` : word;
    else {
      if (line) lines.push(line);
      line = '';
      for (const char of word) {
        if (line && !fits(line + char)) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
  }
  return line ? [...lines, line] : lines;
}

/**
 * Draws text from `top` in the largest size between `max` and `min` that fits `height`, in the element's font and
 * colour; what still does not fit ends with an ellipsis. Returns the height used.
 */
function block(ctx: Ctx, text: string, style: CSSStyleDeclaration, x: number, top: number, width: number, height: number, max: number, min: number): number {
  let size = max;
  let lines: string[] = [];
  while (text) {
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${Math.round(size)}px ${style.fontFamily}`;
    lines = wrap(ctx, text, width);
    if (lines.length * size * LINE_HEIGHT <= height || size <= min) break;
    size = Math.max(min, size * 0.9);
  }
  const room = Math.floor(height / (size * LINE_HEIGHT));
  if (lines.length > room) lines = [...lines.slice(0, room - 1), `${lines[room - 1] ?? ''}…`].slice(0, room);
  ctx.fillStyle = style.color;
  lines.forEach((line, index) => ctx.fillText(line, x, top + index * size * LINE_HEIGHT));
  return lines.length * size * LINE_HEIGHT;
}

/**
 * Renders the card as a PNG of `width`×`height` pixels: the headline, the text and the source in the card's own
 * fonts and colours, an accent bar in the headline colour, and its image beside (wide) or above (square) the text;
 * mirrored for right-to-left languages. Rejects when the canvas may not be read (a cross-origin image).
 */
export async function renderCardImage(width: number, height: number, content: CardImageContent): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const { rtl, image } = content;
  canvas.dir = rtl ? 'rtl' : 'ltr';
  const ctx = canvas.getContext('2d')!;
  ctx.direction = canvas.dir as CanvasDirection;
  ctx.textBaseline = 'top';
  const [base, headline, text, source] = content.styles.map((element) => getComputedStyle(element));

  const unit = Math.min(width, height * 1.5) / 36;
  const pad = unit * 2.2;
  ctx.fillStyle = /^(transparent|rgba\(.*, 0\))$/.test(base.backgroundColor) ? '#fff' : base.backgroundColor;
  ctx.fillRect(0, 0, width, height);

  // The content box, measured from the start edge; the image takes the end side (wide) or the top (square).
  let inner = width - 2 * pad;
  let top = pad;
  if (image?.complete && image.naturalWidth) {
    const wide = width > height;
    const [bx, bw, bh] = wide ? [width * 0.62, width * 0.38, height] : [0, width, height * 0.42];
    const scale = Math.max(bw / image.naturalWidth, bh / image.naturalHeight);
    const [sw, sh] = [bw / scale, bh / scale];
    ctx.drawImage(image, (image.naturalWidth - sw) / 2, (image.naturalHeight - sh) / 2, sw, sh, rtl ? width - bx - bw : bx, 0, bw, bh);
    if (wide) inner = bx - 2 * pad;
    else top += bh;
  }
  ctx.fillStyle = headline.color;
  ctx.fillRect(rtl ? width - pad / 4 : 0, 0, pad / 4, height);

  // With direction set, "start" alignment runs from the right edge in right-to-left languages.
  const x = rtl ? width - pad : pad;
  // From the bottom up: the site, the source line above it, then the headline and text from the top.
  let bottom = height - pad - unit;
  block(ctx, content.site, source, x, bottom, inner, unit * 2, unit, unit);
  ctx.font = `${source.fontWeight} ${unit}px ${source.fontFamily}`;
  const sourceHeight = Math.min(2, wrap(ctx, content.source, inner).length) * unit * LINE_HEIGHT;
  bottom -= sourceHeight + unit * 0.5;
  block(ctx, content.source, source, x, bottom, inner, sourceHeight, unit, unit);
  bottom -= unit;

  const used = block(ctx, content.headline, headline, x, top, inner, (bottom - top) * 0.55, unit * 6, unit * 2);
  block(ctx, content.text, text, x, top + used + (used && unit * 0.6), inner, bottom - top - used, unit * 2, unit);

  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** What the card gives: its texts, and itself (its parts carry the theme, its `image` slot the picture). */
export interface CardImageSource {
  headline: string;
  text: string;
  source: string;
  site: string;
  card: HTMLElement;
  /** What is slotted into `image`: an `<img>` or an element holding one. */
  slotted: Element | undefined;
}

/** The card as a PNG; a picture the page may not read (cross-origin) is left out rather than failing. */
export async function cardImage(width: number, height: number, { card, slotted, ...texts }: CardImageSource): Promise<Blob> {
  const part = (name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`)!;
  const content: CardImageContent = {
    ...texts,
    rtl: getComputedStyle(card).direction === 'rtl',
    image: slotted instanceof HTMLImageElement ? slotted : (slotted?.querySelector('img') ?? null),
    styles: [part('base'), part('headline'), part('text'), part('source')],
  };
  try {
    return await renderCardImage(width, height, content);
  } catch {
    return renderCardImage(width, height, { ...content, image: null });
  }
}
