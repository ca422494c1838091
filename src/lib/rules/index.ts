/** Every validation rule, in the order their messages are most useful (syntax, then shape, then meaning). */
import { archiveCommit } from './archive-commit.ts';
import { areaCountryLabel } from './area-country-label.ts';
import { contradictoryDecisions } from './contradictory-decisions.ts';
import { coordinates } from './coordinates.ts';
import { curatedLookalike } from './curated-lookalike.ts';
import { decisionsSorted } from './decisions-sorted.ts';
import { domainForm } from './domain-form.ts';
import { domainLookalike } from './domain-lookalike.ts';
import { duplicateDecision } from './duplicate-decision.ts';
import { duplicateServer } from './duplicate-server.ts';
import { evidenceCoverage } from './evidence-coverage.ts';
import { fileName } from './file-name.ts';
import { iso3166 } from './iso-3166.ts';
import { languageTag } from './language-tag.ts';
import { languagesNote } from './languages-note.ts';
import { listStatus } from './list-status.ts';
import { obfuscatedDigest } from './obfuscated-digest.ts';
import { placeholder } from './placeholder.ts';
import { realDate } from './real-date.ts';
import type { Rule } from './rule.ts';
import { schema } from './schema.ts';
import { schemaCommentRule } from './schema-comment.ts';
import { selfDecision } from './self-decision.ts';
import { textControls } from './text-controls.ts';
import { untilAfterSince } from './until-after-since.ts';
import { urlScheme } from './url-scheme.ts';
import { userCounts } from './user-counts.ts';
import { yamlSyntax } from './yaml-syntax.ts';

/** All rules the validator runs. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  schema,
  placeholder,
  fileName,
  domainForm,
  domainLookalike,
  curatedLookalike,
  languageTag,
  languagesNote,
  iso3166,
  coordinates,
  areaCountryLabel,
  realDate,
  untilAfterSince,
  userCounts,
  urlScheme,
  archiveCommit,
  evidenceCoverage,
  listStatus,
  duplicateServer,
  duplicateDecision,
  contradictoryDecisions,
  selfDecision,
  obfuscatedDigest,
  decisionsSorted,
  textControls,
  schemaCommentRule,
];
