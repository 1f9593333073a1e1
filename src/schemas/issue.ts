import { z } from 'zod/v4';
import { DerivedBySchema, EvidenceSchema, IdSchema, SubjectSchema } from './common.js';
import { ISSUE_RELATIONS } from './kinds.js';

/** An entry of the controlled vocabulary of agenda issues. */
export const IssueSchema = z
  .strictObject({
    id: IdSchema.meta({ description: 'Stable vocabulary id: `china-nuclear-buildup`.' }),
    label: z.string().min(1).meta({ description: 'The label shown to people: `China’s nuclear buildup`.' }),
    description: z.string().min(1).meta({ description: "What the issue covers, in the curator's words." }),
    parentId: IdSchema.optional().meta({ description: 'The broader issue this one narrows.' }),
    aliases: z.array(z.string().min(1)).meta({ description: 'Other words for it, for search: `nuclear warheads`.' }),
    reserved: z.boolean().optional().meta({ description: '`true` for an issue kept in the vocabulary for future links though no link uses it yet.' }),
  })
  .register(z.globalRegistry, { description: 'An entry of the controlled vocabulary of agenda issues.' });
export type Issue = z.infer<typeof IssueSchema>;

export const IssueRelationSchema = z.enum(ISSUE_RELATIONS);
export type IssueRelation = z.infer<typeof IssueRelationSchema>;

/** Ties an issue to a trip, visit or event, on evidence. */
export const IssueLinkSchema = z
  .strictObject({
    id: IdSchema.meta({ description: '`<subject>-<issue>`, e.g. `blinken-2024-04-china-support-for-russia`.' }),
    issueId: IdSchema.meta({ description: 'The issue.' }),
    subject: SubjectSchema.meta({ description: 'What the issue is linked to: the most specific record the source supports.' }),
    relation: IssueRelationSchema.meta({
      description: '`agenda`: the source says it was, or was to be, discussed. `context`: background the coverage ties to the subject.',
    }),
    summary: z.string().min(1).meta({ description: 'What the source says about it, in the curator\'s own words (hedges such as "expected" kept).' }),
    evidence: z.array(EvidenceSchema).min(1, { message: 'expected at least one evidence quote' }).meta({ description: 'The quotes the link rests on.' }),
    derivedBy: DerivedBySchema.optional().meta({
      description: 'Present on a link derived from an official remark ("Discussed the Middle East peace process …"), not curated: the rule (`discussed-<issue id>`) and the records of the visit whose remark says it was discussed.',
    }),
  })
  .register(z.globalRegistry, { description: 'Ties an issue to a trip, visit or event, on evidence.' });
export type IssueLink = z.infer<typeof IssueLinkSchema>;
