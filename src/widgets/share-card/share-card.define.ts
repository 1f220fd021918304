import { defineElement } from '../../core/define-element.js';
import { ShareCard } from './share-card.js';

defineElement('share-card', ShareCard);

declare global {
  interface HTMLElementTagNameMap {
    'share-card': ShareCard;
  }
}
