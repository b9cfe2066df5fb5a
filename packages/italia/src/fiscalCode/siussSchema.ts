// The CodiceFiscale pattern of PS_PSA_SINA201812.xsd (INPS), anchored as XSD patterns are.
const SIUSS_XSD_PATTERN =
  /^(?:[A-Za-z]{6}[0-9]{2}[A-Za-z][0-9]{2}[A-Za-z][A-Za-z0-9]{3}[A-Za-z]|[0-9]{11} {0,5})$/;

/**
 * True when the code, exactly as given, passes the fiscal-code pattern of the SIUSS XSD. The
 * schema allows omocodic letters only in the place number (positions 13–15), so a valid code with
 * letters in the year or day (`RSSMRA8LA01F205I`) is refused by INPS: callers report it instead
 * of writing a file INPS will reject. Pass the normalized code.
 */
export function isSiussSchemaCompatible(code: string): boolean {
  return SIUSS_XSD_PATTERN.test(code);
}
