import { defineElement } from '../../core/define-element.js';
import { PetitionForm } from './petition-form.js';

defineElement('petition-form', PetitionForm);

declare global {
  interface HTMLElementTagNameMap {
    'petition-form': PetitionForm;
  }
}
