/**
 * A phone link dials exactly the number shown beside it (src/core/shown-number.ts), and every number of the bundled
 * datasets, as served beside the script, still passes: each of its `tel` values is kept by the widgets' checks.
 */
import { expect } from '@open-wc/testing';
import { hiddenCharacter, telDialsShown } from '../../src/core/shown-number.js';
import { numberingPlan } from '../../src/data/calling-codes.js';
import { DatasetProblems } from '../../src/core/dataset-checks.js';
import { parseHelpLines } from '../../src/widgets/help-line/helpline-data.js';
import { BUNDLED_HELPLINES } from '../../src/widgets/help-line/bundled-dataset.js';
import { parseMissions } from '../../src/widgets/mission-contact/mission-data.js';
import { BUNDLED_MISSIONS } from '../../src/widgets/mission-contact/bundled-dataset.js';
import type { HelpLineDataset } from '../../src/data/helpline-types.js';
import type { MissionEntry } from '../../src/data/mission-types.js';

/** telDialsShown for a number of `country`, with that country's calling code, trunk prefixes and (North America) area code. */
const dials = (tel: string, shown: string, country: string) => telDialsShown(tel, shown, numberingPlan(country));

describe('telDialsShown', () => {
  it('takes a short number only with exactly its digits', () => {
    for (const [tel, shown] of [
      ['999', '999'],
      ['116006', '116 006'],
      ['*4242', '*4242'],
      ['10111', '10 111'],
    ])
      expect(dials(tel, shown, 'GB'), `${shown} → ${tel}`).to.equal(true);
    for (const [tel, shown] of [
      ['99', '999'],
      ['999', '99'],
      ['9999', '999'],
      ['112', '999'],
      ['*4242', '4242'],
      ['4242', '*4242'],
      ['116', '+116'],
    ])
      expect(dials(tel, shown, 'GB'), `${shown} → ${tel}`).to.equal(false);
  });

  it('takes an international number shown with its country code, or in its country’s national form', () => {
    for (const [tel, shown, country] of [
      ['+442079460000', '+44 20 7946 0000', 'GB'],
      ['+442079460000', '+44 (0)20 7946 0000', 'GB'],
      ['+442079460000', '020 7946 0000', 'GB'],
      ['+995322100229', '(+995 32) 2 100 229', 'GE'],
      ['+61393451800', '03 9345 1800', 'AU'],
      ['+81335952487', '03 (3595) 2487', 'JP'],
      ['+48226280120', '(22) 628 01 20', 'PL'],
      ['+38922777070', '02/2777-070', 'MK'],
      ['+18883737888', '1-888-373-7888', 'US'],
      ['+12124214741', '(212) 421-4741', 'US'],
      ['+12464322873', '432-2873', 'BB'],
    ])
      expect(dials(tel, shown, country), `${shown} (${country}) → ${tel}`).to.equal(true);
  });

  it('takes a national number written with its country’s own trunk prefix, and none where the country has none', () => {
    for (const [tel, shown, country] of [
      // Trunk prefix 8 (Russia, Kazakhstan, Belarus), 06 (Hungary).
      ['+78003330000', '8 800 333-00-00', 'RU'],
      ['+78003330000', '8 (800) 333-00-00', 'KZ'],
      ['+3758011008801', '8-801-100-8-801', 'BY'],
      ['+375171234567', '8 017 123-45-67', 'BY'],
      ['+3612345678', '06 1 234 5678', 'HU'],
      ['+3612345678', '(06 1) 234 5678', 'HU'],
      // No trunk prefix: the national number as it is (Spain; Italy, whose leading 0 is part of the number).
      ['+34911234567', '91 123 45 67', 'ES'],
      ['+390612345678', '06 1234 5678', 'IT'],
      ['+390612345678', '+39 (0)6 1234 5678', 'IT'],
      // Trunk prefix 0 (the United Kingdom), 1 (North America), as before.
      ['+448000121700', '0800 0121 700', 'GB'],
      ['+442079460000', '020 7946 0000', 'GB'],
      ['+18883737888', '1-888-373-7888', 'US'],
      ['+18883737888', '888-373-7888', 'US'],
    ])
      expect(dials(tel, shown, country), `${shown} (${country}) → ${tel}`).to.equal(true);
    for (const [tel, shown, country] of [
      // A 0 in front of a number of a country without a trunk prefix does not dial it at home; nor does a (0) after
      // its country code, where only a country whose trunk prefix is 0 leaves it out.
      ['+34911234567', '+34 (0)91 123 45 67', 'ES'],
      ['+39612345678', '+39 (0)6 1234 5678', 'IT'],
      ['+78003330000', '+7 (0)800 333-00-00', 'RU'],
      ['+34911234567', '0 91 123 45 67', 'ES'],
      ['+4722331160', '0 22 33 11 60', 'NO'],
      ['+390612345678', '0 06 1234 5678', 'IT'],
      ['+39612345678', '06 1234 5678', 'IT'],
      // The trunk prefix of another country, or a 0 where the country writes 8 or 06.
      ['+78003330000', '0 800 333-00-00', 'RU'],
      ['+3612345678', '0 1 234 5678', 'HU'],
      ['+448000121700', '8 800 0121 700', 'GB'],
      ['+18883737888', '0 888-373-7888', 'US'],
    ])
      expect(dials(tel, shown, country), `${shown} (${country}) → ${tel}`).to.equal(false);
  });

  it('refuses a number that dials anything but what is shown', () => {
    for (const [tel, shown, country] of [
      // The last digits agree, the number does not: a mobile instead of the helpline.
      ['+447700121700', '08000 121 700', 'GB'],
      // The national number of another country.
      ['+332079460000', '020 7946 0000', 'GB'],
      ['+12124214741', '(212) 421-4741', 'GB'],
      // The mission's number shown, a premium-rate one dialled.
      ['+19005550199', '+1 212-421-4741', 'US'],
      // A digit more, a digit less, a letter, another script's digits.
      ['+4420794600000', '+44 20 7946 0000', 'GB'],
      ['+44207946000', '+44 20 7946 0000', 'GB'],
      ['+442079460000', '+44 20 7946 0000 x', 'GB'],
      ['+442079460000', '+44 20 7946 ٠٠٠٠', 'GB'],
      // Seven digits only where the country has one area code.
      ['+12124322873', '432-2873', 'US'],
      ['+12464322873', '432-2873', 'GB'],
      // A right-to-left override: reads 08000 121 700.
      ['+447700121000', '\u202e007 121 00080', 'GB'],
      ['+448000121700', '0800\u200b0121700', 'GB'],
    ])
      expect(dials(tel, shown, country), `${JSON.stringify(shown)} (${country}) → ${tel}`).to.equal(false);
  });
});

