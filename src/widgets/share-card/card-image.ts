/** What the image shows, with the rendered elements whose computed styles (the theme) it copies. */
export interface CardImageContent {
  headline: string;
  text: string;
  source: string;
  /** The shared site's host name, written in the bottom corner. */
  site: string;
  dir: 'ltr' | 'rtl';
  /** The card's own image, drawn when it has loaded and the page may read it. */
  image: HTMLImageElement | null;
  /** Elements to read fonts and colours from: the card, the headline, the text and the source line. */
  styles: { base: Element; headline: Element; text: Element; source: Element };
}

type Ctx = CanvasRenderingContext2D;

const LINE_HEIGHT = 1.25;

/** Greedy line breaking at spaces; a word wider than the line (CJK text, long links) is broken between characters. */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => ctx.measureText(candidate).width <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) line = next;
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
  if (line) lines.push(line);
  return lines;
}

/**
 * Draws a block of text from `top` in the largest size between `max` and `min` that fits `height`, with the
 * element's font and colour; text that still does not fit ends with an ellipsis. Returns the height used.
 */
function block(ctx: Ctx, text: string, style: CSSStyleDeclaration, x: number, top: number, width: number, height: number, max: number, min: number): number {
  if (!text || height < min) return 0;
  let size = max;
  let lines: string[];
  for (;;) {
    ctx.font = `${style.fontStyle} ${style.fontWeight} ${Math.round(size)}px ${style.fontFamily}`;
    lines = wrap(ctx, text, width);
    if (lines.length * size * LINE_HEIGHT <= height || size <= min) break;
    size = Math.max(min, size * 0.9);
  }
  const room = Math.max(1, Math.floor(height / (size * LINE_HEIGHT)));
  if (lines.length > room) {
    lines = lines.slice(0, room);
    lines[room - 1] = `${lines[room - 1]!.replace(/\s*\S{0,3}$/, '')}…`;
  }
  ctx.fillStyle = style.color;
  lines.forEach((line, index) => ctx.fillText(line, x, top + index * size * LINE_HEIGHT));
  return lines.length * size * LINE_HEIGHT;
}

const opaque = (color: string) => !/^(transparent|rgba\(.*,\s*0\))$/.test(color);

/**
 * Renders the card as a PNG of `width`×`height` pixels: the headline figure, the text and the source in the card's
 * own fonts and colours, its image beside (wide) or above (square) the text, mirrored for right-to-left languages.
 * Rejects when the page forbids reading the image (a cross-origin image without CORS); the caller then retries
 * with `image: null`.
 */
export async function renderCardImage(width: number, height: number, content: CardImageContent): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.dir = content.dir;
  const ctx = canvas.getContext('2d')!;
  const rtl = content.dir === 'rtl';
  ctx.direction = content.dir;
  ctx.textBaseline = 'top';
  const css = (element: Element) => getComputedStyle(element);
  const [base, headline, text, source] = [content.styles.base, content.styles.headline, content.styles.text, content.styles.source].map(css) as [
    CSSStyleDeclaration,
    CSSStyleDeclaration,
    CSSStyleDeclaration,
    CSSStyleDeclaration,
  ];
  await Promise.all(
    [headline, text, source].map((style) => document.fonts?.load(`${style.fontWeight} 16px ${style.fontFamily}`).catch(() => undefined)),
  );

  const unit = Math.min(width, height * 1.5) / 36;
  const pad = Math.round(unit * 2.2);
  ctx.fillStyle = opaque(base.backgroundColor) ? base.backgroundColor : '#fff';
  ctx.fillRect(0, 0, width, height);

  // Content box in left-to-right coordinates; mirrored below for right-to-left.
  let start = pad;
  let end = width - pad;
  let top = pad;
  const image = content.image;
  if (image?.complete && image.naturalWidth) {
    const wide = width > height;
    const [bx, by, bw, bh] = wide ? [Math.round(width * 0.62), 0, width - Math.round(width * 0.62), height] : [0, 0, width, Math.round(height * 0.42)];
    const scale = Math.max(bw / image.naturalWidth, bh / image.naturalHeight);
    const [sw, sh] = [bw / scale, bh / scale];
    ctx.drawImage(image, (image.naturalWidth - sw) / 2, (image.naturalHeight - sh) / 2, sw, sh, rtl ? width - bx - bw : bx, by, bw, bh);
    if (wide) end = bx - pad;
    else top = bh + pad;
  }
  // An accent bar along the start edge, in the headline's colour.
  ctx.fillStyle = headline.color;
  ctx.fillRect(rtl ? width - pad / 4 : 0, 0, pad / 4, height);

  const x = rtl ? width - start : start;
  const inner = end - start;
  ctx.textAlign = 'start';
  // Footer from the bottom up: the site, then the source line above it.
  ctx.font = `${source.fontWeight} ${Math.round(unit)}px ${source.fontFamily}`;
  ctx.fillStyle = source.color;
  let bottom = height - pad - unit;
  if (content.site) {
    ctx.fillText(content.site, x, bottom);
    bottom -= unit * 0.5;
  }
  const sourceHeight = content.source ? Math.min(2, wrap(ctx, content.source, inner).length) * unit * LINE_HEIGHT : 0;
  block(ctx, content.source, source, x, bottom - sourceHeight, inner, sourceHeight, unit, unit);
  bottom -= sourceHeight + unit;

  const used = block(ctx, content.headline, headline, x, top, inner, (bottom - top) * 0.55, unit * 6, unit * 2);
  block(ctx, content.text, text, x, top + used + (used ? unit * 0.6 : 0), inner, bottom - top - used, unit * 2, unit);

  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The card image could not be encoded.'))), 'image/png');
    } catch (error) {
      reject(error);
    }
  });
}
