// The privacy notice's practice ids, written out here rather than read from src/: the tests hold
// the code to this list (the order of docs/privacy-notice.md's practices table).

/** Every practice id, in the order of docs/privacy-notice.md's practices table. */
export const PRACTICE_IDS = [
  'controller',
  'information-provided',
  'information-logged',
  'use',
  'legal-basis',
  'cookies',
  'web-beacons',
  'analytics',
  'session-recording',
  'advertising',
  'disclosure',
  'no-sale',
  'public-areas',
  'links',
  'security',
  'transfers',
  'retention',
  'rights',
  'eea-rights',
  'marketing',
  'children',
  'california',
  'do-not-track',
  'certifications',
  'changes',
  'sources',
  'automated-decisions',
];
