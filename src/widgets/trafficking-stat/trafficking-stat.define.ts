import { defineElement } from '../../core/define-element.js';
import { TraffickingStat } from './trafficking-stat.js';

defineElement('trafficking-stat', TraffickingStat);

declare global {
  interface HTMLElementTagNameMap {
    'trafficking-stat': TraffickingStat;
  }
}
