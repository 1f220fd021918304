/**
 * A measured height in em, rounded up to a quarter so a reservation made from it is never short; the 0.01 keeps a
 * rounding error just above a quarter (12.0000001) from adding one. Used where a widget's room is reserved before it
 * upgrades: the configurator's snippet and the WordPress editor's blocks.
 */
export const roundUpToQuarterEm = (em: number): number => Math.ceil(em * 4 - 0.01) / 4;

/**
 * The phone column a widget's room is measured at: a 360 px screen, the narrowest common one, less a theme's margins
 * (a block theme such as Twenty Twenty-Four leaves 30 px a side, and a widget measured at 320 px outgrew its room
 * there). Wider phones get a little spare room, never a shift.
 */
export const PHONE_COLUMN_PX = 300;

/**
 * The column a widget's room is measured at for wide screens when the page's own column is unknown (the
 * configurator): about a blog post's text column (Twenty Twenty-Four's is 620 px). A wider column gets spare room; a
 * narrower one on a wide screen (a sidebar) would outgrow it, so the docs tell a developer to measure their own page.
 */
export const WIDE_COLUMN_PX = 600;

/**
 * From this screen width on, a widget keeps the room measured for wide screens: WordPress's own breakpoint between a
 * phone's editor and the wide one (wordpress/reserve.css uses the same).
 */
export const WIDE_SCREEN_PX = 782;
