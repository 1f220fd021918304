// Runs in the block editor's canvas (and the editor page) before the widgets' classic script. The widgets there are
// previews: pressing Shift three times, which leaves the page for a neutral site wherever a <quick-exit> is, must
// not take an author out of the editor. So a bare Shift press (no other key, no other modifier) does not reach the
// page's listeners while a quick exit is in this document. Shift still works with every other key and the mouse.
window.addEventListener(
  'keydown',
  (event) => {
    if (event.key === 'Shift' && !event.ctrlKey && !event.altKey && !event.metaKey && document.querySelector('quick-exit')) {
      event.stopPropagation();
    }
  },
  true,
);

// The previews speak the page's language, not the author's: what the author sees, and the room each block keeps
// (wordpress/src/reserve.ts), is then what visitors get. The widgets read `data-cw-locale` on <html> first.
document.documentElement.setAttribute('data-cw-locale', campaignWidgetsCanvas.locale);
