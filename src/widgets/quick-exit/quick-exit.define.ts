import { defineElement } from '../../core/define-element.js';
import { QuickExit } from './quick-exit.js';

defineElement('quick-exit', QuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'quick-exit': QuickExit;
  }
}
