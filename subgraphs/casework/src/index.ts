/**
 * @sisa/casework — the Cartella Sociale Informatizzata (CASEWORK.md). So far its domain rules:
 * pure functions, no I/O; the subgraph (SDL, entities, resolvers, manifest) is built on them.
 */
export * from './domain/assessment';
export * from './domain/caseAccess';
export * from './domain/caseNumber';
export * from './domain/caseStatus';
export * from './domain/caseTeam';
export * from './domain/diary';
export * from './domain/problems';
export * from './domain/referral';
