import { defineElement } from '../../core/define-element.js';
import { MissionContact } from './mission-contact.js';

defineElement('mission-contact', MissionContact);

declare global {
  interface HTMLElementTagNameMap {
    'mission-contact': MissionContact;
  }
}
