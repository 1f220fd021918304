/**
 * A measured height in em, rounded up to a quarter so a reservation made from it is never short; the 0.01 keeps a
 * rounding error just above a quarter (12.0000001) from adding one. Used where a widget's room is reserved before it
 * upgrades: the configurator's snippet and the WordPress editor's blocks.
 */
export const roundUpToQuarterEm = (em: number): number => Math.ceil(em * 4 - 0.01) / 4;
