// Writes xliff/en-XA.xlf, the pseudo-locale designers use in Storybook to test layout robustness: every message
// accented (so untranslated English stands out) and about 40% longer (German, Swahili and French run long),
// with placeholders kept intact. Generated from the sources of the first real locale's XLIFF; never edit by hand.
import { readFileSync, writeFileSync } from 'node:fs';

export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** Accents the text between placeholders and XML entities, and pads it to about 140% of its length. */
export function pseudoLocalize(xml) {
  let letters = 0;
  const accented = xml
    .split(/(<x [^>]*\/>|&[a-z#0-9]+;)/)
    .map((piece, index) => {
      if (index % 2 === 1) return piece;
      letters += piece.length;
      return piece.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch]);
    })
    .join('');
  const padding = '·'.repeat(Math.max(1, Math.round(letters * 0.4)));
  return `⟦${accented} ${padding}⟧`;
}

export function writePseudoLocale(xliffDir = new URL('../xliff/', import.meta.url), sourceLocale = 'fr') {
  const template = readFileSync(new URL(`${sourceLocale}.xlf`, xliffDir), 'utf8');
  const pseudo = template
    .replace(/target-language="[^"]+"/, `target-language="${PSEUDO_LOCALE}"`)
    .replace(/\n  <target>[\s\S]*?<\/target>/g, '')
    .replace(/<source>([\s\S]*?)<\/source>/g, (whole, source) => `${whole}\n  <target>${pseudoLocalize(source)}</target>`);
  writeFileSync(new URL(`${PSEUDO_LOCALE}.xlf`, xliffDir), pseudo);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
  const real = config.targetLocales.find((code) => code !== PSEUDO_LOCALE);
  writePseudoLocale(new URL(`../${config.interchange.xliffDir.replace(/^\.\//, '')}`, import.meta.url), real);
  console.log(`pseudo-locale: xliff/${PSEUDO_LOCALE}.xlf written from xliff/${real}.xlf`);
}
