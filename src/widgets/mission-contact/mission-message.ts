import { msg, str } from '@lit/localize';
import type { PalermoStatusName } from '../../data/mission-types.js';

/*
 * What the visitor says or writes to the mission. The ask follows the country's status under the UN Trafficking in
 * Persons Protocol: a non-party is asked to accede, a signatory to ratify, a party to implement it; where no source
 * established the status, the ask covers both without claiming either. Written to work as an email and as what to
 * say on the phone.
 */

/** The mission's name when the data has none: each language chooses its natural form (no articles to decline). */
export const missionNameFor = (country: string): string =>
  msg(str`Permanent Mission of ${country} to the United Nations`, {
    id: 'mission-contact.mission-name',
    desc: "Name of a country's Permanent Mission to the UN when the data has none; shown as the card's title. 0 = country name. If the country name needs an article or a case in your language, choose a form that does not (e.g. 'Mission permanente auprès des Nations Unies : France').",
  });

export const defaultSubject = (country: string): string =>
  msg(str`${country} and the fight against human trafficking`, {
    id: 'mission-contact.subject',
    desc: 'Default subject of the email to the mission. 0 = country name.',
  });

/** The ask for a status (`undefined`: no source established it). */
function ask(status: PalermoStatusName | undefined): string {
  switch (status) {
    case 'not-party':
      return msg(
        'Our country is not yet a party to the UN Trafficking in Persons Protocol. I ask my government to accede to it without delay, and to lead at the United Nations in ending human trafficking: to protect and support survivors and bring traffickers to justice.',
        {
          id: 'mission-contact.message-not-party',
          desc: "Default email to, and call script for, the visitor's own country's Permanent Mission to the UN, when the country is not a party to the Protocol. Spoken or written by the visitor in the first person.",
        },
      );
    case 'signatory':
      return msg(
        'Our country signed the UN Trafficking in Persons Protocol but has not ratified it. I ask my government to ratify it without delay, and to lead at the United Nations in ending human trafficking: to protect and support survivors and bring traffickers to justice.',
        {
          id: 'mission-contact.message-signatory',
          desc: 'Default email and call script to the mission when the country signed the Protocol but has not ratified it. First person.',
        },
      );
    case 'party':
      return msg(
        'I ask my government to lead at the United Nations in ending human trafficking and to implement the UN Trafficking in Persons Protocol in full: fund services for survivors, carry out a national action plan, and bring traffickers to justice.',
        {
          id: 'mission-contact.message-party',
          desc: 'Default email and call script to the mission when the country is a party to the Protocol: the ask is to implement it. First person.',
        },
      );
    default:
      return msg(
        'I ask my government to lead at the United Nations in ending human trafficking: to protect and support survivors, bring traffickers to justice, and join and fully implement the UN Trafficking in Persons Protocol.',
        {
          id: 'mission-contact.message-any',
          desc: "Default email and call script to the mission when the country's status under the Protocol is not known. First person.",
        },
      );
  }
}

/** The default message: a salutation, the ask for the status, and thanks. */
export function defaultMessage(status: PalermoStatusName | undefined): string {
  return [
    msg('Dear Permanent Mission,', {
      id: 'mission-contact.salutation',
      desc: "Salutation, first line of the default email and call script to a country's Permanent Mission to the UN. Use your language's usual way to address an office.",
    }),
    ask(status),
    msg('Thank you.', { id: 'mission-contact.thanks', desc: 'Last line of the default email and call script.' }),
  ].join('\n\n');
}
