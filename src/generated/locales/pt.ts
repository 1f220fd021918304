
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.button': `Sair desta página`,
'quick-exit.hint': `Ou pressione a tecla Shift 3 vezes.`,
'quick-exit.overlay': `Carregando…`,
'quick-exit.safety-link': `Como navegar com segurança`,
'quick-exit.shortcut-expired': `O atalho de saída expirou.`,
'quick-exit.shortcut-one': str`Shift: pressione mais ${0} vez para sair.`,
'quick-exit.shortcut-other': str`Shift: pressione mais ${0} vezes para sair.`,
's901abd3b513c2324': str`Fonte: ${0}`,
'saa887b55b4bc7c57': `estimativa`,
'sbcf22508aa81d342': str`Fonte: ${0}, ${1}`,
'stat.gems-2022-forced-marriage': `Pessoas em situação de casamento forçado`,
'stat.gems-2022-increase': `Pessoas a mais em situação de escravidão moderna em 2021 do que em 2016`,
'stat.gems-2022-modern-slavery': `Pessoas que vivem em situação de escravidão moderna em um dado momento`,
'stat.ilo-2014-forced-labour-people': `Pessoas em situação de trabalho forçado no mundo`,
'stat.ilo-2014-forced-labour-profits': `Lucros ilegais do trabalho forçado a cada ano`,
'stat.palermo-protocol-parties': `Estados e organizações partes do Protocolo das Nações Unidas contra o tráfico de pessoas`,
'stat.unodc-2016-children-share': `Das vítimas de tráfico de pessoas detectadas são crianças`,
'stat.unodc-2016-women-girls-share': `Das vítimas de tráfico de pessoas detectadas são mulheres e meninas`,
'stat.unodc-2024-children-rise': `Mais crianças vítimas detectadas em 2022 do que em 2019`,
'stat.unodc-2024-children-share': `Das vítimas de tráfico de pessoas detectadas são crianças`,
'stat.unodc-2024-detection-rise': `Mais vítimas de tráfico de pessoas detectadas no mundo em 2022 do que em 2019`,
'stat.unodc-2024-forced-labour-rise': `Mais vítimas de tráfico de pessoas para fins de trabalho forçado detectadas em 2022 do que em 2019`,
'stat.unodc-2024-girls-rise': `Mais meninas vítimas detectadas em 2022 do que em 2019`,
'stat.unodc-2024-sexual-exploitation-women-girls-share': `Das vítimas de tráfico de pessoas para fins de exploração sexual são mulheres e meninas`,
'stat.unodc-2024-women-girls-share': `Das vítimas de tráfico de pessoas detectadas são mulheres e meninas`,
'quick-exit.shortcut-zero': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-two': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-few': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-many': str`Shift, press ${0} more times to exit.`,
    };
  