/**
 * What a phone link dials: the data's `tel` (international, or a short code), else the number exactly as written when it
 * is only digits and spaces (a national number such as `08000 121 700`, dialled as shown from inside the country: the
 * card is for a visitor there, who then need not type it; from abroad the link does what typing the shown digits does);
 * otherwise nothing, and the number is shown as text. Also read by the WordPress build, so the plugin's no-JavaScript
 * fallback links the same numbers.
 */
export function dialledNumber(shown: string, tel: string | undefined): string | undefined {
  return tel ?? (/^[0-9][0-9 ]*$/.test(shown) ? shown.replace(/ /g, '') : undefined);
}
