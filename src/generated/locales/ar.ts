
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.button': `الخروج من هذه الصفحة`,
'quick-exit.hint': `أو اضغط على مفتاح Shift ثلاث مرات.`,
'quick-exit.overlay': `جارٍ التحميل…`,
'quick-exit.safety-link': `كيفية التصفح بأمان`,
'quick-exit.shortcut-expired': `انتهت مهلة اختصار الخروج.`,
'quick-exit.shortcut-one': str`Shift، اضغط ${0} مرة أخرى للخروج.`,
'quick-exit.shortcut-other': str`Shift، اضغط ${0} مرة أخرى للخروج.`,
's901abd3b513c2324': str`المصدر: ${0}`,
'saa887b55b4bc7c57': `تقدير`,
'sbcf22508aa81d342': str`المصدر: ${0}، ${1}`,
'stat.gems-2022-forced-marriage': `شخص عالقون في زواج قسري`,
'stat.gems-2022-increase': `شخص إضافي في الرق المعاصر في عام 2021 مقارنة بعام 2016`,
'stat.gems-2022-modern-slavery': `شخص يعيشون في الرق المعاصر في أي يوم`,
'stat.ilo-2014-forced-labour-people': `شخص في العمل الجبري حول العالم`,
'stat.ilo-2014-forced-labour-profits': `الأرباح غير المشروعة من العمل الجبري كل عام`,
'stat.palermo-protocol-parties': `دولة ومنظمة طرف في بروتوكول الأمم المتحدة لمنع الاتجار بالأشخاص`,
'stat.unodc-2016-children-share': `من ضحايا الاتجار بالأشخاص المكتشفين هم من الأطفال`,
'stat.unodc-2016-women-girls-share': `من ضحايا الاتجار بالأشخاص المكتشفين هم من النساء والفتيات`,
'stat.unodc-2024-children-rise': `زيادة في عدد الأطفال الضحايا المكتشفين في عام 2022 مقارنة بعام 2019`,
'stat.unodc-2024-children-share': `من ضحايا الاتجار بالأشخاص المكتشفين هم من الأطفال`,
'stat.unodc-2024-detection-rise': `زيادة في عدد ضحايا الاتجار المكتشفين في العالم في عام 2022 مقارنة بعام 2019`,
'stat.unodc-2024-forced-labour-rise': `زيادة في عدد ضحايا الاتجار لأغراض العمل الجبري المكتشفين في عام 2022 مقارنة بعام 2019`,
'stat.unodc-2024-girls-rise': `زيادة في عدد الفتيات الضحايا المكتشفات في عام 2022 مقارنة بعام 2019`,
'stat.unodc-2024-sexual-exploitation-women-girls-share': `من ضحايا الاتجار لأغراض الاستغلال الجنسي هم من النساء والفتيات`,
'stat.unodc-2024-women-girls-share': `من ضحايا الاتجار بالأشخاص المكتشفين هم من النساء والفتيات`,
'quick-exit.shortcut-zero': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-two': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-few': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-many': str`Shift, press ${0} more times to exit.`,
    };
  