/*
 * The double opt-in pages. The link in the email opens a page whose button (a POST form) confirms: mail scanners
 * and link previews only GET, so they confirm nothing. No script at all, and no inline style: the pages work under
 * the strict Content-Security-Policy they are served with. They speak the signer's language (language.ts).
 */
import { directionOf } from './language.js';
import { MESSAGES, type Language } from './messages.js';

export const PAGE_CSP = "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export const PAGE_CSS = `body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1b1b1b;background:#fff}
main{max-width:34rem;margin:0 auto}h1{font-size:1.5rem;margin:0 0 1rem}
button{font:inherit;padding:.6em 1.2em;border:0;border-radius:.3em;background:#0b57d0;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}button:focus-visible{outline-color:#eee}}
`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}" dir="${directionOf(language)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<link rel="stylesheet" href="receiver.css">
<main>
<h1>${escape(title)}</h1>
${body}
</main>
</html>
`;
}

/** The page the emailed link opens: its button confirms (a POST, which mail scanners do not send). */
export function confirmPage(token: string, language: Language): string {
  const m = MESSAGES[language];
  return page(
    language,
    m.confirmTitle,
    `<p>${escape(m.confirmText)}</p>
<form method="post" action="confirm">
<input type="hidden" name="t" value="${escape(token)}">
<button type="submit">${escape(m.confirmButton)}</button>
</form>`,
  );
}

export const confirmedPage = (language: Language) => page(language, MESSAGES[language].confirmedTitle, `<p>${escape(MESSAGES[language].confirmedText)}</p>`);

export const invalidLinkPage = (language: Language) => page(language, MESSAGES[language].invalidTitle, `<p>${escape(MESSAGES[language].invalidText)}</p>`);
