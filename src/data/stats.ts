import { msg } from '@lit/localize';
import type { StatCatalogueInfo, StatEntry } from './stat-types.js';

/**
 * The bundled statistics catalogue: only the figures that the research dataset read on the publisher's own
 * site (`source_tier: primary` in shared/data/stats.json). Secondary figures stay out until someone checks them
 * against the report. "1 in 150 people" (GEMS 2022) is left out because it is a ratio, not a figure this
 * widget can format without rewording the source.
 */
export const statCatalogueInfo: StatCatalogueInfo = {
  retrieved: '2026-11-22',
  notes: 'Primary-source figures from shared/data/stats.json; each entry names its source entry in a comment.',
};

/** Profits and Poverty: The Economics of Forced Labour */
const ILO_2014 = {
  year: '2014',
  publisher: 'ILO',
  url: 'https://www.ilo.org/global/topics/forced-labour/publications/profits-of-forced-labour-2014/lang--en/index.htm',
  estimate: true,
};

/** Global Estimates of Modern Slavery: Forced Labour and Forced Marriage */
const GEMS_2022 = {
  year: '2022',
  publisher: 'ILO, Walk Free, IOM',
  url: 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_854733/lang--it/index.htm',
  estimate: true,
};

/** Global Report on Trafficking in Persons 2016 */
const GLOTIP_2016 = {
  year: '2016',
  publisher: 'UNODC',
  url: 'https://www.unodc.org/colombia/en/press/2016/diciembre/informe-global-trata-de-personas.html',
  estimate: false,
};

/** Global Report on Trafficking in Persons 2024 */
const GLOTIP_2024 = {
  year: '2024',
  publisher: 'UNODC',
  url: 'https://unodc.org/unodc/en/press/releases/2024/December/unodc-global-human-trafficking-report_-detected-victims-up-25-per-cent-as-more-children-are-exploited-and-forced-labour-cases-spike.html',
  estimate: false,
};

const GLOTIP_2024_SPEECH = {
  ...GLOTIP_2024,
  url: 'https://unodc.org/unodc/en/speeches/2024/161224-launch-of-the-global-report-on-trafficking-in-persons-2024.html',
};

export const stats: readonly StatEntry[] = [
  {
    ...ILO_2014,
    id: 'ilo-2014-forced-labour-profits', // shared/data/stats.json: ilo2014-profits-total
    value: 150e9,
    format: 'compact-currency',
    currency: 'USD',
    label: () => msg('Illegal profits from forced labour every year', { id: 'stat.ilo-2014-forced-labour-profits', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...ILO_2014,
    id: 'ilo-2014-forced-labour-people', // shared/data/stats.json: ilo2014-forced-labour-people
    value: 21e6,
    format: 'compact',
    label: () => msg('People in forced labour worldwide', { id: 'stat.ilo-2014-forced-labour-people', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GEMS_2022,
    id: 'gems-2022-modern-slavery', // shared/data/stats.json: gems2022-modern-slavery
    value: 50e6,
    format: 'compact',
    label: () => msg('People living in modern slavery on any given day', { id: 'stat.gems-2022-modern-slavery', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GEMS_2022,
    id: 'gems-2022-forced-marriage', // shared/data/stats.json: gems2022-forced-marriage
    value: 22e6,
    format: 'compact',
    label: () => msg('People trapped in forced marriage', { id: 'stat.gems-2022-forced-marriage', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GEMS_2022,
    id: 'gems-2022-increase', // shared/data/stats.json: gems2022-increase
    value: 10e6,
    format: 'compact',
    label: () => msg('More people in modern slavery in 2021 than in 2016', { id: 'stat.gems-2022-increase', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GLOTIP_2016,
    id: 'unodc-2016-women-girls-share', // shared/data/stats.json: glotip2016-female-share
    value: 0.71,
    format: 'percent',
    label: () => msg('Of detected trafficking victims are women and girls', { id: 'stat.unodc-2016-women-girls-share', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GLOTIP_2016,
    id: 'unodc-2016-children-share', // shared/data/stats.json: glotip2016-children-share
    value: 0.28,
    format: 'percent',
    label: () => msg('Of detected trafficking victims are children', { id: 'stat.unodc-2016-children-share', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-detection-rise', // shared/data/stats.json: glotip2024-detection-rise
    value: 0.25,
    format: 'percent',
    label: () =>
      msg('More trafficking victims detected worldwide in 2022 than in 2019', { id: 'stat.unodc-2024-detection-rise', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-forced-labour-rise', // shared/data/stats.json: glotip2024-forced-labour-rise
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
    id: 'unodc-2024-children-rise', // shared/data/stats.json: glotip2024-child-rise
    value: 0.31,
    format: 'percent',
    label: () => msg('More child victims detected in 2022 than in 2019', { id: 'stat.unodc-2024-children-rise', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-girls-rise', // shared/data/stats.json: glotip2024-child-rise
    value: 0.38,
    format: 'percent',
    label: () => msg('More girl victims detected in 2022 than in 2019', { id: 'stat.unodc-2024-girls-rise', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-children-share', // shared/data/stats.json: glotip2024-children-share
    value: 0.38,
    format: 'percent',
    label: () => msg('Of detected trafficking victims are children', { id: 'stat.unodc-2024-children-share', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GLOTIP_2024,
    id: 'unodc-2024-women-girls-share', // shared/data/stats.json: glotip2024-female-share
    value: 0.61,
    format: 'percent',
    label: () => msg('Of detected trafficking victims are women and girls', { id: 'stat.unodc-2024-women-girls-share', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
  {
    ...GLOTIP_2024_SPEECH,
    id: 'unodc-2024-sexual-exploitation-women-girls-share', // shared/data/stats.json: glotip2024-female-share-sexual
    value: 0.9,
    format: 'percent',
    label: () =>
      msg('Of victims trafficked for sexual exploitation are women and girls', {
        id: 'stat.unodc-2024-sexual-exploitation-women-girls-share',
        desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.',
      }),
  },
  {
    id: 'palermo-protocol-parties', // shared/data/stats.json: palermo-parties
    value: 182,
    format: 'number',
    year: '2024',
    publisher: 'UN Treaty Collection',
    // Publication: Status of the Protocol to Prevent, Suppress and Punish Trafficking in Persons (XVIII-12-a), as at 20 April 2024
    url: 'https://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=2&mtdsg_no=XVIII-12-a&chapter=18&lang=en',
    estimate: false,
    label: () => msg('States and organisations party to the UN Trafficking Protocol', { id: 'stat.palermo-protocol-parties', desc: 'Label under a headline statistic from the catalogue; the formatted figure is shown above it. Keep it short.' }),
  },
];

const byId = new Map(stats.map((entry) => [entry.id, entry]));

/** Looks up a catalogue entry by id; undefined when there is none. */
export function findStat(id: string): StatEntry | undefined {
  return byId.get(id.trim());
}
