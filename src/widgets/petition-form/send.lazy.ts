/*
 * Everything that sends a signature: the three body formats and the delivery that retries until it arrives.
 * Loaded when a visitor first uses a petition form (dist/lazy/send.js beside the script), not with every page.
 */
import { json } from './adapters/json.js';
import { form } from './adapters/form.js';
import { osdi } from './adapters/osdi.js';

export { Delivery } from './delivery.js';

/** Body writers by `format`: each returns the content type and the body. */
export const ADAPTERS = { json, form, osdi };
