
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.button': `Quitter cette page`,
'quick-exit.hint': `Ou appuyez 3 fois sur la touche Shift.`,
'quick-exit.overlay': `Chargement…`,
'quick-exit.safety-link': `Comment naviguer en toute sécurité`,
'quick-exit.shortcut-expired': `Le raccourci de sortie a expiré.`,
'quick-exit.shortcut-one': str`Shift : appuyez encore ${0} fois pour quitter.`,
'quick-exit.shortcut-other': str`Shift : appuyez encore ${0} fois pour quitter.`,
's901abd3b513c2324': str`Source : ${0}`,
'saa887b55b4bc7c57': `estimation`,
'sbcf22508aa81d342': str`Source : ${0}, ${1}`,
'stat.gems-2022-forced-marriage': `Personnes prises au piège d’un mariage forcé`,
'stat.gems-2022-increase': `Personnes de plus en situation d’esclavage moderne en 2021 qu’en 2016`,
'stat.gems-2022-modern-slavery': `Personnes vivant en situation d’esclavage moderne à un moment donné`,
'stat.ilo-2014-forced-labour-people': `Personnes en situation de travail forcé dans le monde`,
'stat.ilo-2014-forced-labour-profits': `Profits illégaux tirés du travail forcé chaque année`,
'stat.palermo-protocol-parties': `États et organisations parties au Protocole des Nations Unies sur la traite des personnes`,
'stat.unodc-2016-children-share': `Des victimes de la traite détectées sont des enfants`,
'stat.unodc-2016-women-girls-share': `Des victimes de la traite détectées sont des femmes et des filles`,
'stat.unodc-2024-children-rise': `D’enfants victimes détectés en plus en 2022 par rapport à 2019`,
'stat.unodc-2024-children-share': `Des victimes de la traite détectées sont des enfants`,
'stat.unodc-2024-detection-rise': `De victimes de la traite détectées en plus dans le monde en 2022 par rapport à 2019`,
'stat.unodc-2024-forced-labour-rise': `De victimes de la traite à des fins de travail forcé détectées en plus en 2022 par rapport à 2019`,
'stat.unodc-2024-girls-rise': `De filles victimes détectées en plus en 2022 par rapport à 2019`,
'stat.unodc-2024-sexual-exploitation-women-girls-share': `Des victimes de la traite à des fins d’exploitation sexuelle sont des femmes et des filles`,
'stat.unodc-2024-women-girls-share': `Des victimes de la traite détectées sont des femmes et des filles`,
'quick-exit.shortcut-zero': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-two': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-few': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-many': str`Shift, press ${0} more times to exit.`,
    };
  