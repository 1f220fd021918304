
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.button': `退出此页面`,
'quick-exit.hint': `或按 Shift 键 3 次。`,
'quick-exit.overlay': `正在加载…`,
'quick-exit.safety-link': `如何安全浏览`,
'quick-exit.shortcut-expired': `退出快捷键已超时。`,
'quick-exit.shortcut-one': str`Shift：再按 ${0} 次即可退出。`,
'quick-exit.shortcut-other': str`Shift：再按 ${0} 次即可退出。`,
's901abd3b513c2324': str`来源：${0}`,
'saa887b55b4bc7c57': `估计值`,
'sbcf22508aa81d342': str`来源：${0}，${1}年`,
'stat.gems-2022-forced-marriage': `被困于强迫婚姻中的人数`,
'stat.gems-2022-increase': `2021年处于现代奴役状态的人数较2016年增加`,
'stat.gems-2022-modern-slavery': `在任何特定一天处于现代奴役状态的人数`,
'stat.ilo-2014-forced-labour-people': `全球遭受强迫劳动的人数`,
'stat.ilo-2014-forced-labour-profits': `每年强迫劳动产生的非法利润`,
'stat.palermo-protocol-parties': `联合国《贩运人口议定书》缔约国和组织`,
'stat.unodc-2016-children-share': `已发现的贩运人口受害者中儿童所占比例`,
'stat.unodc-2016-women-girls-share': `已发现的贩运人口受害者中妇女和女童所占比例`,
'stat.unodc-2024-children-rise': `2022年发现的儿童受害者人数较2019年增加`,
'stat.unodc-2024-children-share': `已发现的贩运人口受害者中儿童所占比例`,
'stat.unodc-2024-detection-rise': `2022年全球发现的贩运人口受害者人数较2019年增加`,
'stat.unodc-2024-forced-labour-rise': `2022年发现的以强迫劳动为目的的贩运人口受害者人数较2019年增加`,
'stat.unodc-2024-girls-rise': `2022年发现的女童受害者人数较2019年增加`,
'stat.unodc-2024-sexual-exploitation-women-girls-share': `以性剥削为目的的贩运人口受害者中妇女和女童所占比例`,
'stat.unodc-2024-women-girls-share': `已发现的贩运人口受害者中妇女和女童所占比例`,
'quick-exit.shortcut-zero': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-two': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-few': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-many': str`Shift, press ${0} more times to exit.`,
    };
  