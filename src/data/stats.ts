import { msg } from '@lit/localize';
import type { StatCatalogueInfo, StatEntry } from './stat-types.js';

/**
 * The bundled statistics catalogue (the research behind it: src/data/sources/stats.json, with the quote each page
 * showed). Every figure was read on the page in its `url` on the date in `retrieved`
 * (first read 2026-11-22, checked again 2026-12-05, the secondary ones searched again 2026-12-07; each entry's comment
 * quotes what the page says). `tier: 'primary'` only where the publisher's own English page was read;
 * figures that only a page quoting the publisher shows are `tier: 'secondary'` with the page actually read.
 * An older edition names the entry that supersedes it (`supersededBy`); ids are never removed (partner pages use them).
 * "1 in 150 people" (GEMS 2022) is left out because it is a ratio, not a figure this widget can format without
 * rewording the source.
 */
export const statCatalogueInfo: StatCatalogueInfo = {
  retrieved: '2026-12-07',
  notes: 'Each figure as read on the page in its url (first read 2026-11-22, checked again 2026-12-05; the secondary ones searched again 2026-12-07).',
};

/** Profits and Poverty: The Economics of Forced Labour (ILO, 20 May 2014; 2012 data). */
const ILO_2014 = {
  year: '2014',
  publisher: 'ILO',
  report: 'Profits and Poverty: The Economics of Forced Labour',
  published: '2014-05-20',
  dataYear: '2012',
  // ILO's English page, read 2026-12-05: "Forced labour generates annual profits of US$ 150 billion", "about 21 million people".
  url: 'https://www.ilo.org/global/topics/forced-labour/publications/profits-of-forced-labour-2014/lang--en/index.htm',
  retrieved: '2026-12-05',
  tier: 'primary',
  estimate: true,
} as const;

/**
 * Profits and poverty: The economics of forced labour (ILO, 19 March 2024; 2021 data). No ilo.org page of this
 * edition was in the stored pages (searched again 2026-12-07): the figures are secondary, from pages that quote the ILO.
 */
const ILO_2024 = {
  year: '2024',
  publisher: 'ILO',
  report: 'Profits and poverty: The economics of forced labour',
  published: '2024-03-19',
  dataYear: '2021',
  tier: 'secondary',
  estimate: true,
} as const;

/**
 * Global Estimates of Modern Slavery: Forced Labour and Forced Marriage (ILO, Walk Free, IOM; 12 September 2022;
 * 2021 data).
 */
const GEMS_2022 = {
  year: '2022',
  publisher: 'ILO, Walk Free, IOM',
  report: 'Global Estimates of Modern Slavery: Forced Labour and Forced Marriage',
  published: '2022-09-12',
  dataYear: '2021',
  estimate: true,
} as const;

/**
 * ILO's publication page for GEMS 2022. Its text is ILO's own English text, but the address is the Italian edition's
 * (`lang--it`); no `lang--en` copy was in the stored pages. It counts as the publisher's page in English, so its
 * figures are primary.
 */
const GEMS_2022_ILO_PAGE = 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/lang--it/index.htm';

/** Global Report on Trafficking in Persons 2016 (UNODC, 21 December 2016; cases detected 2012–2014). */
const GLOTIP_2016 = {
  year: '2016',
  publisher: 'UNODC',
  report: 'Global Report on Trafficking in Persons 2016',
  published: '2016-12-21',
  dataYear: '2012–2014',
  // UNODC's own English release, but on the UNODC Colombia country-office site (not the headquarters page): secondary.
  // No headquarters copy was in the stored pages (searched again 2026-12-07).
  url: 'https://www.unodc.org/colombia/en/press/2016/diciembre/informe-global-trata-de-personas.html',
  retrieved: '2026-12-05',
  tier: 'secondary',
  estimate: false,
} as const;

/**
 * Global Report on Trafficking in Persons 2022 (UNODC, launched 24 January 2023; 2020 data). Read on UNODC's own
 * English text on the South Asia regional-office site (Dhaka launch): secondary. No headquarters page giving the two
 * percentages was in the stored pages (searched again 2026-12-07).
 */
const GLOTIP_2022 = {
  year: '2023',
  publisher: 'UNODC',
  report: 'Global Report on Trafficking in Persons 2022',
  published: '2023-01-24',
  dataYear: '2020',
  url: 'https://unodc.org/southasia//frontpage/2023/January/bangladesh_-unodc-launches-the-global-report-on-trafficking-in-persons.html',
  retrieved: '2026-12-05',
  tier: 'secondary',
  estimate: false,
} as const;

/** Global Report on Trafficking in Persons 2024 (UNODC, 11 December 2024; 2022 data): the headquarters press release. */
const GLOTIP_2024 = {
  year: '2024',
  publisher: 'UNODC',
  report: 'Global Report on Trafficking in Persons 2024',
  published: '2024-12-11',
  dataYear: '2022',
  url: 'https://unodc.org/unodc/en/press/releases/2024/December/unodc-global-human-trafficking-report_-detected-victims-up-25-per-cent-as-more-children-are-exploited-and-forced-labour-cases-spike.html',
  retrieved: '2026-11-22',
  tier: 'primary',
  estimate: false,
} as const;

