/**
 * Which agenda issues a "Discussed …" remark names. A rule matches the topic
 * of the clause after "discussed" (up to "with <the people met>"), never the
 * names of the people or the country: "Discussed the Bosnian conflict with
 * senior Israeli officials" is about Bosnia, not the Middle East.
 * `from`/`until` bound the dates a phrase can mean the issue ("the Persian
 * Gulf crisis" of 1990–91; "Vietnam" before the fall of Saigon).
 */
export interface IssueRule {
  /** Stable rule id, cited in `derivedBy.rule`: `discussed-<issue id>`. */
  id: string;
  issueId: string;
  pattern: RegExp;
  /** Never matched when this also matches the topic. */
  unless?: RegExp;
  /** First and last visit start date the phrase is read as this issue (inclusive). */
  from?: string;
  until?: string;
}

const rule = (issueId: string, pattern: RegExp, extra: Partial<IssueRule> = {}): IssueRule => ({ id: `discussed-${issueId}`, issueId, pattern, ...extra });

export const ISSUE_RULES: readonly IssueRule[] = [
  rule('middle-east-peace-process', /\bMiddle East [Pp]eace|\bMiddle East process|\bGolan Heights|\bArab-Israeli|\bEgyptian-\s?Israeli|\bIsraeli?-\s?(?:Syrian|Palestinian|Jordanian|Lebanese)|\bIsrael-\s?(?:Syria|Palestin|Jordan|Leban)|\bPalestinian (?:autonomy|question|issue|peace)|\bCamp David Accords|\bJarring peace|\bdisengagement agreement|\bOslo Accords?/),
  rule('persian-gulf-crisis', /\bPersian Gulf crisis|\bin the Persian Gulf\b|\bKuwait crisis|\bGulf crisis|\bIraqi invasion of Kuwait|\bcrisis in the (?:Persian )?Gulf/, { from: '1990-08-01', until: '1991-12-31' }),
  rule('iraq', /\bIraq\b|\bIraqi\b/, { unless: /\bIraqi invasion of Kuwait/ }),
  rule('syrian-civil-war', /\bSyrian? (?:conflict|crisis|civil war|situation)|\bSyrian and [A-Z]\w+ crises|\bcrisis in Syria|\bSyria\b/, { from: '2011-03-01', unless: /\bIsraeli?-Syria/ }),
  rule('lebanon', /\bLebanon\b|\bLebanese\b/, { unless: /\bIsraeli?-Leban/ }),
  rule('yemen', /\bYemen/),
  // A Middle East matter the remark names without a narrower issue of the vocabulary.
  rule('middle-east', /\bMiddle East (?:[Cc]risis|situation)|\bGaza [Cc]risis|\bSuez [Cc]risis/),
  rule('iran', /\bIran\b|\bIranian\b|\bJoint Comprehensive Plan of Action|\bJCPOA\b/),
  rule('iran-hostage-crisis', /\bhostage crisis|\bIranian hostage|\bhostages in Iran/, { from: '1979-11-04', until: '1981-01-31' }),
  rule('israel-hamas-war', /\bGaza\b|\bHamas\b/, { from: '2023-10-07' }),
  rule('arms-control', /\barms (?:control|limitation|limitations|reduction|reductions|talks|negotiations)\b|\bstrategic arms\b|\bnuclear arms\b|\bdisarmament\b|\bINF\b|\bSALT\b|\bSTART\b|\b[Tt]est [Bb]an\b|\bCFE\b|\bnaval limitation|\bintermediate-range nuclear|\bconventional forces\b|\bnuclear armaments|\bnuclear missiles|\bmutual and balanced force reductions|\bMBFR\b/),
  rule('nonproliferation', /\bJoint Comprehensive Plan of Action|\bJCPOA\b|\bnonproliferation|\bnon-proliferation|\bnuclear proliferation|\bcontrol of atomic energy|\bnuclear (?:program|weapons program)/),
  rule('vietnam-war', /\bVietnam(?:ese)?\b|\bIndochina\b/, { from: '1946-01-01', until: '1975-04-30' }),
  rule('korean-war', /\bKorea(?:n)?\b/, { from: '1950-06-25', until: '1953-07-27' }),
  rule('north-korea', /\bNorth Korea|\bSix-Party talks|\bDPRK\b|\bKorean Peninsula/),
  rule('german-question', /\bBerlin\b|\bGerman (?:reunification|unification|question|problem)|\breunification of Germany|\bTwo-Plus-Four/, { until: '1990-12-31' }),
  rule('yugoslav-wars', /\bYugoslav(?:ia|ian)? (?:civil war|crisis|conflict|situation)|\bformer Yugoslavia|\bBalkans?\b/, { from: '1991-06-01', until: '2001-12-31' }),
  rule('bosnian-war', /\bBosnia|\bDayton\b/, { from: '1992-03-01' }),
  rule('kosovo-war', /\bKosovo\b/, { from: '1998-01-01' }),
  rule('southern-africa', /\bRhodesia|\bNamibia|\bSouth West Africa|\bapartheid|\bZimbabwe settlement/),
  rule('northern-ireland', /\bNorthern Ireland/),
  rule('cyprus', /\bCyprus\b/),
  rule('afghanistan', /\bAfghanistan\b|\bAfghan\b/),
  rule('terrorism', /\bterrorism\b|\bterrorist|\bISIL\b|\bISIS\b|\bDaesh\b/),
  rule('narcotics', /\bnarcotics\b|\bcounternarcotics\b|\bdrugs?\b|\bdrug trafficking|\bMerida Initiative/),
  rule('trade', /\b[Tt]rade\b|\bAfrican Growth and Opportunity Act|\btariffs?\b|\bGATT\b|\bNAFTA\b/, { unless: /\btrade unions?\b/ }),
  rule('economic-assistance', /\beconomic (?:aid|assistance)|\bfinancial assistance|\bforeign aid\b|\bdebt relief|\breconstruction aid|\baid to [A-Z]|\bdevelopment assistance/),
  rule('migration-refugees', /\bmigration\b|\bmigrants?\b|\brefugees?\b|\bunaccompanied minors/),
  rule('russia-ukraine-war', /\bUkrain/, { from: '2022-02-24' }),
  rule('ukraine-crisis', /\bUkrain/, { from: '2014-02-01', until: '2022-02-23' }),
  rule('russia-georgia-war', /\bGeorgia(?:n)? (?:crisis|conflict|war)|\bRussia and Georgia/, { from: '2008-08-01', until: '2008-12-31' }),
  rule('laos-crisis', /\bLaos\b/, { from: '1959-01-01', until: '1962-12-31' }),
  rule('haiti', /\bHaiti/),
  rule('ecuador-peru-border-dispute', /\bEcuador-Peru/),
  rule('panama-canal', /\bPanama Canal/),
  rule('falklands-war', /\bFalkland|\bMalvinas/, { from: '1982-04-01', until: '1982-07-31' }),
  rule('india-pakistan', /\bKashmir|\bIndia-Pakistan/),
  rule('disaster-relief', /\bdisaster relief/),
  rule('taiwan', /\bTaiwan\b/),
  rule('south-china-sea', /\bSouth China Sea\b/),
];
