/** Moderation alignment: how alike curated communities' borders are. See similarity.ts for the measure. */
export { ALIGNED_SHOWN, alignment, alignmentParts, comparePairs, mostAligned, neighbourIndex, type AlignedPair, type Alignment, type AlignmentPart, type Neighbour, type NeighbourIndex } from './alignment.ts';
export { members, pairBorders, weightOn, type LeftOut, type LeftOutReason, type MemberOptions } from './borders.ts';
export { alignmentLayout, type AlignLayoutOptions, type AlignPoint } from './layout.ts';
export { overlap, SEVERITY_WEIGHT, similarity, type Border, type Overlap } from './similarity.ts';
