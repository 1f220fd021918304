
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.button': `Покинуть эту страницу`,
'quick-exit.hint': `Или нажмите клавишу Shift 3 раза.`,
'quick-exit.overlay': `Загрузка…`,
'quick-exit.safety-link': `Как безопасно пользоваться интернетом`,
'quick-exit.shortcut-expired': `Время для быстрого выхода истекло.`,
'quick-exit.shortcut-one': str`Shift: нажмите ещё ${0} раз, чтобы выйти.`,
'quick-exit.shortcut-other': str`Shift: нажмите ещё ${0} раза, чтобы выйти.`,
's901abd3b513c2324': str`Источник: ${0}`,
'saa887b55b4bc7c57': `оценка`,
'sbcf22508aa81d342': str`Источник: ${0}, ${1}`,
'stat.gems-2022-forced-marriage': `Число людей, оказавшихся в принудительном браке`,
'stat.gems-2022-increase': `Рост числа людей в условиях современного рабства в 2021 году по сравнению с 2016 годом`,
'stat.gems-2022-modern-slavery': `Число людей, живущих в условиях современного рабства, в любой момент времени`,
'stat.ilo-2014-forced-labour-people': `Число людей в условиях принудительного труда в мире`,
'stat.ilo-2014-forced-labour-profits': `Ежегодная незаконная прибыль от принудительного труда`,
'stat.palermo-protocol-parties': `Государства и организации — участники Протокола ООН о торговле людьми`,
'stat.unodc-2016-children-share': `Доля детей среди выявленных жертв торговли людьми`,
'stat.unodc-2016-women-girls-share': `Доля женщин и девочек среди выявленных жертв торговли людьми`,
'stat.unodc-2024-children-rise': `Рост числа выявленных детей-жертв в 2022 году по сравнению с 2019 годом`,
'stat.unodc-2024-children-share': `Доля детей среди выявленных жертв торговли людьми`,
'stat.unodc-2024-detection-rise': `Рост числа выявленных жертв торговли людьми в мире в 2022 году по сравнению с 2019 годом`,
'stat.unodc-2024-forced-labour-rise': `Рост числа выявленных жертв торговли людьми в целях принудительного труда в 2022 году по сравнению с 2019 годом`,
'stat.unodc-2024-girls-rise': `Рост числа выявленных девочек-жертв в 2022 году по сравнению с 2019 годом`,
'stat.unodc-2024-sexual-exploitation-women-girls-share': `Доля женщин и девочек среди жертв торговли людьми в целях сексуальной эксплуатации`,
'stat.unodc-2024-women-girls-share': `Доля женщин и девочек среди выявленных жертв торговли людьми`,
'quick-exit.shortcut-zero': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-two': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-few': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-many': str`Shift, press ${0} more times to exit.`,
    };
  