/*
 * Copying the snippet to the clipboard: with the Clipboard API, else (a browser or a page that does not allow it) by
 * selecting it in its box and copying as the keyboard would; when neither works, it stays selected for the editor.
 */

/** Copies `text`, which `box` shows; false when the browser let neither way copy (the text is then selected in `box`). */
export async function copyText(text: string, box: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    box.focus();
    box.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    return copied;
  }
}
