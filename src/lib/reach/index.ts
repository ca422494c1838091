/** The reach model: what each curated community does to each domain, on each day. See README.md in this folder. */
export { absenceSummary, unactedAnswer, uncoveredDomain, type AbsenceEntry, type AbsenceSummary, type UnactedAnswer } from './absence.ts';
export { actedOnDomains, actedOnPrepared, type ActedOn } from './acted-on.ts';
export { actorsCovering, indexActors, type ActorIndex } from './actors.ts';
export { actionsByCommunity, actionStatus, communityActions, type Action, type ActionStatus } from './actions.ts';
export { reachBothWays, type ReachBothWays } from './both-ways.ts';
export { assertDay } from './day.ts';
export { decisionInForce, decisionWindow, inForceOn, type DecisionWindow, type InForce } from './decision-window.ts';
export { actingPrepared, domainReach, domainReachPrepared, prepareAll, type CommunityReach, type DomainReach } from './domain-reach.ts';
export { listReadings, listWindow, type ListWindow } from './list-window.ts';
export { compareSameTarget, coveringDecisions, domainAndParents, prepareCommunity, type PreparedCommunity, type WindowedDecision } from './prepare.ts';
export { absenceMeans, decidePrepared } from './decide.ts';
export { reach, reachPrepared } from './reach.ts';
export {
  countStates,
  emptyCounts,
  KNOWN_STATES,
  REACH_STATES,
  stateOfSeverity,
  type Community,
  type KnownState,
  type Reach,
  type ReachReason,
  type ReachState,
  type StateCounts,
} from './state.ts';
export { domainTimeline, earliestDecision, monthEnds, type DomainTimeline, type TimelinePoint } from './timeline.ts';
export { timelineMaker, type TimelineMaker } from './timelines.ts';
export { answerOnDay, changeDays, countOnDay, readToken, segmentToken, stateOnDay, type SegmentAnswer, type StateSegments } from './segment-lookup.ts';
export { changeCandidates, confirmedSegments, EPOCH, sourceDays, stateSegments } from './segments.ts';
export { PEOPLE_HEADLINE_MAX_AGE_DAYS, PEOPLE_HEADLINE_MIN_COVERAGE, peopleCutOff, peopleDisplay, sizeSources, type CommunitySize, type PeopleCoverage, type PeopleCutOff, type PeopleNoteReason, type PeopleShow, type SizedCommunity, type StateShare } from './people.ts';
