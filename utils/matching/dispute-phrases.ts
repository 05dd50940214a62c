/**
 * The one list of phrases that mean the junior (resident) doctors' dispute.
 * Each is a small pattern (regular-expression source, no flags: case is
 * spelled out where a phrase may open a sentence).
 */
const DOCTORS = String.raw`(?:[Jj]unior|[Rr]esident|JUNIOR|RESIDENT) [Dd]octors(?:['’]|['’]s)?`;
const ACTION = String.raw`(?:strikes?|walk-?outs?|dispute|contract|ballot|pay dispute|industrial action|pay row|row)`;

export const DISPUTE_PATTERNS: readonly string[] = [
  `${DOCTORS} ${ACTION}`,
  String.raw`(?:strike|walkout|walk-out|industrial action) by (?:junior|resident) doctors`,
  String.raw`#(?:[Nn]ot[Ff]air[Nn]ot[Ss]afe)`,
];
