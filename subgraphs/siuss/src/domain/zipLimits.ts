/** What the central directory of a zip says of one part, before anything is inflated. */
export interface ZipPartSize {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /** Most inflated bytes per compressed byte, for a part larger than a megabyte. */
  maxRatio: number;
}

const MB = 1024 * 1024;

/** Why a zip must not be opened (too many parts, too large inflated, a bomb), or null. */
export function zipProblem(entryCount: number, limits: ZipLimits): string | null {
  return entryCount > limits.maxEntries
    ? `Il file XLSX contiene ${entryCount} parti: al massimo ${limits.maxEntries}`
    : null;
}

/** Adds a part to `total` (inflated bytes so far) or says why the zip must be refused. */
export function zipPartProblem(part: ZipPartSize, total: number, limits: ZipLimits): string | null {
  if (total + part.uncompressedSize > limits.maxUncompressedBytes)
    return `Il file XLSX decompresso supera ${Math.round(limits.maxUncompressedBytes / MB)} MB`;
  if (
    part.uncompressedSize > MB &&
    part.uncompressedSize > Math.max(part.compressedSize, 1) * limits.maxRatio
  )
    return `La parte ${part.name.slice(0, 100)} del file XLSX è compressa più di ${limits.maxRatio} volte: il file non è un foglio di calcolo ordinario`;
  return null;
}
