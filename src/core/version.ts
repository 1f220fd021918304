/** The library version, stamped on every element class so a second copy on the page can be recognised. */
export const VERSION = '0.2.0';
