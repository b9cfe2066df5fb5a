import { changedFields } from '../src/dataProvider/changedFields';

// An update names only what the form changed: the server keeps every field it is not sent.
describe('changedFields', () => {
  it('keeps the fields whose value differs from the record as loaded, nested ones as a whole', () => {
    const previous = { phone: null, email: 'a@b.it', residence: { street: 'Via Roma 1' } };
    const next = { phone: '02 123', email: 'a@b.it', residence: { street: 'Via Roma 1' } };
    expect(changedFields(next, previous)).toEqual({ phone: '02 123' });
    expect(changedFields({ ...next, residence: { street: 'Via Po 2' } }, previous)).toEqual({
      phone: '02 123',
      residence: { street: 'Via Po 2' },
    });
  });

  it('sends a cleared field as null', () => {
    expect(changedFields({ email: null }, { email: 'a@b.it' })).toEqual({ email: null });
  });
});
