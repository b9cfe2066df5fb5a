/**
 * @sisa/casework — the Cartella Sociale Informatizzata (CASEWORK.md): its module and server, its
 * manifest for the composition root, and its domain rules (pure functions, no I/O).
 */
export * from './server';
export * from './manifest';
export * from './domain/assessment';
export * from './domain/caseAccess';
export * from './domain/caseNumber';
export * from './domain/caseStatus';
export * from './domain/caseTeam';
export * from './domain/diary';
export * from './domain/problems';
export * from './domain/referral';
