import { expect } from '@open-wc/testing';
import { calendarDay, datasetText, DatasetProblems } from '../../src/core/dataset-checks.js';

describe('calendarDay', () => {
  it('accepts real days only: an impossible one is not rolled over to the next month', () => {
    for (const day of ['2004-02-29', '2026-12-31', '2005-01-05']) expect(calendarDay(day)).to.equal(day);
    for (const day of ['2004-02-30', '2023-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-5', '2026-01-05T00:00', 20260105, null]) {
      expect(calendarDay(day), String(day)).to.equal(undefined);
    }
  });
});

describe('datasetText', () => {
  it('removes direction controls, keeps the marks right-to-left names use, and cuts without breaking a character', () => {
    expect(datasetText('  \u202eUnseen\u202c\u2067 (UK)\u2069 ', 200)).to.equal('Unseen (UK)');
    expect(datasetText('خط\u200f المساعدة\u200e', 200)).to.equal('خط\u200f المساعدة\u200e');
    expect(datasetText('ab😀', 3)).to.equal('ab');
    expect(datasetText('abc def', 4)).to.equal('abc');
    for (const empty of ['', '   ', '\u202e\u202c', 42, null]) expect(datasetText(empty, 10), String(empty)).to.equal(undefined);
  });
});

describe('DatasetProblems', () => {
  it('lists the first ten problems and counts the rest', () => {
    const problems = new DatasetProblems();
    for (let index = 0; index < 2500; index++) problems.add(`entries[${index}] is bad; ignored.`);
    const message = problems.message('src="https://partner.example/help.json"')!;
    expect(message).to.match(/^src="https:\/\/partner\.example\/help\.json": 2500 problems \(the first 10 below, 2490 more not listed\):\n/);
    expect(message).to.include('- entries[9] is bad; ignored.').and.not.to.include('entries[10]');
    expect(new DatasetProblems().message('the bundled data')).to.equal(undefined);
  });
});