describe('hiddenCharacter', () => {
  it('names a character that is invisible or changes how a number reads', () => {
    expect(hiddenCharacter('08000 121 700')).to.equal(undefined);
    expect(hiddenCharacter('08000\u00a0121\u00a0700')).to.equal(undefined);
    for (const [text, code] of [
      ['\u202e007 121 00080', 'U+202E'],
      ['\u2066999\u2069', 'U+2066'],
      ['08000\u200b121', 'U+200B'],
      ['\ufeff999', 'U+FEFF'],
      ['\u200f999', 'U+200F'],
      ['99\u03389', 'U+0338'],
      ['999\u2028', 'U+2028'],
      ['9\u00ad99', 'U+00AD'],
    ])
      expect(hiddenCharacter(text), JSON.stringify(text)).to.equal(code);
  });
});

describe('the bundled datasets', () => {
  it('every help-line number passes the checks: nothing reported, every tel kept', async () => {
    const dataset = (await (await fetch(BUNDLED_HELPLINES)).json()) as HelpLineDataset;
    const reported: string[] = [];
    const data = parseHelpLines(dataset, (problems: DatasetProblems) => {
      const message = problems.message('the bundled data');
      if (message) reported.push(message);
    });
    const tels = (entry: HelpLineDataset['entries'][number] | undefined) => [
      entry?.emergency?.tel,
      ...(entry?.lines ?? []).flatMap((line) => [line.tel, ...(line.otherPhones ?? []).map((other) => other.tel)]),
    ];
    let count = 0;
    for (const raw of dataset.entries) {
      const checked = data.entries.get(raw.country);
      expect(tels(checked), raw.country).to.deep.equal(tels(raw));
      count += tels(raw).filter(Boolean).length;
    }
    expect(reported).to.deep.equal([]);
    expect(count, 'numbers with a tel').to.be.greaterThan(350);
  });

  it('every mission entry passes the checks: nothing reported, every tel kept', async () => {
    const dataset = (await (await fetch(BUNDLED_MISSIONS)).json()) as { entries: MissionEntry[] };
    const reported: string[] = [];
    const { missions } = parseMissions(dataset, (problems: DatasetProblems) => {
      const message = problems.message('the bundled data');
      if (message) reported.push(message);
    });
    // Each country is checked when it is read: read them all.
    for (const country of missions.keys()) missions.get(country);
    expect(reported).to.deep.equal([]);
    expect(missions.size).to.equal(dataset.entries.length);
    const withTel = dataset.entries.filter((entry) => entry.mission?.tel);
    expect(withTel.length).to.be.greaterThan(20);
    for (const entry of withTel) expect(missions.get(entry.country)!.mission!.tel, entry.country).to.equal(entry.mission!.tel);
  });
});