/** The Executive Director's launch speech on UNODC's headquarters site, read 2026-12-05. */
const GLOTIP_2024_SPEECH = {
  ...GLOTIP_2024,
  url: 'https://unodc.org/unodc/en/speeches/2024/161224-launch-of-the-global-report-on-trafficking-in-persons-2024.html',
  retrieved: '2026-12-05',
} as const;

export const stats: readonly StatEntry[] = [
  {
    ...ILO_2014,
    id: 'ilo-2014-forced-labour-profits', // sources/stats.json: ilo-2014-forced-labour-profits
    value: 150e9,
    format: 'compact-currency',
    currency: 'USD',
    supersededBy: 'ilo-2024-forced-labour-profits',
    label: () =>
      msg('Illegal profits from forced labour every year (2012 estimate)', {
        id: 'stat.ilo-2014-forced-labour-profits',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...ILO_2014,
    id: 'ilo-2014-forced-labour-people', // sources/stats.json: ilo-2014-forced-labour-people
    value: 21e6,
    format: 'compact',
    supersededBy: 'gems-2022-forced-labour',
    label: () =>
      msg('People in forced labour worldwide (2012 estimate)', {
        id: 'stat.ilo-2014-forced-labour-people',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...ILO_2024,
    id: 'ilo-2024-forced-labour-profits', // sources/stats.json: ilo-2024-forced-labour-profits
    value: 236e9,
    format: 'compact-currency',
    currency: 'USD',
    // Secondary: the Daily Star (20 March 2024) reporting the ILO study, "$236b illegal profits annually".
    url: 'https://www.thedailystar.net/news/bangladesh/news/236b-illegal-profits-annually-ilo-study-3570606',
    reportedBy: 'The Daily Star',
    retrieved: '2026-12-05',
    label: () =>
      msg('Illegal profits from forced labour every year (2021 estimate)', {
        id: 'stat.ilo-2024-forced-labour-profits',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...ILO_2024,
    id: 'ilo-2024-cse-profits', // sources/stats.json: ilo-2024-cse-profits
    value: 172.6e9,
    format: 'compact-currency',
    currency: 'USD',
    // Secondary: Statista's chart of the ILO estimates, "accounting for some $172.6 billion" (read 2026-11-22).
    url: 'https://www.statista.com/chart/31940/estimated-illegal-profits-from-forced-labor-by-category/',
    reportedBy: 'Statista',
    retrieved: '2026-11-22',
    label: () =>
      msg('Illegal profits from forced commercial sexual exploitation every year (2021 estimate)', {
        id: 'stat.ilo-2024-cse-profits',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GEMS_2022,
    id: 'gems-2022-modern-slavery', // sources/stats.json: gems-2022-modern-slavery
    value: 50e6,
    format: 'compact',
    // ILO's English page (video, "Date issued: 12 September 2022"): "Almost 50 million people were living in modern slavery in 2021".
    url: 'https://ilo.org/global/about-the-ilo/multimedia/video/institutional-videos/WCMS_855438/lang--en/index.htm',
    retrieved: '2026-12-05',
    tier: 'primary',
    label: () =>
      msg('People living in modern slavery in 2021', {
        id: 'stat.gems-2022-modern-slavery',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GEMS_2022,
    id: 'gems-2022-forced-labour', // sources/stats.json: gems-2022-forced-labour
    value: 27.6e6,
    format: 'compact',
    // ILO's English topic page "Forced labour, modern slavery and human trafficking", read 2026-12-07, under "Facts and
    // figures": "49.6 million people were living in modern slavery in 2021, of which 27.6 million were in forced labour
    // and 22 million in forced marriage." ("Source: Global Estimates of Modern Slavery: Forced Labour and Forced
    // Marriage, Geneva, September 2022"). The stored copies were at this address over https with a stray `?s=` search
    // query, and over http; the url is the page without the query. (ILO's lang--it publication page rounds it to
    // "28 million"; the PARI library page, read 2026-12-05, also gives 27.6 million.)
    url: 'https://www.ilo.org/global/topics/forced-labour/lang--en/index.htm',
    retrieved: '2026-12-07',
    tier: 'primary',
    label: () =>
      msg('People in forced labour in 2021', {
        id: 'stat.gems-2022-forced-labour',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GEMS_2022,
    id: 'gems-2022-forced-marriage', // sources/stats.json: gems-2022-forced-marriage
    value: 22e6,
    format: 'compact',
    // "22 million were trapped in forced marriage": ILO's English text at the lang--it address (see GEMS_2022_ILO_PAGE).
    url: GEMS_2022_ILO_PAGE,
    retrieved: '2026-12-05',
    tier: 'primary',
    label: () =>
      msg('People trapped in forced marriage', {
        id: 'stat.gems-2022-forced-marriage',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GEMS_2022,
    id: 'gems-2022-increase', // sources/stats.json: gems-2022-increase
    value: 10e6,
    format: 'compact',
    dataYear: '2016–2021',
    // "10 million more people were in modern slavery compared to 2016": ILO's English text at the lang--it address
    // (see GEMS_2022_ILO_PAGE). ILO's rounded headline; press reports give 9.3 million as the exact rise.
    url: GEMS_2022_ILO_PAGE,
    retrieved: '2026-12-05',
    tier: 'primary',
    label: () =>
      msg('More people in modern slavery in 2021 than in 2016', {
        id: 'stat.gems-2022-increase',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2016,
    id: 'unodc-2016-women-girls-share', // sources/stats.json: unodc-2016-women-girls-share
    value: 0.71,
    format: 'percent',
    supersededBy: 'unodc-2024-women-girls-share',
    label: () =>
      msg('Of trafficking victims detected in 2012–2014 were women and girls', {
        id: 'stat.unodc-2016-women-girls-share',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2016,
    id: 'unodc-2016-children-share', // sources/stats.json: unodc-2016-children-share
    value: 0.28,
    format: 'percent',
    supersededBy: 'unodc-2024-children-share',
    label: () =>
      msg('Of trafficking victims detected in 2012–2014 were children', {
        id: 'stat.unodc-2016-children-share',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2022,
    id: 'unodc-2022-detections-fall', // sources/stats.json: unodc-2022-detections-fall
    value: 0.11,
    format: 'percent',
    supersededBy: 'unodc-2024-detection-rise',
    label: () =>
      msg('Fewer trafficking victims detected worldwide in 2020 than in 2019', {
        id: 'stat.unodc-2022-detections-fall',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2022,
    id: 'unodc-2022-convictions-fall', // sources/stats.json: unodc-2022-convictions-fall
    value: 0.27,
    format: 'percent',
    label: () =>
      msg('Fewer convictions for trafficking worldwide in 2020 than in 2019', {
        id: 'stat.unodc-2022-convictions-fall',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-detection-rise', // sources/stats.json: unodc-2024-detection-rise
    value: 0.25,
    format: 'percent',
    label: () =>
      msg('More trafficking victims detected worldwide in 2022 than in 2019', {
        id: 'stat.unodc-2024-detection-rise',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-forced-labour-rise', // sources/stats.json: unodc-2024-forced-labour-rise
    value: 0.47,
    format: 'percent',
    label: () =>
      msg('More victims of trafficking for forced labour detected in 2022 than in 2019', {
        id: 'stat.unodc-2024-forced-labour-rise',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-children-rise', // sources/stats.json: unodc-2024-children-rise
    value: 0.31,
    format: 'percent',
    label: () =>
      msg('More child victims detected in 2022 than in 2019', {
        id: 'stat.unodc-2024-children-rise',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-girls-rise', // sources/stats.json: unodc-2024-girls-rise
    value: 0.38,
    format: 'percent',
    label: () =>
      msg('More girl victims detected in 2022 than in 2019', {
        id: 'stat.unodc-2024-girls-rise',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2024_SPEECH,
    id: 'unodc-2024-children-share', // sources/stats.json: unodc-2024-children-share
    value: 0.38,
    format: 'percent',
    label: () =>
      msg('Of trafficking victims detected in 2022 were children', {
        id: 'stat.unodc-2024-children-share',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2024_SPEECH,
    id: 'unodc-2024-women-girls-share', // sources/stats.json: unodc-2024-women-girls-share
    value: 0.61,
    format: 'percent',
    label: () =>
      msg('Of trafficking victims detected in 2022 were women and girls', {
        id: 'stat.unodc-2024-women-girls-share',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    ...GLOTIP_2024_SPEECH,
    id: 'unodc-2024-sexual-exploitation-women-girls-share', // sources/stats.json: unodc-2024-sexual-exploitation-women-girls-share
    value: 0.9,
    format: 'percent',
    label: () =>
      msg('Of victims trafficked for sexual exploitation are women and girls', {
        id: 'stat.unodc-2024-sexual-exploitation-women-girls-share',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    id: 'palermo-protocol-parties', // sources/stats.json: palermo-protocol-parties
    value: 182,
    format: 'number',
    year: '2024',
    publisher: 'UN Treaty Collection',
    report: 'Status of treaties, chapter XVIII.12.a: Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
    // The status page's date: "STATUS AS AT : 20-04-2024"; no newer official count was found.
    published: '2024-04-20',
    dataYear: '2024',
    url: 'https://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=XVIII-12-a&chapter=18&lang=en',
    retrieved: '2026-12-05',
    tier: 'primary',
    estimate: false,
    label: () =>
      msg('States and organisations party to the UN Trafficking Protocol', {
        id: 'stat.palermo-protocol-parties',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
];

const byId = new Map(stats.map((entry) => [entry.id, entry]));

/** Looks up a catalogue entry by id; undefined when there is none. */
export function findStat(id: string): StatEntry | undefined {
  return byId.get(id.trim());
}
