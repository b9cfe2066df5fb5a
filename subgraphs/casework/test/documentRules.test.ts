import { acceptedType, safeFileName, startsAs } from '../src/domain/documents';

describe('case documents', () => {
  it('accepts the listed types only, whatever their parameters', () => {
    expect(acceptedType('application/pdf; charset=binary')).toBe('application/pdf');
    expect(acceptedType('IMAGE/PNG')).toBe('image/png');
    expect(acceptedType('text/html')).toBeNull();
    expect(acceptedType(undefined)).toBeNull();
  });

  it('recognises a type by its first bytes', () => {
    expect(startsAs('application/pdf', Buffer.from('%PDF-1.4'))).toBe(true);
    expect(startsAs('application/pdf', Buffer.from('<html>'))).toBe(false);
    expect(startsAs('image/tiff', Buffer.from([0x4d, 0x4d, 0x00, 0x2a]))).toBe(true);
  });

  it('keeps a file name that is safe to store and to send back', () => {
    expect(safeFileName('C:\\Users\\anna\\relazione.pdf')).toBe('relazione.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('a"b\u0000\nc.pdf')).toBe('abc.pdf');
    expect(safeFileName('..')).toBe('documento');
    expect(safeFileName(null)).toBe('documento');
    expect(safeFileName('x'.repeat(400))).toHaveLength(255);
  });
});
