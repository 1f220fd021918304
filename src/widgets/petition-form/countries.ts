/**
 * The countries a signer can choose: every ISO 3166-1 alpha-2 code, plus XK (Kosovo, the user-assigned code
 * that CLDR, banks and most CRMs use). Packed by first letter to keep the bundle small; names come from
 * `Intl.DisplayNames` in the page's language.
 */
const PACKED =
  'ADEFGILMOQRSTUWXZ BABDEFGHIJLMNOQRSTVWYZ CACDFGHIKLMNORUVWXYZ DEJKMOZ ECEGHRST FIJKMOR GABDEFGHILMNPQRSTUWY HKMNRTU IDELMNOQRST JEMOP KEGHIMNPRWYZ LABCIKRSTUVY MACDEFGHKLMNOPQRSTUVWXYZ NACEFGILOPRUZ OM PAEFGHKLMNRSTWY QA REOSUW SABCDEGHIJKLMNORSTVXYZ TCDFGHJKLMNORTVWZ UAGMSYZ VACEGINU WFS XK YET ZAMW';

/** All selectable country codes, upper case. */
export const COUNTRY_CODES: readonly string[] = PACKED.split(' ').flatMap((group) => [...group.slice(1)].map((second) => group[0] + second));
