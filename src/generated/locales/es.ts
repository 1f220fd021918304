
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.button': `Salir de esta página`,
'quick-exit.hint': `O presiona la tecla Shift 3 veces.`,
'quick-exit.overlay': `Cargando…`,
'quick-exit.safety-link': `Cómo navegar de forma segura`,
'quick-exit.shortcut-expired': `Se agotó el tiempo del atajo de salida.`,
'quick-exit.shortcut-one': str`Shift: presiona ${0} vez más para salir.`,
'quick-exit.shortcut-other': str`Shift: presiona ${0} veces más para salir.`,
's901abd3b513c2324': str`Fuente: ${0}`,
'saa887b55b4bc7c57': `estimación`,
'sbcf22508aa81d342': str`Fuente: ${0}, ${1}`,
'stat.gems-2022-forced-marriage': `Personas atrapadas en un matrimonio forzoso`,
'stat.gems-2022-increase': `Personas más en situación de esclavitud moderna en 2021 que en 2016`,
'stat.gems-2022-modern-slavery': `Personas que viven en situación de esclavitud moderna en un momento dado`,
'stat.ilo-2014-forced-labour-people': `Personas en situación de trabajo forzoso en el mundo`,
'stat.ilo-2014-forced-labour-profits': `Ganancias ilegales del trabajo forzoso cada año`,
'stat.palermo-protocol-parties': `Estados y organizaciones partes en el Protocolo de las Naciones Unidas contra la trata de personas`,
'stat.unodc-2016-children-share': `De las víctimas de trata detectadas son niños y niñas`,
'stat.unodc-2016-women-girls-share': `De las víctimas de trata detectadas son mujeres y niñas`,
'stat.unodc-2024-children-rise': `Más niños y niñas víctimas detectados en 2022 que en 2019`,
'stat.unodc-2024-children-share': `De las víctimas de trata detectadas son niños y niñas`,
'stat.unodc-2024-detection-rise': `Más víctimas de trata detectadas en el mundo en 2022 que en 2019`,
'stat.unodc-2024-forced-labour-rise': `Más víctimas de trata con fines de trabajo forzoso detectadas en 2022 que en 2019`,
'stat.unodc-2024-girls-rise': `Más niñas víctimas detectadas en 2022 que en 2019`,
'stat.unodc-2024-sexual-exploitation-women-girls-share': `De las víctimas de trata con fines de explotación sexual son mujeres y niñas`,
'stat.unodc-2024-women-girls-share': `De las víctimas de trata detectadas son mujeres y niñas`,
'quick-exit.shortcut-zero': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-two': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-few': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-many': str`Shift, press ${0} more times to exit.`,
    };
  