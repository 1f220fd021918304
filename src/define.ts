/** Registers every widget's tag (guarded: a second copy never throws). */
import './widgets/trafficking-stat/trafficking-stat.define.js';
import './widgets/quick-exit/quick-exit.define.js';
import './widgets/mission-contact/mission-contact.define.js';
import './widgets/share-card/share-card.define.js';
import './widgets/petition-form/petition-form.define.js';
import './widgets/help-line/help-line.define.js';
