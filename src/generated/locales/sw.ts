
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.button': `Ondoka kwenye ukurasa huu`,
'quick-exit.hint': `Au bonyeza kitufe cha Shift mara 3.`,
'quick-exit.overlay': `Inapakia…`,
'quick-exit.safety-link': `Jinsi ya kuvinjari kwa usalama`,
'quick-exit.shortcut-expired': `Muda wa njia ya mkato ya kuondoka umekwisha.`,
'quick-exit.shortcut-one': str`Shift: bonyeza mara ${0} zaidi ili kuondoka.`,
'quick-exit.shortcut-other': str`Shift: bonyeza mara ${0} zaidi ili kuondoka.`,
's901abd3b513c2324': str`Chanzo: ${0}`,
'saa887b55b4bc7c57': `makadirio`,
'sbcf22508aa81d342': str`Chanzo: ${0}, ${1}`,
'stat.gems-2022-forced-marriage': `Watu waliokwama katika ndoa za kulazimishwa`,
'stat.gems-2022-increase': `Watu zaidi walio katika utumwa wa kisasa mwaka 2021 kuliko mwaka 2016`,
'stat.gems-2022-modern-slavery': `Watu wanaoishi katika utumwa wa kisasa katika siku yoyote ile`,
'stat.ilo-2014-forced-labour-people': `Watu walio katika kazi ya kulazimishwa duniani`,
'stat.ilo-2014-forced-labour-profits': `Faida haramu kutokana na kazi ya kulazimishwa kila mwaka`,
'stat.palermo-protocol-parties': `Nchi na mashirika yaliyo wanachama wa Itifaki ya Umoja wa Mataifa kuhusu usafirishaji haramu wa binadamu`,
'stat.unodc-2016-children-share': `Waathiriwa wa usafirishaji haramu wa binadamu waliotambuliwa ambao ni watoto`,
'stat.unodc-2016-women-girls-share': `Waathiriwa wa usafirishaji haramu wa binadamu waliotambuliwa ambao ni wanawake na wasichana`,
'stat.unodc-2024-children-rise': `Ongezeko la watoto waathiriwa waliotambuliwa mwaka 2022 ikilinganishwa na 2019`,
'stat.unodc-2024-children-share': `Waathiriwa wa usafirishaji haramu wa binadamu waliotambuliwa ambao ni watoto`,
'stat.unodc-2024-detection-rise': `Ongezeko la waathiriwa wa usafirishaji haramu wa binadamu waliotambuliwa duniani mwaka 2022 ikilinganishwa na 2019`,
'stat.unodc-2024-forced-labour-rise': `Ongezeko la waathiriwa wa usafirishaji haramu wa binadamu kwa ajili ya kazi ya kulazimishwa waliotambuliwa mwaka 2022 ikilinganishwa na 2019`,
'stat.unodc-2024-girls-rise': `Ongezeko la wasichana waathiriwa waliotambuliwa mwaka 2022 ikilinganishwa na 2019`,
'stat.unodc-2024-sexual-exploitation-women-girls-share': `Waathiriwa wa usafirishaji haramu wa binadamu kwa ajili ya unyonyaji wa kingono ambao ni wanawake na wasichana`,
'stat.unodc-2024-women-girls-share': `Waathiriwa wa usafirishaji haramu wa binadamu waliotambuliwa ambao ni wanawake na wasichana`,
'quick-exit.shortcut-zero': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-two': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-few': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-many': str`Shift, press ${0} more times to exit.`,
    };
  