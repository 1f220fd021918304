
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'quick-exit.button': `⟦Éẋíţ ţĥíš þáĝé ······⟧`,
'quick-exit.hint': `⟦Öŕ þŕéšš Šĥíƒţ 3 ţíɱéš. ·········⟧`,
'quick-exit.overlay': `⟦Ļöáðíñĝ… ···⟧`,
'quick-exit.safety-link': `⟦Ĥöŵ ţö ƀŕöŵšé šáƒéļý ········⟧`,
'quick-exit.shortcut-expired': `⟦Éẋíţ šĥöŕţçûţ ţíɱéð öûţ. ··········⟧`,
'quick-exit.shortcut-one': str`⟦Šĥíƒţ, þŕéšš ${0} ɱöŕé ţíɱé ţö éẋíţ. ·············⟧`,
'quick-exit.shortcut-other': str`⟦Šĥíƒţ, þŕéšš ${0} ɱöŕé ţíɱéš ţö éẋíţ. ·············⟧`,
's901abd3b513c2324': str`⟦Šöûŕçé: ${0} ···⟧`,
'saa887b55b4bc7c57': `⟦éšţíɱáţé ···⟧`,
'sbcf22508aa81d342': str`⟦Šöûŕçé: ${0}, ${1} ····⟧`,
'stat.gems-2022-forced-marriage': `⟦Þéöþļé ţŕáþþéð íñ ƒöŕçéð ɱáŕŕíáĝé ·············⟧`,
'stat.gems-2022-increase': `⟦Ṁöŕé þéöþļé íñ ɱöðéŕñ šļáṽéŕý íñ 2021 ţĥáñ íñ 2016 ····················⟧`,
'stat.gems-2022-modern-slavery': `⟦Þéöþļé ļíṽíñĝ íñ ɱöðéŕñ šļáṽéŕý öñ áñý ĝíṽéñ ðáý ···················⟧`,
'stat.ilo-2014-forced-labour-people': `⟦Þéöþļé íñ ƒöŕçéð ļáƀöûŕ ŵöŕļðŵíðé ·············⟧`,
'stat.ilo-2014-forced-labour-profits': `⟦Îļļéĝáļ þŕöƒíţš ƒŕöɱ ƒöŕçéð ļáƀöûŕ éṽéŕý ýéáŕ ··················⟧`,
'stat.palermo-protocol-parties': `⟦Šţáţéš áñð öŕĝáñíšáţíöñš þáŕţý ţö ţĥé ÛÑ Ţŕáƒƒíçķíñĝ Þŕöţöçöļ ························⟧`,
'stat.unodc-2016-children-share': `⟦Öƒ ðéţéçţéð ţŕáƒƒíçķíñĝ ṽíçţíɱš áŕé çĥíļðŕéñ ··················⟧`,
'stat.unodc-2016-women-girls-share': `⟦Öƒ ðéţéçţéð ţŕáƒƒíçķíñĝ ṽíçţíɱš áŕé ŵöɱéñ áñð ĝíŕļš ····················⟧`,
'stat.unodc-2024-children-rise': `⟦Ṁöŕé çĥíļð ṽíçţíɱš ðéţéçţéð íñ 2022 ţĥáñ íñ 2019 ···················⟧`,
'stat.unodc-2024-children-share': `⟦Öƒ ðéţéçţéð ţŕáƒƒíçķíñĝ ṽíçţíɱš áŕé çĥíļðŕéñ ··················⟧`,
'stat.unodc-2024-detection-rise': `⟦Ṁöŕé ţŕáƒƒíçķíñĝ ṽíçţíɱš ðéţéçţéð ŵöŕļðŵíðé íñ 2022 ţĥáñ íñ 2019 ··························⟧`,
'stat.unodc-2024-forced-labour-rise': `⟦Ṁöŕé ṽíçţíɱš öƒ ţŕáƒƒíçķíñĝ ƒöŕ ƒöŕçéð ļáƀöûŕ ðéţéçţéð íñ 2022 ţĥáñ íñ 2019 ······························⟧`,
'stat.unodc-2024-girls-rise': `⟦Ṁöŕé ĝíŕļ ṽíçţíɱš ðéţéçţéð íñ 2022 ţĥáñ íñ 2019 ···················⟧`,
'stat.unodc-2024-sexual-exploitation-women-girls-share': `⟦Öƒ ṽíçţíɱš ţŕáƒƒíçķéð ƒöŕ šéẋûáļ éẋþļöíţáţíöñ áŕé ŵöɱéñ áñð ĝíŕļš ··························⟧`,
'stat.unodc-2024-women-girls-share': `⟦Öƒ ðéţéçţéð ţŕáƒƒíçķíñĝ ṽíçţíɱš áŕé ŵöɱéñ áñð ĝíŕļš ····················⟧`,
'quick-exit.shortcut-zero': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-two': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-few': str`Shift, press ${0} more times to exit.`,
'quick-exit.shortcut-many': str`Shift, press ${0} more times to exit.`,
    };
  