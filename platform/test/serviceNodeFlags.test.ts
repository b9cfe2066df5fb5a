import { DEFAULT_SERVICE_HEAP_MB, serviceNodeFlags } from '../src/processes/supervisor';

describe('serviceNodeFlags', () => {
  it('gives every service the default heap budget', () => {
    for (const env of [{}, { SISA_SERVICE_HEAP_MB: '' }])
      expect(serviceNodeFlags(env)).toEqual([`--max-old-space-size=${DEFAULT_SERVICE_HEAP_MB}`]);
  });

  it('takes another budget from SISA_SERVICE_HEAP_MB, and 0 as V8’s own', () => {
    expect(serviceNodeFlags({ SISA_SERVICE_HEAP_MB: '1024' })).toEqual([
      '--max-old-space-size=1024',
    ]);
    expect(serviceNodeFlags({ SISA_SERVICE_HEAP_MB: '0' })).toEqual([]);
  });

  it('refuses a budget that is not a whole number of MB', () => {
    for (const value of ['512MB', '-1', '1.5'])
      expect(() => serviceNodeFlags({ SISA_SERVICE_HEAP_MB: value })).toThrow(
        /SISA_SERVICE_HEAP_MB/,
      );
  });
});
