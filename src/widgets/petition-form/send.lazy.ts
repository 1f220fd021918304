/*
 * Everything that sends a signature: the three body formats, the delivery that retries until it arrives, and what
 * the signer is told meanwhile.
 * Loaded when a visitor first uses a petition form (dist/lazy/send.js beside the script), not with every page.
 */
import { json } from './adapters/json.js';
import { form } from './adapters/form.js';
import { osdi } from './adapters/osdi.js';

export { Delivery } from './delivery.js';
export { sendingMessage, retryingMessage, failedMessage, serverFieldErrors } from './outcome.js';
export { uuid } from './uuid.js';

/** Body writers by `format`: each returns the content type and the body. */
export const ADAPTERS = { json, form, osdi };
