// Types only: the main entry re-exports these with `export type`, so it never loads zod.
export type { Evidence, Provenance, Subject, SubjectType, DateQualifier, TravelStatus } from './common.js';
export type { Country } from './country.js';
export type { Person, Role } from './person.js';
export type { Source, SourceKind } from './source.js';
export type { Visit, VisitKind, Traveler, VisitAnnotation } from './visit.js';
export type { Trip } from './trip.js';
export type { Event, EventKind } from './event.js';
export type { Issue, IssueLink, IssueRelation } from './issue.js';
export type { Discrepancy, DiscrepancySubject } from './discrepancy.js';
export type { Meta, CollectionName } from './meta.js';
export type { Dataset, DatasetContent } from './dataset.js';
