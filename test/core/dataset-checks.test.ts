import { expect } from '@open-wc/testing';
import { calendarDay } from '../../src/core/dataset-checks.js';

describe('calendarDay', () => {
  it('accepts real days only: an impossible one is not rolled over to the next month', () => {
    for (const day of ['2004-02-29', '2026-12-31', '2005-01-05']) expect(calendarDay(day)).to.equal(day);
    for (const day of ['2004-02-30', '2023-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '2026-01-05T00:00', 20260105, null]) {
      expect(calendarDay(day), String(day)).to.equal(undefined);
    }
  });
});
