import { InvalidArgumentError, UnknownIdError } from '../../errors.js';
import type { DatasetIndex } from './dataset-index.js';
import { suggest } from '../../util/suggest.js';
import { checkEvent, checkOptions, checkTrip, checkVisit, isPlainObject } from './validate.js';

/** A trip, visit or event: `{ type, id }`, or just its id when that names one record. */
export type SubjectRef = { type: 'trip' | 'visit' | 'event'; id: string } | string;

/** Resolves a subject reference to its type and id, checking that it exists. */
export function resolveSubject(index: DatasetIndex, argument: string, subject: unknown): { type: 'trip' | 'visit' | 'event'; id: string } {
  if (typeof subject === 'string') {
    const found = (['trip', 'visit', 'event'] as const).filter((type) =>
      type === 'trip' ? index.tripById.has(subject) : type === 'visit' ? index.visitById.has(subject) : index.eventById.has(subject));
    if (found.length === 1) return { type: found[0]!, id: subject };
    if (found.length > 1) {
      throw new InvalidArgumentError(argument, `{ type, id } with type ${found.join(' or ')}: "${subject}" names more than one record`, subject);
    }
    const candidates = [...index.tripById.keys(), ...index.visitById.keys(), ...index.eventById.keys()].map((id) => ({ id }));
    throw new UnknownIdError(argument, 'trip, visit or event', subject, suggest(subject, candidates), 'the id of a trip, visit or event, or { type, id }');
  }
  if (!isPlainObject(subject)) {
    throw new InvalidArgumentError(argument, "{ type: 'trip' | 'visit' | 'event', id } or an id", subject);
  }
  checkOptions(argument, subject, ['type', 'id']);
  const { type, id } = subject as { type?: unknown; id?: unknown };
  if (type === 'trip') return { type, id: checkTrip(index, `${argument}.id`, id) };
  if (type === 'visit') return { type, id: checkVisit(index, `${argument}.id`, id) };
  if (type === 'event') return { type, id: checkEvent(index, `${argument}.id`, id) };
  throw new InvalidArgumentError(`${argument}.type`, "'trip', 'visit' or 'event'", type, typeof type === 'string' ? suggest(type, [{ id: 'trip' }, { id: 'visit' }, { id: 'event' }]) : []);
}
