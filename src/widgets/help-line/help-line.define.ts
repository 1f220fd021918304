import { defineElement } from '../../core/define-element.js';
import { HelpLine } from './help-line.js';

defineElement('help-line', HelpLine);

declare global {
  interface HTMLElementTagNameMap {
    'help-line': HelpLine;
  }
}
