import { form } from './form.js';
import { json } from './json.js';
import { osdi } from './osdi.js';
import type { Adapter } from './types.js';
import type { PetitionFormat } from '../parse.js';

/** Body writers by `format`: each returns the content type and the body. */
export const ADAPTERS: Record<PetitionFormat, Adapter> = { json, form, osdi };
