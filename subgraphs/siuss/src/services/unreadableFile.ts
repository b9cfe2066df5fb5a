/** Thrown for a file that cannot be read as its format says, or is past a limit: the import fails as a whole (422). */
export class UnreadableFileError extends Error {}
