import { z } from 'zod/v4';
import { DerivedBySchema, EvidenceSchema, IdSchema, SubjectSchema } from './common.js';
import { ISSUE_RELATIONS } from './kinds.js';

/** An entry of the controlled vocabulary of agenda issues. */
export const IssueSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  description: z.string().min(1),
  parentId: IdSchema.optional(),
  aliases: z.array(z.string().min(1)),
  /** Kept in the vocabulary for future links though no link uses it yet. */
  reserved: z.boolean().optional(),
});
export type Issue = z.infer<typeof IssueSchema>;

export const IssueRelationSchema = z.enum(ISSUE_RELATIONS);
export type IssueRelation = z.infer<typeof IssueRelationSchema>;

/** Ties an issue to a trip, visit or event, on evidence. */
export const IssueLinkSchema = z.strictObject({
  id: IdSchema,
  issueId: IdSchema,
  subject: SubjectSchema,
  /** `agenda`: the source says it was, or was to be, discussed. `context`: background the coverage ties to it. */
  relation: IssueRelationSchema,
  /** The curator's own words. */
  summary: z.string().min(1),
  evidence: z.array(EvidenceSchema).min(1, { message: 'expected at least one evidence quote' }),
  /** Present on a link derived from an official remark ("Discussed the Middle East peace process …"): the rule and the records. */
  derivedBy: DerivedBySchema.optional(),
});
export type IssueLink = z.infer<typeof IssueLinkSchema>;
