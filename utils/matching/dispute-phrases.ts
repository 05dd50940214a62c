/**
 * The one list of phrases that mean the junior (resident) doctors' dispute.
 * Each is a small pattern (regular-expression source, no flags: case is
 * spelled out where a phrase may open a sentence).
 */
const DOCTORS = String.raw`(?:[Jj]unior|[Rr]esident|JUNIOR|RESIDENT)\s+[Dd]octors(?:['’]|['’]s)?`;
const ACTION = String.raw`(?:strikes?|walk-?outs?|disputes?|contracts?|ballots?|pay\s+dispute|industrial\s+action|pay\s+row|row)`;

export const DISPUTE_PATTERNS: readonly string[] = [
  String.raw`${DOCTORS}\s+${ACTION}`,
  String.raw`(?:[Ss]trikes?|[Ww]alk-?outs?|[Ii]ndustrial\s+action)\s+by\s+(?:junior|resident)\s+doctors`,
  String.raw`#(?:[Nn]ot[Ff]air[Nn]ot[Ss]afe)`,
];
